// The formulas of visiting: places left in a slot (online and at the door), suspension after no-shows,
// minors and adults. Shared by the server (which enforces them) and the client (which shows and explains them).
import { DAY_MS } from '../time/business-time';
import { MINORS_PER_ADULT, NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS } from './limits';
import { type BookingPolicy, walkinReleaseAt } from './policy';
import type { SlotStatus } from './statuses';

/** What the places of a slot are made of; the server maps its row to this, the client its Slot fields. */
export interface SlotPlaces {
  capacity: number;
  booked: number;
  /** Places held for a waiting-list offer until it is accepted or expires. */
  offerHeld: number;
  walkinQuota: number;
  walkinUsed: number;
  /** Epoch milliseconds. */
  startAt: number;
  status: SlotStatus;
}

/**
 * Walk-in places still held back from online booking at `now`: the unused part of the walk-in quota, until
 * the policy releases it (walkinReleaseMinutes before the start), then none.
 */
export function walkinPlacesHeld(
  slot: Pick<SlotPlaces, 'walkinQuota' | 'walkinUsed' | 'startAt'>,
  policy: Pick<BookingPolicy, 'walkinReleaseMinutes'>,
  now: number,
): number {
  return now < walkinReleaseAt(slot.startAt, policy) ? Math.max(slot.walkinQuota - slot.walkinUsed, 0) : 0;
}

/** Places an online booking can take at `now`: not booked, not held for an offer, not held for walk-ins. */
export function placesLeftOnline(
  slot: SlotPlaces,
  policy: Pick<BookingPolicy, 'walkinReleaseMinutes'>,
  now: number,
): number {
  if (slot.status !== 'OPEN') return 0;
  return Math.max(slot.capacity - slot.booked - slot.offerHeld - walkinPlacesHeld(slot, policy, now), 0);
}

/** Places a walk-in registration can take: any place not booked or offered, the walk-in reserve included. */
export function placesLeftForWalkIns(slot: Pick<SlotPlaces, 'capacity' | 'booked' | 'offerHeld' | 'status'>): number {
  if (slot.status !== 'OPEN') return 0;
  return Math.max(slot.capacity - slot.booked - slot.offerHeld, 0);
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
