// Booking policies and weekly slot plans: the rules of an exhibition's bookings, and the templates that
// generate its slots ahead of time.
import {
  addDays,
  type BookingPolicy,
  type BusinessDate,
  bookingPolicyModel,
  businessDateOf,
  DEFAULT_BOOKING_POLICY,
  daysBetween,
  instantOf,
  isoWeekday,
  isWeeklyClosedDay,
  type slotTemplateModel,
  weeklyPlanModel,
} from '@zz/shared';
import type * as z from 'zod/mini';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { InputValidationError, parseInput } from '../../errors';
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

/** Applies a policy change checked with the policy form's model (every bound in one place). */
export async function updatePolicy(db: Executor, exhibitionId: number, changes: unknown): Promise<BookingPolicy> {
  const p = parseInput(bookingPolicyModel, changes, 'policy');
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

export type SlotTemplateInput = z.input<typeof slotTemplateModel>;

/** Replaces the weekly plan (in the caller's transaction: the old plan stays if the new one fails). */
export async function setTemplates(
  db: Executor,
  exhibitionId: number,
  input: SlotTemplateInput[],
): Promise<SlotTemplate[]> {
  const templates = parseInput(weeklyPlanModel, input, 'templates');
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
