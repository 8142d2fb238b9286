// Slots and their plans: booking policies, weekly templates that generate slots, the availability calendar.
import {
  addDays,
  type BookingPolicy,
  type BusinessDate,
  bookingClosesAt,
  businessDateOf,
  type DayAvailability,
  DEFAULT_BOOKING_POLICY,
  daysBetween,
  instantOf,
  isClockTime,
  isoWeekday,
  isWeeklyClosedDay,
  releaseInstantOf,
  walkinReleaseAt,
} from '@zz/shared';
import type { Executor } from '../../db/database';
import { type FieldError, InputValidationError } from '../common/errors';
import {
  type BookingPolicyRow,
  findPolicy,
  insertMissingSlots,
  listClosures,
  listSlotsBetween,
  listTemplates,
  replaceTemplates,
  type SlotRow,
  type SlotTemplateRow,
  upsertPolicy,
} from './slot.repository';

export interface Slot {
  id: number;
  exhibitionId: number;
  visitDate: string;
  startAt: number;
  endAt: number;
  status: 'OPEN' | 'CLOSED';
  closedReason: string | null;
  capacity: number;
  booked: number;
  /** Places an online booking can take now. */
  remaining: number;
  walkinQuota: number;
  walkinUsed: number;
  /** Walk-in places still held back (0 once released). */
  walkinHeld: number;
  offerHeld: number;
  groupQuota: number;
  groupBooked: number;
}

export interface SlotTemplate {
  id: number;
  weekday: number;
  startTime: string;
  endTime: string;
  capacity: number;
  walkinQuota: number;
  groupQuota: number;
}

export function toPolicy(row: BookingPolicyRow | undefined): BookingPolicy {
  if (!row) return DEFAULT_BOOKING_POLICY;
  return {
    bookingEnabled: row.booking_enabled === 1,
    releaseDaysAhead: row.release_days_ahead,
    releaseTime: row.release_time,
    closeMinutesBeforeStart: row.close_minutes_before_start,
    cancelCutoffMinutes: row.cancel_cutoff_minutes,
    maxVisitors: row.max_visitors,
    closedWeekdays: row.closed_weekdays.split(',').filter(Boolean).map(Number),
    checkinEarlyMinutes: row.checkin_early_minutes,
    checkinLateMinutes: row.checkin_late_minutes,
    walkinReleaseMinutes: row.walkin_release_minutes,
    waitlistHoldMinutes: row.waitlist_hold_minutes,
    groupRosterDeadlineHours: row.group_roster_deadline_hours,
  };
}

export async function loadPolicy(db: Executor, exhibitionId: number): Promise<BookingPolicy> {
  return toPolicy(await findPolicy(db, exhibitionId));
}

export function toSlot(row: SlotRow, policy: BookingPolicy, now: number): Slot {
  const walkinHeld = now < walkinReleaseAt(row.start_at, policy) ? Math.max(row.walkin_quota - row.walkin_used, 0) : 0;
  return {
    id: row.id,
    exhibitionId: row.exhibition_id,
    visitDate: row.visit_date,
    startAt: row.start_at,
    endAt: row.end_at,
    status: row.status as Slot['status'],
    closedReason: row.closed_reason,
    capacity: row.capacity,
    booked: row.booked,
    remaining: row.status === 'OPEN' ? Math.max(row.capacity - row.booked - row.offer_held - walkinHeld, 0) : 0,
    walkinQuota: row.walkin_quota,
    walkinUsed: row.walkin_used,
    walkinHeld,
    offerHeld: row.offer_held,
    groupQuota: row.group_quota,
    groupBooked: row.group_booked,
  };
}

export function toSlotTemplate(row: SlotTemplateRow): SlotTemplate {
  return {
    id: row.id,
    weekday: row.weekday,
    startTime: row.start_time,
    endTime: row.end_time,
    capacity: row.capacity,
    walkinQuota: row.walkin_quota,
    groupQuota: row.group_quota,
  };
}

export interface CalendarDay {
  date: BusinessDate;
  availability: DayAvailability;
  remaining: number;
  /** When the day's slots open for booking (for NOT_OPEN_YET). */
  releaseAt: number;
  closedReason: string | null;
}

export const MAX_CALENDAR_DAYS = 42;

