// Booking rules as pure functions, shared by the server (which enforces them) and the client (which explains them).
import { addDays, DAY_MS, instantOf, isoWeekday, MINUTE_MS } from '../time/business-time';
import { MINORS_PER_ADULT, NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from './rules';

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
export function walkinReleaseAt(slotStartAt: number, policy: BookingPolicy): number {
  return slotStartAt - policy.walkinReleaseMinutes * MINUTE_MS;
}

export function checkInWindow(slot: { startAt: number; endAt: number }, policy: BookingPolicy) {
  return {
    opensAt: slot.startAt - policy.checkinEarlyMinutes * MINUTE_MS,
    closesAt: slot.endAt + policy.checkinLateMinutes * MINUTE_MS,
  };
}

export function isWeeklyClosedDay(date: string, policy: BookingPolicy): boolean {
  return policy.closedWeekdays.includes(isoWeekday(date));
}

export interface Suspension {
  /** Strikes (no-shows and late cancellations) inside the 180-day window ending now. */
  recentStrikes: number;
  suspendedFrom: number | null;
  suspendedUntil: number | null;
}

/**
 * Three no-shows within 180 days suspend booking for 60 days from the third. `strikes` are instants in
 * any order; the answer is the suspension in force at `now`, if any.
 */
export function suspensionAt(strikes: readonly number[], now: number): Suspension {
  const past = strikes.filter((s) => s <= now).sort((a, b) => a - b);
  const windowMs = NO_SHOW_WINDOW_DAYS * DAY_MS;
  const recentStrikes = past.filter((s) => s > now - windowMs).length;
  // The newest strike that completed a run of NO_SHOW_LIMIT strikes within the window starts a suspension.
  for (let i = past.length - 1; i >= NO_SHOW_LIMIT - 1; i--) {
    if (past[i] - past[i - (NO_SHOW_LIMIT - 1)] < windowMs) {
      const until = past[i] + SUSPENSION_DAYS * DAY_MS;
      return until > now
        ? { recentStrikes, suspendedFrom: past[i], suspendedUntil: until }
        : { recentStrikes, suspendedFrom: null, suspendedUntil: null };
    }
  }
  return { recentStrikes, suspendedFrom: null, suspendedUntil: null };
}

/** Whether a person born on birthDate (YYYY-MM-DD) is under 18 on visitDate. */
export function isMinorOn(birthDate: string, visitDate: string): boolean {
  const [y, m, d] = birthDate.split('-').map(Number);
  const adultOn = `${String(y + 18).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return visitDate < adultOn;
}

/** At least one adult for every MINORS_PER_ADULT minors. */
export function hasEnoughAdults(adults: number, minors: number): boolean {
  return adults * MINORS_PER_ADULT >= minors && adults > 0;
}
