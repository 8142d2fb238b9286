// Booking policies and weekly slot plans: the rules of an exhibition's bookings, and the templates that
// generate its slots ahead of time.
import {
  addDays,
  type BookingPolicy,
  type BusinessDate,
  businessDateOf,
  DEFAULT_BOOKING_POLICY,
  daysBetween,
  instantOf,
  isClockTime,
  isoWeekday,
  isWeeklyClosedDay,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { type FieldError, InputValidationError } from '../../errors';
import {
  type BookingPolicyRow,
  findPolicies,
  insertDefaultPolicy,
  listClosures,
  listPlannedExhibitions,
  listTemplates,
  replaceTemplates,
  type SlotTemplateRow,
  updatePolicyRow,
} from './plan.repository';
import { insertMissingSlots } from './slot.repository';

export interface SlotTemplate {
  id: number;
  weekday: number;
  startTime: string;
  endTime: string;
  capacity: number;
  walkinQuota: number;
  groupQuota: number;
}

/** A policy with the exhibition it belongs to (the GraphQL type is loaded by exhibition id). */
export type ExhibitionPolicy = BookingPolicy & { exhibitionId: number };

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

/** The policies of several exhibitions in one query, in the order asked (absent rows are the defaults). */
export async function policiesOf(db: Executor, exhibitionIds: readonly number[]): Promise<ExhibitionPolicy[]> {
  const rows = new Map((await findPolicies(db, exhibitionIds)).map((row) => [row.exhibition_id, row]));
  return exhibitionIds.map((id) => ({ ...toPolicy(rows.get(id)), exhibitionId: id }));
}

export async function policyOf(db: Executor, exhibitionId: number): Promise<BookingPolicy> {
  const [policy] = await policiesOf(db, [exhibitionId]);
  return policy;
}

/** A new exhibition's policy row (the defaults), written in the caller's transaction. */
export function ensureBookingPolicy(db: Executor, exhibitionId: number): Promise<void> {
  return insertDefaultPolicy(db, exhibitionId);
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
  await insertDefaultPolicy(db, exhibitionId);
  await updatePolicyRow(db, exhibitionId, {
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
  return policyOf(db, exhibitionId);
}

function toSlotTemplate(row: SlotTemplateRow): SlotTemplate {
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

export async function slotTemplatesOf(db: Executor, exhibitionId: number): Promise<SlotTemplate[]> {
  return (await listTemplates(db, exhibitionId)).map(toSlotTemplate);
}

export interface PlaceCounts {
  capacity: number;
  walkinQuota: number;
  groupQuota: number;
}

export type SlotTemplateInput = PlaceCounts & { weekday: number; startTime: string; endTime: string };

/** Seven days of twelve sessions is more than any archive opens; a longer plan is a mistake or an attack. */
export const MAX_TEMPLATES = 84;

export function validateTemplates(templates: SlotTemplateInput[]): FieldError[] {
  if (templates.length > MAX_TEMPLATES) return [{ path: 'templates', message: `每周场次最多${MAX_TEMPLATES}个` }];
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

/** Replaces the weekly plan (in the caller's transaction: the old plan stays if the new one fails). */
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
  return slotTemplatesOf(db, exhibitionId);
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
    policyOf(db, exhibitionId),
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
export async function extendSlotPlans(deps: Pick<Deps, 'db' | 'clock'>): Promise<number> {
  const today = businessDateOf(deps.clock.now());
  let created = 0;
  for (const e of await listPlannedExhibitions(deps.db, today)) {
    const policy = await policyOf(deps.db, e.id);
    // Business dates compare as strings (YYYY-MM-DD): the later of opening day and today.
    const from = [e.opens_on, today].sort()[1];
    let to = addDays(today, policy.releaseDaysAhead + 7);
    if (e.closes_on && e.closes_on < to) to = e.closes_on;
    if (to >= from) created += await generateSlots(deps.db, e.id, from, to);
  }
  return created;
}