/** Availability per day: 余量 / 约满 / 闭馆 / 未放票, from one query for slots and one for closures. */
export async function calendar(
  db: Executor,
  exhibitionId: number,
  from: BusinessDate,
  days: number,
  now: number,
): Promise<CalendarDay[]> {
  const count = Math.min(Math.max(days, 1), MAX_CALENDAR_DAYS);
  const to = addDays(from, count - 1);
  const [policy, slots, closures] = await Promise.all([
    loadPolicy(db, exhibitionId),
    listSlotsBetween(db, exhibitionId, from, to),
    listClosures(db, exhibitionId, from, to),
  ]);
  const closedReason = new Map(closures.map((c) => [c.visit_date, c.reason]));
  const result: CalendarDay[] = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(from, i);
    const daySlots = slots.filter((s) => s.visit_date === date).map((s) => toSlot(s, policy, now));
    const releaseAt = releaseInstantOf(date, policy);
    // A slot stops counting once it no longer takes bookings (at its start, or earlier per the policy).
    const bookable = daySlots.filter((s) => s.status === 'OPEN' && now < bookingClosesAt(s.startAt, policy));
    const remaining = bookable.reduce((sum, s) => sum + s.remaining, 0);
    let availability: DayAvailability;
    if (closedReason.has(date) || isWeeklyClosedDay(date, policy) || bookable.length === 0) availability = 'CLOSED';
    else if (now < releaseAt) availability = 'NOT_OPEN_YET';
    else availability = remaining > 0 ? 'AVAILABLE' : 'FULL';
    result.push({
      date,
      availability,
      remaining: availability === 'CLOSED' ? 0 : remaining,
      releaseAt,
      closedReason: closedReason.get(date) ?? (isWeeklyClosedDay(date, policy) ? '闭馆日' : null),
    });
  }
  return result;
}

export async function slotsOfDay(db: Executor, exhibitionId: number, date: BusinessDate, now: number): Promise<Slot[]> {
  const [policy, rows] = await Promise.all([
    loadPolicy(db, exhibitionId),
    listSlotsBetween(db, exhibitionId, date, date),
  ]);
  return rows.map((row) => toSlot(row, policy, now));
}

export interface SlotTemplateInput {
  weekday: number;
  startTime: string;
  endTime: string;
  capacity: number;
  walkinQuota: number;
  groupQuota: number;
}

export function validateTemplates(templates: SlotTemplateInput[]): FieldError[] {
  const errors: FieldError[] = [];
  templates.forEach((t, i) => {
    const at = (field: string, message: string) => errors.push({ path: `templates.${i}.${field}`, message });
    if (!Number.isInteger(t.weekday) || t.weekday < 1 || t.weekday > 7) at('weekday', '星期应为1–7');
    if (!isClockTime(t.startTime)) at('startTime', '开始时间格式应为HH:MM');
    if (!isClockTime(t.endTime)) at('endTime', '结束时间格式应为HH:MM');
    if (isClockTime(t.startTime) && isClockTime(t.endTime) && t.endTime <= t.startTime)
      at('endTime', '结束时间应晚于开始时间');
    errors.push(...placeCountErrors(t, { minCapacity: 1, path: `templates.${i}.` }));
  });
  return errors;
}

export interface PlaceCounts {
  capacity: number;
  walkinQuota: number;
  groupQuota: number;
}

/**
 * The place counts of a plan row or a slot. A plan needs at least one place; an existing slot may be set to
 * 0 (no more online places) as long as that stays above what is booked, which the database decides.
 */
export function placeCountErrors(counts: PlaceCounts, options: { minCapacity: number; path?: string }): FieldError[] {
  const path = options.path ?? '';
  const errors: FieldError[] = [];
  const { capacity, walkinQuota, groupQuota } = counts;
  if (!Number.isInteger(capacity) || capacity < options.minCapacity || capacity > 10000) {
    errors.push({ path: `${path}capacity`, message: `容量应为${options.minCapacity}–10000` });
  }
  if (!Number.isInteger(walkinQuota) || walkinQuota < 0 || walkinQuota > capacity) {
    errors.push({ path: `${path}walkinQuota`, message: '现场预留名额应在0与容量之间' });
  }
  if (!Number.isInteger(groupQuota) || groupQuota < 0 || groupQuota > 10000) {
    errors.push({ path: `${path}groupQuota`, message: '团体名额应为0–10000' });
  }
  return errors;
}

export async function setTemplates(
  db: Executor,
  exhibitionId: number,
  templates: SlotTemplateInput[],
): Promise<SlotTemplate[]> {
  const errors = validateTemplates(templates);
  if (errors.length > 0) throw new InputValidationError(errors);
  await replaceTemplates(
    db,
    exhibitionId,
    templates.map((t) => ({
      weekday: t.weekday,
      start_time: t.startTime,
      end_time: t.endTime,
      capacity: t.capacity,
      walkin_quota: t.walkinQuota,
      group_quota: t.groupQuota,
    })),
  );
  return (await listTemplates(db, exhibitionId)).map(toSlotTemplate);
}

export const MAX_GENERATION_DAYS = 120;

/**
 * Creates the slots of the weekly plan for a date range, skipping closed weekdays and closed days.
 * Repeatable: slots that exist already are kept as they are.
 */
