// Slots and their capacity: what is bookable when, the availability calendar, and the only ways places
// are taken and given back (each a conditional update that either applies whole or changes nothing).
// Other features hold a Slot (a domain object with its policy), never a row.
import {
  addDays,
  BOOKING_GLANCE_DAYS,
  type BookingGlance,
  type BookingPolicy,
  type BusinessDate,
  bookingClosesAt,
  bookingGlanceOf,
  businessDateOf,
  cancelCutoffAt,
  closeReasonModel,
  type DayDecision,
  decideDays,
  isWeeklyClosedDay,
  MINUTE_MS,
  placeCountsModel,
  placesLeftOnline,
  releaseInstantOf,
  type SlotStatus,
  walkinPlacesHeld,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { NotFoundError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { assertBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { requireManagedExhibition } from '../exhibitions/exhibition.service';
import { insertClosure, listClosures, listClosuresOfExhibitions } from './plan.repository';
import { policyOf, toPolicy } from './plan.service';
import {
  BookingClosedError,
  BookingNotOpenYetError,
  CapacityBelowBookedError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
} from './scheduling.errors';
import type { SlotRow } from './slot.repository';
import * as slots from './slot.repository';

export interface Slot {
  id: number;
  exhibitionId: number;
  /** The archive the slot's exhibition belongs to (branch scope). */
  branchId: number;
  /** Whether the exhibition is published (drafts take no bookings). */
  published: boolean;
  /** A seat of an archive's reading room, taken by lookup requests only (not by exhibition bookings). */
  readingRoom: boolean;
  visitDate: string;
  startAt: number;
  endAt: number;
  status: SlotStatus;
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
  /** Cancelling after this instant counts as a no-show. */
  cancelDeadline: number;
  /** The exhibition's booking policy, which every rule about this slot reads. */
  policy: BookingPolicy;
}

interface SlotContext {
  branchId: number;
  published: boolean;
  readingRoom: boolean;
  policy: BookingPolicy;
}

function toSlot(row: SlotRow, context: SlotContext, now: number) {
  const counters = {
    status: row.status,
    capacity: row.capacity,
    booked: row.booked,
    offerHeld: row.offer_held,
    startAt: row.start_at,
    walkinQuota: row.walkin_quota,
    walkinUsed: row.walkin_used,
  };
  return {
    id: row.id,
    exhibitionId: row.exhibition_id,
    branchId: context.branchId,
    published: context.published,
    readingRoom: context.readingRoom,
    visitDate: row.visit_date,
    startAt: row.start_at,
    endAt: row.end_at,
    status: row.status,
    closedReason: row.closed_reason,
    capacity: row.capacity,
    booked: row.booked,
    remaining: placesLeftOnline(counters, context.policy, now),
    walkinQuota: row.walkin_quota,
    walkinUsed: row.walkin_used,
    walkinHeld: walkinPlacesHeld(counters, context.policy, now),
    offerHeld: row.offer_held,
    groupQuota: row.group_quota,
    groupBooked: row.group_booked,
    cancelDeadline: cancelCutoffAt(row.start_at, context.policy),
    policy: context.policy,
  } satisfies Slot;
}

/** Slots by id, in the order asked, each with its policy (one query for any number). */
export async function slotsByIds(
  deps: Pick<Deps, 'db' | 'clock'>,
  ids: readonly number[],
): Promise<(Slot | undefined)[]> {
  const now = deps.clock.now();
  const found = await slots.findSlotsWithPolicy(deps.db, ids);
  const byId = new Map(
    found.map((f) => [
      f.slot.id,
      toSlot(
        f.slot,
        { branchId: f.branchId, published: f.published, readingRoom: f.readingRoom, policy: toPolicy(f.policy) },
        now,
      ),
    ]),
  );
  return ids.map((id) => byId.get(id));
}

export async function findSlot(deps: Pick<Deps, 'db' | 'clock'>, id: number): Promise<Slot | undefined> {
  return (await slotsByIds(deps, [id]))[0];
}

/** A slot of a published exhibition, or SlotNotFoundError (reading-room seats are booked by lookups only). */
export async function requirePublishedSlot(deps: Pick<Deps, 'db' | 'clock'>, id: number): Promise<Slot> {
  const slot = await findSlot(deps, id);
  if (!slot?.published || slot.readingRoom) throw new SlotNotFoundError();
  return slot;
}

/** A seat slot of an archive's reading room, or SlotNotFoundError. */
export async function requireReadingRoomSlot(
  deps: Pick<Deps, 'db' | 'clock'>,
  id: number,
  branchId: number,
): Promise<Slot> {
  const slot = await findSlot(deps, id);
  if (!slot?.published || !slot.readingRoom || slot.branchId !== branchId) throw new SlotNotFoundError();
  return slot;
}

/** A slot that a member of staff manages, or NotFoundError / FORBIDDEN. */
export async function requireManagedSlot(deps: Pick<Deps, 'db' | 'clock'>, actor: Actor | null, id: number) {
  requireStaff(actor);
  const slot = await findSlot(deps, id);
  if (!slot) throw new NotFoundError('Slot', '场次不存在');
  assertBranchInScope(actor, slot.branchId);
  return slot;
}

/** The rules that decide whether a slot can be booked online right now. */
export function assertSlotBookable(slot: Slot, now: number): void {
  if (slot.status !== 'OPEN') throw new SlotClosedError(slot.closedReason);
  if (!slot.policy.bookingEnabled || isWeeklyClosedDay(slot.visitDate, slot.policy)) throw new SlotClosedError(null);
  const opensAt = releaseInstantOf(slot.visitDate, slot.policy);
  if (now < opensAt) throw new BookingNotOpenYetError(opensAt);
  const closesAt = bookingClosesAt(slot.startAt, slot.policy);
  if (now >= closesAt) throw new BookingClosedError(closesAt);
}

/**
 * The slot as a successful takeOnlinePlaces in this transaction left it: the row is locked by that update
 * until commit, so these are its counters as of the commit (give or take what others committed between our
 * read and our update, which the next read shows). Saves reading the slot back for the response.
 */
export function withPlacesTaken(slot: Slot, places: number, now: number): Slot {
  const booked = slot.booked + places;
  return { ...slot, booked, remaining: placesLeftOnline({ ...slot, booked }, slot.policy, now) };
}

// ---- capacity: the conditional updates other features take and give back places with ----------------

/** The walk-in release instant as the SQL compares it: slots starting after it still hold walk-in places. */
const walkinCutoff = (slot: Slot, now: number) => now + slot.policy.walkinReleaseMinutes * MINUTE_MS;

/** Takes online places if they fit (see placesLeftOnline); false changes nothing. */
export function takeOnlinePlaces(db: Executor, slot: Slot, places: number, now: number): Promise<boolean> {
  return slots.takeOnlinePlaces(db, slot.id, places, walkinCutoff(slot, now));
}

/**
 * takeOnlinePlaces for a booking attempt: when the places do not fit, the typed refusal the citizen sees, read
 * from the slot as it is now (closed meanwhile, or full with what remains).
 */
export async function takeOnlinePlacesOrRefuse(
  deps: Pick<Deps, 'db' | 'clock'>,
  slot: Slot,
  places: number,
  now: number,
): Promise<void> {
  if (await takeOnlinePlaces(deps.db, slot, places, now)) return;
  const fresh = await findSlot(deps, slot.id);
  if (fresh && fresh.status !== 'OPEN') throw new SlotClosedError(fresh.closedReason);
  throw new SlotFullError(fresh?.remaining ?? 0);
}

/** Walk-ins use their held quota first, then any free place. */
export function takeWalkinPlaces(db: Executor, slot: Slot, places: number, now: number): Promise<boolean> {
  return slots.takeWalkinPlaces(db, slot.id, places, walkinCutoff(slot, now));
}

export function releasePlaces(db: Executor, slotId: number, places: number): Promise<void> {
  return slots.releasePlaces(db, slotId, places);
}

/** Holds places for a waiting-list offer, under the same fit rule as an online booking. */
export function holdPlacesForOffer(db: Executor, slot: Slot, places: number, now: number): Promise<boolean> {
  return slots.holdPlacesForOffer(db, slot.id, places, walkinCutoff(slot, now));
}

export function releaseOfferHold(db: Executor, slotId: number, places: number): Promise<void> {
  return slots.releaseOfferHold(db, slotId, places);
}

/** An accepted offer's held places become booked ones. */
export function convertOfferHold(db: Executor, slotId: number, places: number): Promise<void> {
  return slots.convertOfferHold(db, slotId, places);
}

export function takeGroupPlaces(db: Executor, slotId: number, places: number): Promise<boolean> {
  return slots.takeGroupPlaces(db, slotId, places);
}

export function releaseGroupPlaces(db: Executor, slotId: number, places: number): Promise<void> {
  return slots.releaseGroupPlaces(db, slotId, places);
}

// ---- no-show marking (claimed per slot, so several processes split the work) ---------------------------

export async function slotsAwaitingNoShowMarking(db: Executor, now: number, limit: number): Promise<number[]> {
  return (await slots.listSlotsAwaitingNoShowMarking(db, now, limit)).map((s) => s.id);
}

export function claimNoShowMarking(db: Executor, slotId: number, now: number): Promise<boolean> {
  return slots.claimNoShowMarking(db, slotId, now);
}

// ---- what citizens see ---------------------------------------------------------------------------------

/** A day of the calendar: decided by the shared rule (decideDay), so cards and the booking bar agree with it. */
export type CalendarDay = DayDecision;

export const MAX_CALENDAR_DAYS = 42;

/** What the calendar needs of an exhibition (or a reading room). */
export interface CalendarExhibition {
  id: number;
  branchId: number;
  published: boolean;
  mode: string;
  /** The run: days before it are 未开展, days after it 已结束. */
  opensOn: BusinessDate;
  closesOn: BusinessDate | null;
}

/** Slots of one exhibition between two dates, in start order. */
async function slotsBetween(
  deps: Pick<Deps, 'db' | 'clock'>,
  exhibition: CalendarExhibition,
  from: BusinessDate,
  to: BusinessDate,
  policy?: BookingPolicy,
): Promise<Slot[]> {
  const [rows, inForce] = await Promise.all([
    slots.listSlotsBetween(deps.db, exhibition.id, from, to),
    policy ?? policyOf(deps.db, exhibition.id),
  ]);
  const now = deps.clock.now();
  return rows.map((row) => toSlot(row, slotContextOf(exhibition, inForce), now));
}

const slotContextOf = (exhibition: CalendarExhibition, policy: BookingPolicy): SlotContext => ({
  branchId: exhibition.branchId,
  published: exhibition.published,
  readingRoom: exhibition.mode === 'READING_ROOM',
  policy,
});

/** Availability per day: 未开展 / 已结束 / 闭馆 / 未放票 / 约满 / 余量, from one query for slots and one for closures. */
export async function calendar(
  deps: Pick<Deps, 'db' | 'clock'>,
  exhibition: CalendarExhibition,
  policy: BookingPolicy,
  from: BusinessDate,
  days: number,
): Promise<CalendarDay[]> {
  const count = Math.min(Math.max(days, 1), MAX_CALENDAR_DAYS);
  const to = addDays(from, count - 1);
  const [daySlots, closures] = await Promise.all([
    slotsBetween(deps, exhibition, from, to, policy),
    listClosures(deps.db, exhibition.id, from, to),
  ]);
  return decideDays(from, count, {
    now: deps.clock.now(),
    slots: daySlots,
    closures: new Map(closures.map((c) => [c.visit_date, c.reason])),
    policy,
    exhibition,
  });
}

/**
 * The calendars of many exhibitions over the same days, in a fixed number of queries whatever their number (one
 * for slots, one for closures; the caller brings the policies): what a page of cards glances at.
 */
export async function calendarsOf(
  deps: Pick<Deps, 'db' | 'clock'>,
  exhibitions: readonly { exhibition: CalendarExhibition; policy: BookingPolicy }[],
  from: BusinessDate,
  days: number,
): Promise<CalendarDay[][]> {
  const count = Math.min(Math.max(days, 1), MAX_CALENDAR_DAYS);
  const to = addDays(from, count - 1);
  const ids = exhibitions.map((e) => e.exhibition.id);
  const [rows, closures] = await Promise.all([
    slots.listSlotsOfExhibitionsBetween(deps.db, ids, from, to),
    listClosuresOfExhibitions(deps.db, ids, from, to),
  ]);
  const now = deps.clock.now();
  return exhibitions.map(({ exhibition, policy }) => {
    const context = slotContextOf(exhibition, policy);
    return decideDays(from, count, {
      now,
      slots: rows.filter((r) => r.exhibition_id === exhibition.id).map((row) => toSlot(row, context, now)),
      closures: new Map(closures.filter((c) => c.exhibition_id === exhibition.id).map((c) => [c.visit_date, c.reason])),
      policy,
      exhibition,
    });
  });
}

/**
 * Each exhibition's booking at a glance over the next BOOKING_GLANCE_DAYS days (null for online exhibitions, which
 * need no booking), in the fixed number of queries of calendarsOf.
 */
export async function bookingGlances(
  deps: Pick<Deps, 'db' | 'clock'>,
  exhibitions: readonly { exhibition: CalendarExhibition; policy: BookingPolicy }[],
): Promise<(BookingGlance<number> | null)[]> {
  const onsite = exhibitions.filter((e) => e.exhibition.mode === 'ONSITE' && e.policy.bookingEnabled);
  const today = businessDateOf(deps.clock.now());
  const calendars = await calendarsOf(deps, onsite, today, BOOKING_GLANCE_DAYS);
  const glances = new Map(onsite.map((e, i) => [e.exhibition.id, bookingGlanceOf(calendars[i], e.exhibition)]));
  return exhibitions.map(({ exhibition }) => {
    if (exhibition.mode !== 'ONSITE') return null;
    // Online booking switched off: nothing to book whatever the slots say.
    return glances.get(exhibition.id) ?? { state: 'NONE', date: null, remaining: 0, releaseAt: null };
  });
}

export function slotsOfDay(
  deps: Pick<Deps, 'db' | 'clock'>,
  exhibition: CalendarExhibition,
  policy: BookingPolicy,
  date: BusinessDate,
): Promise<Slot[]> {
  return slotsBetween(deps, exhibition, date, date, policy);
}

// ---- staff operations on slots ---------------------------------------------------------------------------

function validReason(reason: string): string {
  return parseInput(closeReasonModel, reason, 'reason');
}

/**
 * Closes a slot. Returns the slot and whether this call closed it (the caller then cancels what the slot
 * held, once: a second close finds it closed already).
 */
export async function closeSlot(
  deps: Deps,
  actor: Actor | null,
  slotId: number,
  reason: string,
): Promise<{ slot: Slot; closedNow: boolean; reason: string }> {
  const slot = await requireManagedSlot(deps, actor, slotId);
  const trimmed = validReason(reason);
  const closedNow = await slots.closeSlotIfOpen(deps.db, slot.id, trimmed);
  return { slot: (await findSlot(deps, slot.id)) as Slot, closedNow, reason: trimmed };
}

/** Closes an exhibition for a day; returns its slots and those this call closed. */
export async function closeDay(
  deps: Deps,
  actor: Actor | null,
  exhibitionId: number,
  date: BusinessDate,
  reason: string,
): Promise<{ slots: Slot[]; closedNow: Slot[]; reason: string }> {
  const exhibition = await requireManagedExhibition(deps, actor, exhibitionId);
  const trimmed = validReason(reason);
  await insertClosure(deps.db, exhibitionId, date, trimmed, deps.clock.now());
  const closedNow: Slot[] = [];
  for (const slot of await slotsBetween(deps, exhibition, date, date)) {
    if (await slots.closeSlotIfOpen(deps.db, slot.id, trimmed)) closedNow.push(slot);
  }
  return { slots: await slotsBetween(deps, exhibition, date, date), closedNow, reason: trimmed };
}

/** Changes a slot's places; never below what is taken (the database decides, atomically). */
export async function changeSlotCapacity(
  deps: Deps,
  actor: Actor | null,
  input: { slotId: number; capacity: number; walkinQuota: number | null; groupQuota: number | null },
): Promise<Slot> {
  const slot = await requireManagedSlot(deps, actor, input.slotId);
  const counts = parseInput(placeCountsModel({ minCapacity: 0 }), {
    capacity: input.capacity,
    walkinQuota: input.walkinQuota ?? slot.walkinQuota,
    groupQuota: input.groupQuota ?? slot.groupQuota,
  });
  if (!(await slots.setCapacityIfFits(deps.db, slot.id, counts.capacity, counts.walkinQuota, counts.groupQuota))) {
    const fresh = (await findSlot(deps, slot.id)) as Slot;
    const taken = fresh.booked + fresh.offerHeld;
    throw taken > counts.capacity
      ? new CapacityBelowBookedError(taken, 'CAPACITY')
      : new CapacityBelowBookedError(fresh.groupBooked, 'GROUP_QUOTA');
  }
  return (await findSlot(deps, slot.id)) as Slot;
}
