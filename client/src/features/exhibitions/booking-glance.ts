// What a card's tag and the detail page's booking bar say about booking, from the glance the server decided
// (Exhibition.bookingGlance) or the planner's own calendar (bookingGlanceOf, the same rule): short words for a tag,
// a line for the bar.
import { BOOKING_GLANCE_LABELS, type BookingGlanceState } from '@zz/shared/visits/statuses';
import type { TagTone } from '../../components/Tag';
import { formatShortDate } from '../../lib/format';
import { formatMonthDayTime } from './booking-rules';

/** A glance as the API sends it (BookingGlance) or bookingGlanceOf makes it from the planner's calendar. */
export interface Glance {
  state: BookingGlanceState;
  date?: string | null;
  remaining: number;
  releaseAt?: string | null;
}

export const GLANCE_TONES: Record<BookingGlanceState, TagTone> = {
  AVAILABLE: 'success',
  FULL: 'accent',
  NOT_OPEN_YET: 'warning',
  NOT_STARTED: 'warning',
  ENDED: 'muted',
  NONE: 'muted',
};

/** '12月5日' of a business date. */
const monthDay = (date: string) => {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日`;
};

/** The card's tag: '可预约 · 余 37', '约满', '未放票 · 12/5 20:00', '未开展 · 12月20日开展'. */
export function glanceTagText(glance: Glance): string {
  const label = BOOKING_GLANCE_LABELS[glance.state];
  if (glance.state === 'AVAILABLE') return `${label} · 余 ${glance.remaining}`;
  if (glance.state === 'NOT_OPEN_YET' && glance.releaseAt) return `${label} · ${formatMonthDayTime(glance.releaseAt)}`;
  if (glance.state === 'NOT_STARTED' && glance.date) return `${label} · ${monthDay(glance.date)}开展`;
  return label;
}

/** The booking bar's line: '12月5日 周六 · 余 37', '近期场次已约满 · 12/10 20:00 放票', … */
export function glanceBarText(glance: Glance): { title: string; detail: string | null } {
  const day = glance.date ? formatShortDate(glance.date) : '';
  switch (glance.state) {
    case 'AVAILABLE':
      return { title: `${day} · 余 ${glance.remaining}`, detail: '最近可预约的日期' };
    case 'FULL':
      return {
        title: '近期场次已约满',
        detail: glance.releaseAt
          ? `${formatMonthDayTime(glance.releaseAt)} 放出新的场次`
          : '可加入候补，有名额时通知您',
      };
    case 'NOT_OPEN_YET':
      return {
        title: `${day} 未放票`,
        detail: glance.releaseAt ? `${formatMonthDayTime(glance.releaseAt)} 开放预约` : null,
      };
    case 'NOT_STARTED':
      return { title: glance.date ? `展览 ${monthDay(glance.date)} 开展` : '展览尚未开幕', detail: null };
    default:
      return { title: BOOKING_GLANCE_LABELS[glance.state], detail: null };
  }
}