export async function generateSlots(
  db: Executor,
  exhibitionId: number,
  from: BusinessDate,
  to: BusinessDate,
): Promise<number> {
  const span = daysBetween(from, to);
  if (span < 0) throw InputValidationError.single('to', '结束日期不能早于开始日期');
  if (span >= MAX_GENERATION_DAYS) throw InputValidationError.single('to', `一次最多生成${MAX_GENERATION_DAYS}天`);
  const [policy, templates, closures] = await Promise.all([
    loadPolicy(db, exhibitionId),
    listTemplates(db, exhibitionId),
    listClosures(db, exhibitionId, from, to),
  ]);
  const closed = new Set(closures.map((c) => c.visit_date));
  const rows = [];
  for (let i = 0; i <= span; i++) {
    const date = addDays(from, i);
    if (closed.has(date) || isWeeklyClosedDay(date, policy)) continue;
    for (const t of templates.filter((tpl) => tpl.weekday === isoWeekday(date))) {
      rows.push({
        exhibition_id: exhibitionId,
        visit_date: date,
        start_at: instantOf(date, t.start_time),
        end_at: instantOf(date, t.end_time),
        capacity: t.capacity,
        walkin_quota: t.walkin_quota,
        group_quota: t.group_quota,
      });
    }
  }
  let inserted = 0;
  // Chunked so one statement stays well under parameter limits on both databases.
  for (let i = 0; i < rows.length; i += 100) inserted += await insertMissingSlots(db, rows.slice(i, i + 100));
  return inserted;
}

/**
 * Keeps every exhibition with a weekly plan supplied with slots up to its release horizon plus a week,
 * within its opening dates. Repeatable (existing slots are skipped), so it runs on start and on a timer.
 */
export async function extendSlotPlans(db: Executor, now: number): Promise<number> {
  const today = businessDateOf(now);
  const exhibitions = await db
    .selectFrom('exhibition')
    .innerJoin('slot_template', 'slot_template.exhibition_id', 'exhibition.id')
    .select(['exhibition.id', 'exhibition.opens_on', 'exhibition.closes_on'])
    .where('exhibition.published_at', 'is not', null)
    .where((eb) => eb.or([eb('exhibition.closes_on', 'is', null), eb('exhibition.closes_on', '>=', today)]))
    .distinct()
    .execute();
  let created = 0;
  for (const e of exhibitions) {
    const policy = await loadPolicy(db, e.id);
    // Business dates compare as strings (YYYY-MM-DD): the later of opening day and today.
    const from = [e.opens_on, today].sort()[1];
    let to = addDays(today, policy.releaseDaysAhead + 7);
    if (e.closes_on && e.closes_on < to) to = e.closes_on;
    if (to >= from) created += await generateSlots(db, e.id, from, to);
  }
  return created;
}

/** A partial change to an exhibition's booking policy; absent fields keep their value. */
export type PolicyChanges = { [K in keyof BookingPolicy]?: BookingPolicy[K] | null };

/** Validates a policy change (every bound in one place), applies it, and returns the policy in force. */
export async function updatePolicy(db: Executor, exhibitionId: number, p: PolicyChanges): Promise<BookingPolicy> {
  const errors: FieldError[] = [];
  const range = (name: keyof BookingPolicy, min: number, max: number) => {
    const v = p[name] as number | null | undefined;
    if (v !== null && v !== undefined && (!Number.isInteger(v) || v < min || v > max)) {
      errors.push({ path: `policy.${name}`, message: `应为${min}–${max}之间的整数` });
    }
  };
  range('releaseDaysAhead', 0, 60);
  range('closeMinutesBeforeStart', 0, 1440);
  range('cancelCutoffMinutes', 0, 10080);
  range('maxVisitors', 1, 5);
  range('checkinEarlyMinutes', 0, 240);
  range('checkinLateMinutes', 0, 240);
  range('walkinReleaseMinutes', 0, 1440);
  range('waitlistHoldMinutes', 5, 1440);
  range('groupRosterDeadlineHours', 0, 336);
  if (p.releaseTime != null && !isClockTime(p.releaseTime)) {
    errors.push({ path: 'policy.releaseTime', message: '时间格式应为HH:MM' });
  }
  if (p.closedWeekdays?.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
    errors.push({ path: 'policy.closedWeekdays', message: '星期应为1–7' });
  }
  if (errors.length > 0) throw new InputValidationError(errors);
  await upsertPolicy(db, exhibitionId, {
    ...(p.bookingEnabled != null && { booking_enabled: p.bookingEnabled ? 1 : 0 }),
    ...(p.releaseDaysAhead != null && { release_days_ahead: p.releaseDaysAhead }),
    ...(p.releaseTime != null && { release_time: p.releaseTime }),
    ...(p.closeMinutesBeforeStart != null && { close_minutes_before_start: p.closeMinutesBeforeStart }),
    ...(p.cancelCutoffMinutes != null && { cancel_cutoff_minutes: p.cancelCutoffMinutes }),
    ...(p.maxVisitors != null && { max_visitors: p.maxVisitors }),
    ...(p.closedWeekdays != null && { closed_weekdays: [...new Set(p.closedWeekdays)].sort().join(',') }),
    ...(p.checkinEarlyMinutes != null && { checkin_early_minutes: p.checkinEarlyMinutes }),
    ...(p.checkinLateMinutes != null && { checkin_late_minutes: p.checkinLateMinutes }),
    ...(p.walkinReleaseMinutes != null && { walkin_release_minutes: p.walkinReleaseMinutes }),
    ...(p.waitlistHoldMinutes != null && { waitlist_hold_minutes: p.waitlistHoldMinutes }),
    ...(p.groupRosterDeadlineHours != null && { group_roster_deadline_hours: p.groupRosterDeadlineHours }),
  });
  return loadPolicy(db, exhibitionId);
}
