// An exhibition's booking policy: its fields, their defaults and bounds, and the instants it implies.
// Shared by the server (which enforces it) and the client (which explains it and edits it).
import { addDays, instantOf, isoWeekday, MINUTE_MS } from '../time/business-time';
import { MAX_VISITORS_PER_BOOKING } from './limits';

export interface BookingPolicy {
  bookingEnabled: boolean;
  /** Slots of a day become bookable this many days before, at releaseTime (business time). */
  releaseDaysAhead: number;
  releaseTime: string;
  closeMinutesBeforeStart: number;
  cancelCutoffMinutes: number;
  maxVisitors: number;
  /** ISO weekdays (1 = Monday) closed every week. */
  closedWeekdays: number[];
  checkinEarlyMinutes: number;
  checkinLateMinutes: number;
  walkinReleaseMinutes: number;
  waitlistHoldMinutes: number;
  groupRosterDeadlineHours: number;
}

export const DEFAULT_BOOKING_POLICY: BookingPolicy = {
  bookingEnabled: true,
  releaseDaysAhead: 7,
  releaseTime: '20:00',
  closeMinutesBeforeStart: 0,
  cancelCutoffMinutes: 120,
  maxVisitors: 5,
  closedWeekdays: [1],
  checkinEarlyMinutes: 30,
  checkinLateMinutes: 0,
  walkinReleaseMinutes: 60,
  waitlistHoldMinutes: 30,
  groupRosterDeadlineHours: 24,
};

/** The policy fields that are whole numbers. */
export type PolicyNumberField = {
  [K in keyof BookingPolicy]: BookingPolicy[K] extends number ? K : never;
}[keyof BookingPolicy];

/**
 * The accepted range of every number of a policy, as data: bookingPolicyModel checks them and the policy
 * form shows them. A hold shorter than 5 minutes could expire before the citizen sees the offer.
 */
export const POLICY_BOUNDS: Readonly<Record<PolicyNumberField, { readonly min: number; readonly max: number }>> = {
  releaseDaysAhead: { min: 0, max: 60 },
  closeMinutesBeforeStart: { min: 0, max: 1440 },
  cancelCutoffMinutes: { min: 0, max: 10080 },
  maxVisitors: { min: 1, max: MAX_VISITORS_PER_BOOKING },
  checkinEarlyMinutes: { min: 0, max: 240 },
  checkinLateMinutes: { min: 0, max: 240 },
  walkinReleaseMinutes: { min: 0, max: 1440 },
  waitlistHoldMinutes: { min: 5, max: 1440 },
  groupRosterDeadlineHours: { min: 0, max: 336 },
};

export const POLICY_NUMBER_FIELDS = Object.keys(POLICY_BOUNDS) as PolicyNumberField[];

/** When the slots of a visit date open for booking. */
export function releaseInstantOf(visitDate: string, policy: BookingPolicy): number {
  return instantOf(addDays(visitDate, -policy.releaseDaysAhead), policy.releaseTime);
}

export function bookingClosesAt(slotStartAt: number, policy: BookingPolicy): number {
  return slotStartAt - policy.closeMinutesBeforeStart * MINUTE_MS;
}

/** Cancelling after this instant counts as a no-show. */
export function cancelCutoffAt(slotStartAt: number, policy: BookingPolicy): number {
  return slotStartAt - policy.cancelCutoffMinutes * MINUTE_MS;
}

/** Walk-in places are released to online booking at this instant. */
export function walkinReleaseAt(slotStartAt: number, policy: Pick<BookingPolicy, 'walkinReleaseMinutes'>): number {
  return slotStartAt - policy.walkinReleaseMinutes * MINUTE_MS;
}

/** The door's window for a slot; entry-window.ts applies it to tickets and walk-ins alike. */
export function checkInWindow(
  slot: { startAt: number; endAt: number },
  policy: Pick<BookingPolicy, 'checkinEarlyMinutes' | 'checkinLateMinutes'>,
) {
  return {
    opensAt: slot.startAt - policy.checkinEarlyMinutes * MINUTE_MS,
    closesAt: slot.endAt + policy.checkinLateMinutes * MINUTE_MS,
  };
}

export function isWeeklyClosedDay(date: string, policy: BookingPolicy): boolean {
  return policy.closedWeekdays.includes(isoWeekday(date));
}
