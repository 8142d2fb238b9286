// What one day of an exhibition's visit calendar says (未开展 / 已结束 / 闭馆 / 未放票 / 约满 / 余量), decided in
// this one place from the day's slots and the exhibition's run and policy; and what a card or the booking bar
// says at a glance, from those days. Pure: the server's calendar and its cards both call it, with the clock's now.
import { addDays, type BusinessDate, businessDateOf } from '../time/business-time';
import { type BookingPolicy, bookingClosesAt, isWeeklyClosedDay, releaseInstantOf } from './policy';
import type { BookingGlanceState, DayAvailability, SlotStatus } from './statuses';

/** What the decision needs of a slot of the day. */
export interface DaySlot {
  startAt: number;
  status: SlotStatus;
  /** Places an online booking can take now. */
  remaining: number;
}

export interface DayAvailabilityInput {
  date: BusinessDate;
  now: number;
  /** The slots of this date (others are ignored). */
  slots: readonly (DaySlot & { visitDate: BusinessDate })[];
  /** Staff's closure of this date, with its reason, or null. */
  closureReason: string | null;
  policy: BookingPolicy;
  exhibition: { opensOn: BusinessDate; closesOn: BusinessDate | null };
}

export interface DayDecision {
  date: BusinessDate;
  availability: DayAvailability;
  /** Places left over the day's slots that still take bookings (0 unless AVAILABLE / FULL / NOT_OPEN_YET). */
  remaining: number;
  /** When the day's slots open for booking (for NOT_OPEN_YET). */
  releaseAt: number;
  closedReason: string | null;
}

/** The weekly closing day's reason, as the calendar has always said it. */
export const WEEKLY_CLOSED_REASON = '闭馆日';

export function decideDay(input: DayAvailabilityInput): DayDecision {
  const { date, now, policy, exhibition } = input;
  const releaseAt = releaseInstantOf(date, policy);
  const weeklyClosed = isWeeklyClosedDay(date, policy);
  const closedReason = input.closureReason ?? (weeklyClosed ? WEEKLY_CLOSED_REASON : null);
  const decided = (availability: DayAvailability, remaining = 0): DayDecision => ({
    date,
    availability,
    remaining,
    releaseAt,
    closedReason,
  });
  // The run of the exhibition comes first: before it the archive is open, the exhibition is not (yet).
  if (date < exhibition.opensOn) return decided('NOT_STARTED');
  if (exhibition.closesOn !== null && date > exhibition.closesOn) return decided('ENDED');
  if (input.closureReason !== null || weeklyClosed) return decided('CLOSED');
  const today = businessDateOf(now);
  if (date < today) return decided('ENDED');
  const open = input.slots.filter((s) => s.visitDate === date && s.status === 'OPEN');
  // A slot stops counting once it no longer takes bookings (at its start, or earlier per the policy).
  const bookable = open.filter((s) => now < bookingClosesAt(s.startAt, policy));
  // Today had sessions and all of them have stopped taking bookings: the day is over, not closed.
  if (bookable.length === 0) return decided(open.length > 0 && date === today ? 'ENDED' : 'CLOSED');
  const remaining = bookable.reduce((sum, s) => sum + s.remaining, 0);
  if (now < releaseAt) return decided('NOT_OPEN_YET', remaining);
  return decided(remaining > 0 ? 'AVAILABLE' : 'FULL', remaining);
}

/** decideDay for `count` days from `from`, given every slot and closure of those days. */
export function decideDays(
  from: BusinessDate,
  count: number,
  context: Omit<DayAvailabilityInput, 'date' | 'closureReason'> & { closures: ReadonlyMap<BusinessDate, string> },
): DayDecision[] {
  return Array.from({ length: count }, (_, i) => {
    const date = addDays(from, i);
    return decideDay({ ...context, date, closureReason: context.closures.get(date) ?? null });
  });
}

/** The days a glance (and the planner's day strip) looks at, from today: the bar's day is always in the strip. */
export const BOOKING_GLANCE_DAYS = 14;

/** What a glance needs of a calendar day; releaseAt is an instant (server) or an ISO string (client). */
export interface GlanceDay<T> {
  date: BusinessDate;
  availability: DayAvailability;
  remaining: number;
  releaseAt: T;
}

export interface BookingGlance<T> {
  state: BookingGlanceState;
  /** The day it is about: the first with places (AVAILABLE), the first released full one (FULL), the first
   * to be released (NOT_OPEN_YET), the opening day (NOT_STARTED); null otherwise. */
  date: BusinessDate | null;
  /** Places left on that day (AVAILABLE). */
  remaining: number;
  /** When the next day opens for booking (NOT_OPEN_YET, and FULL when a later day is still to be released). */
  releaseAt: T | null;
}

/**
 * The glance over an exhibition's next days (decided as above). Places anywhere win; else full days (with when
 * more days are released); else days still to be released; else before the opening or after the run.
 */
export function bookingGlanceOf<T>(
  days: readonly GlanceDay<T>[],
  exhibition: { opensOn: BusinessDate; closesOn?: BusinessDate | null },
): BookingGlance<T> {
  const first = (availability: DayAvailability) => days.find((d) => d.availability === availability);
  const available = first('AVAILABLE');
  if (available) return { state: 'AVAILABLE', date: available.date, remaining: available.remaining, releaseAt: null };
  const unreleased = first('NOT_OPEN_YET');
  const full = first('FULL');
  if (full) return { state: 'FULL', date: full.date, remaining: 0, releaseAt: unreleased?.releaseAt ?? null };
  if (unreleased)
    return { state: 'NOT_OPEN_YET', date: unreleased.date, remaining: 0, releaseAt: unreleased.releaseAt };
  if (days.some((d) => d.availability === 'NOT_STARTED')) {
    return { state: 'NOT_STARTED', date: exhibition.opensOn, remaining: 0, releaseAt: null };
  }
  // Over: the run closes within these days and every day of it left is over (a closed day before that is not).
  const closesOn = exhibition.closesOn ?? null;
  if (closesOn !== null && days.every((d) => d.date > closesOn || d.availability === 'ENDED')) {
    return { state: 'ENDED', date: null, remaining: 0, releaseAt: null };
  }
  return { state: 'NONE', date: null, remaining: 0, releaseAt: null };
}
