// Working-day targets of a lookup request (accept within 1, answer within 4, tell the citizen within 2, per
// archive) and the due date of the next step after each move, from which the staff queue flags overdue work.
import * as z from 'zod/mini';
import type { BusinessDate } from '../time/business-time';
import { addWorkingDays, type HolidayCalendar } from '../time/working-days';
import type { LookupStatus } from './status-machine';

export interface LookupTargets {
  /** Working days from filing (or a supplement) to acceptance. */
  acceptDays: number;
  /** Working days from acceptance to the search result. */
  answerDays: number;
  /** Working days from the result to the citizen having it (certificate issued, handed over or closed). */
  notifyDays: number;
}

export const DEFAULT_LOOKUP_TARGETS: LookupTargets = { acceptDays: 1, answerDays: 4, notifyDays: 2 };

export const LOOKUP_TARGET_BOUNDS = { min: 1, max: 30 } as const;

const targetMessage = `应为${LOOKUP_TARGET_BOUNDS.min}–${LOOKUP_TARGET_BOUNDS.max}个工作日`;
const targetDays = z
  .int({ error: targetMessage })
  .check(z.gte(LOOKUP_TARGET_BOUNDS.min, targetMessage), z.lte(LOOKUP_TARGET_BOUNDS.max, targetMessage));

export const lookupTargetsModel = z.object({ acceptDays: targetDays, answerDays: targetDays, notifyDays: targetDays });

/**
 * Which target starts when a request enters a status: KEEP leaves the running due date as it is (forwarding
 * does not restart the answer clock), null means nothing is due from the archive (waiting on the citizen, or
 * closed).
 */
export const LOOKUP_DUE_RULES: Record<LookupStatus, keyof LookupTargets | 'KEEP' | null> = {
  SUBMITTED: 'acceptDays',
  ACCEPTED: 'answerDays',
  FORWARDED: 'KEEP',
  SEARCHING: 'KEEP',
  FOUND: 'notifyDays',
  NOT_FOUND: 'notifyDays',
  CERTIFIED: 'KEEP',
  NEEDS_MORE: null,
  REFUSED: null,
  COMPLETED: null,
  WITHDRAWN: null,
};

/** The due date of the next step once a request enters `status` on `today`. */
export function dueDateAfter(
  status: LookupStatus,
  context: { today: BusinessDate; currentDue: BusinessDate | null; targets: LookupTargets; calendar: HolidayCalendar },
): BusinessDate | null {
  const rule = LOOKUP_DUE_RULES[status];
  if (rule === null) return null;
  if (rule === 'KEEP') return context.currentDue;
  return addWorkingDays(context.today, context.targets[rule], context.calendar);
}

/** Overdue: the due date has passed (work due today is not late yet). */
export function isOverdue(dueOn: BusinessDate | null, today: BusinessDate): boolean {
  return dueOn !== null && dueOn < today;
}
