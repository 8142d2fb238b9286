// How citizens read a venue (an archive, or an exhibition held elsewhere): opening hours as data, in words and as
// "open now", and the phone as a number to dial.
// Pure and tiny on purpose: the exhibition page in the mini-program's main package imports it, and
// the zod form model (venue.ts) stays out of that package.
import { businessDateOf, businessTimeOf, isoWeekday } from '../time/business-time';

/** Open and close of one weekday, 'HH:MM' in business time (Asia/Shanghai); null when closed all day. */
export interface VenueDayHours {
  open: string;
  close: string;
}

export interface VenueHours {
  /** Monday first, seven entries; null = closed that weekday (闭馆). */
  days: (VenueDayHours | null)[];
  /** The lunch break of every open day ('12:00'–'14:30'), or null when the doors stay open. */
  lunch: { start: string; end: string } | null;
  /** Free text for what the week cannot say: holiday closures, last entry. */
  notes: string | null;
}

const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** '09:00' → '9:00', as people write times. */
const spoken = (time: string) => time.replace(/^0(\d)/, '$1');

/** The open periods of a day, the lunch break cut out when it falls inside the day. */
export function openPeriodsOf(day: VenueDayHours, lunch: VenueHours['lunch']): [string, string][] {
  if (lunch && lunch.start > day.open && lunch.end < day.close && lunch.start < lunch.end) {
    return [
      [day.open, lunch.start],
      [lunch.end, day.close],
    ];
  }
  return [[day.open, day.close]];
}

function periodsText(day: VenueDayHours, lunch: VenueHours['lunch']): string {
  return openPeriodsOf(day, lunch)
    .map(([from, to]) => `${spoken(from)}–${spoken(to)}`)
    .join('，');
}

/** Weekday indexes (0 = Monday) as '周二至周五' for a run of three or more, '周六、周日' otherwise. */
function weekdaysText(indexes: number[]): string {
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === i - 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) =>
      run.length >= 3
        ? `${WEEKDAY_NAMES[run[0]]}至${WEEKDAY_NAMES[run[run.length - 1]]}`
        : run.map((i) => WEEKDAY_NAMES[i]).join('、'),
    )
    .join('、');
}

/**
 * The week in words: "周一闭馆，9:00–12:00，14:30–17:30" when every open day keeps the same hours, otherwise each
 * group of days with its hours ("周二至周五 9:00–17:00；周六、周日 9:00–12:00"); the notes are not included.
 */
export function formatVenueHours(hours: VenueHours): string {
  const closed: number[] = [];
  const groups = new Map<string, number[]>();
  hours.days.forEach((day, i) => {
    if (!day) {
      closed.push(i);
      return;
    }
    const text = periodsText(day, hours.lunch);
    groups.set(text, [...(groups.get(text) ?? []), i]);
  });
  if (groups.size === 0) return '暂停开放';
  const parts: string[] = [];
  if (closed.length > 0) parts.push(`${weekdaysText(closed)}闭馆`);
  if (groups.size === 1) {
    const [[text]] = [...groups];
    parts.push(closed.length > 0 ? text : `每天 ${text}`);
    return parts.join('，');
  }
  const open = [...groups].map(([text, days]) => `${weekdaysText(days)} ${text}`).join('；');
  return closed.length > 0 ? `${parts[0]}；${open}` : open;
}

export type VenueOpenState =
  | { open: true; closesAt: string }
  | { open: false; reason: 'CLOSED_TODAY' | 'BEFORE_OPENING' | 'LUNCH' | 'AFTER_CLOSING'; opensAt: string | null };

/**
 * Whether the venue is open at an instant by its weekly hours (business time), and when that changes today.
 * Holidays in the notes are not known here: callers say the notes beside it.
 */
export function venueOpenStateAt(hours: VenueHours, instantMs: number): VenueOpenState {
  const date = businessDateOf(instantMs);
  const now = businessTimeOf(instantMs);
  const day = hours.days[isoWeekday(date) - 1];
  if (!day) return { open: false, reason: 'CLOSED_TODAY', opensAt: null };
  const periods = openPeriodsOf(day, hours.lunch);
  for (const [from, to] of periods) {
    if (now >= from && now < to) return { open: true, closesAt: to };
  }
  const next = periods.find(([from]) => now < from);
  if (!next) return { open: false, reason: 'AFTER_CLOSING', opensAt: null };
  return { open: false, reason: next === periods[0] ? 'BEFORE_OPENING' : 'LUNCH', opensAt: next[0] };
}

/** The state in a few words for a badge: "开放中 · 17:30闭馆", "午休 · 14:30开放", "今日闭馆". */
export function venueOpenStateText(state: VenueOpenState): string {
  if (state.open) return `开放中 · ${spoken(state.closesAt)}闭馆`;
  switch (state.reason) {
    case 'CLOSED_TODAY':
      return '今日闭馆';
    case 'AFTER_CLOSING':
      return '今日已闭馆';
    case 'LUNCH':
      return `午休 · ${spoken(state.opensAt ?? '')}开放`;
    default:
      return `未开馆 · ${spoken(state.opensAt ?? '')}开放`;
  }
}

/** The number as makePhoneCall and tel: links take it: the plus and digits, an extension dropped. */
export function dialableNumber(phone: string): string {
  const main = phone.split(/转|ext/i)[0];
  return main.replace(/[^\d+]/g, '');
}
