// Individual bookings by citizens: who may book which slot when, taking places atomically, idempotent
// retries, cancellation with the no-show cutoff, and the citizen's own list.
import { businessDateOf, normalizeDocumentNumber } from '@zz/shared';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { RerunTransaction } from '../../db/executor';
import { InputValidationError } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { requireActor, requireCitizen } from '../../platform/access/guards';
import {
  protectVisitor,
  type VisitorInput,
  validatePhone,
  validateVisitors,
} from '../../platform/pii/visitor-protection';
import { SlotClosedError, SlotFullError } from '../scheduling/scheduling.errors';
import {
  assertSlotBookable,
  findSlot,
  releaseGroupPlaces,
  releasePlaces,
  requirePublishedSlot,
  type Slot,
  takeOnlinePlaces,
  withPlacesTaken,
} from '../scheduling/slot.service';
import { saveFrequentVisitors } from './frequent-visitor.service';
import { BookingNotCancellableError, BookingNotFoundError } from './visit.errors';
import {
  assertNoSuspension,
  type Booking,
  bookingAttemptContext,
  bookingsOfAccount,
  cancelVisit,
  loadBooking,
  loadWrittenBooking,
  recordStrike,
  validateIdempotencyKey,
  writeConfirmedBooking,
} from './visit.service';

export interface CreateBookingInput {
  slotId: number;
  /** Visitors typed in; field errors are reported at `visitors.{i}` of this list. */
  visitors: VisitorInput[];
  /** Saved frequent visitors (already decrypted by frequentVisitorsForBooking); counted with `visitors`. */
  savedVisitors: VisitorInput[];
  phone: string;
  idempotencyKey: string;
  saveVisitors: boolean;
}

/**
 * Books a slot for the citizen's party. The capacity update is the only arbiter of places; the caller's
 * transaction makes the booking, its visitors and its message appear together or not at all. A retry of a
 * request that already succeeded returns that booking, whatever changed since. Answers with the booking and
 * the slot as this booking left it, so the response needs no read-back of either.
 */
export async function createBooking(
  deps: Deps,
  actor: Actor | null,
  input: CreateBookingInput,
): Promise<{ booking: Booking; slot: Slot }> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const keyErrors = validateIdempotencyKey(input.idempotencyKey);
  const [slot, context] = await Promise.all([
    requirePublishedSlot(deps, input.slotId),
    bookingAttemptContext(deps, citizen, keyErrors.length === 0 ? input.idempotencyKey : '', now),
  ]);
  if (context.previous) return { booking: context.previous, slot };
  const errors = [...keyErrors, ...partyErrors(input, slot.policy.maxVisitors), ...validatePhone(input.phone)];
  if (errors.length > 0) throw new InputValidationError(errors);
  assertSlotBookable(slot, now);
  assertNoSuspension(context.suspension);

  const everyone = [...input.savedVisitors, ...input.visitors];
  const party = everyone.map((v) => protectVisitor(deps.vault, v, slot.visitDate));
  if (!(await takeOnlinePlaces(deps.db, slot, party.length, now))) {
    const fresh = await findSlot(deps, slot.id);
    if (fresh && fresh.status !== 'OPEN') throw new SlotClosedError(fresh.closedReason);
    throw new SlotFullError(fresh?.remaining ?? 0);
  }
  let booking: Booking;
  try {
    booking = await writeConfirmedBooking(deps, citizen, {
      slot,
      party,
      phone: input.phone,
      idempotencyKey: input.idempotencyKey,
      now,
    });
  } catch (error) {
    // Two sends of one request raced and the other committed first: run again, and the rerun answers with
    // the booking it made.
    if (isUniqueViolation(error, 'idempotency_key')) throw new RerunTransaction('idempotency key taken');
    throw error;
  }
  if (input.saveVisitors && input.visitors.length > 0) {
    await saveFrequentVisitors(deps, citizen, party.slice(input.savedVisitors.length));
  }
  return { booking, slot: withPlacesTaken(slot, party.length, now) };
}

/**
 * The party of an online booking or a waiting-list entry: typed visitors and chosen saved ones together
 * within the policy's size. Paths index the `visitors` list the client sent, so a form can put each
 * message beside its own field.
 */
export function partyErrors(party: { visitors: VisitorInput[]; savedVisitors: VisitorInput[] }, max: number) {
  const count = party.visitors.length + party.savedVisitors.length;
  const key = (v: VisitorInput) => `${v.documentType}:${normalizeDocumentNumber(v.documentType, v.documentNumber)}`;
  const saved = new Set(party.savedVisitors.map(key));
  return [
    ...(count < 1 || count > max ? [{ path: 'visitors', message: `参观人数应为1–${max}人` }] : []),
    ...validateVisitors(party.visitors, { min: 0, max: party.visitors.length }),
    // A typed visitor who is also one of the chosen saved visitors.
    ...party.visitors.flatMap((v, i) =>
      saved.has(key(v)) ? [{ path: `visitors.${i}.documentNumber`, message: '同一证件不能重复添加' }] : [],
    ),
  ];
}

/**
 * Cancels a citizen's own booking; after the cutoff it still cancels but counts as a no-show. Returns the
 * booking and, for an individual booking, the slot whose places were freed (for the waiting list).
 */
export async function cancelBooking(
  deps: Deps,
  actor: Actor | null,
  bookingId: number,
): Promise<{ booking: Booking; freedSlotId: number | null }> {
  const owner = requireActor(actor);
  const now = deps.clock.now();
  const booking = await loadBooking(deps, owner, bookingId);
  if (!booking || booking.accountId !== owner.accountId || booking.kind === 'WALK_IN') throw new BookingNotFoundError();
  const slot = await findSlot(deps, booking.slotId);
  if (!slot) throw new BookingNotFoundError();
  if (now >= slot.startAt) throw new BookingNotCancellableError(booking.status);
  const late = booking.kind === 'INDIVIDUAL' && now > slot.cancelDeadline;
  const cancellable = booking.kind === 'GROUP' ? (['PENDING_REVIEW', 'CONFIRMED'] as const) : (['CONFIRMED'] as const);
  if (!(await cancelVisit(deps.db, booking.id, cancellable, { reason: late ? 'LATE_CITIZEN' : 'CITIZEN', now }))) {
    throw new BookingNotCancellableError(booking.status);
  }
  let freedSlotId: number | null = null;
  if (booking.kind === 'GROUP') {
    await releaseGroupPlaces(deps.db, slot.id, booking.partySize);
  } else {
    await releasePlaces(deps.db, slot.id, booking.partySize);
    if (late) await recordStrike(deps.db, booking, 'LATE_CANCEL', now);
    freedSlotId = slot.id;
  }
  return { booking: await loadWrittenBooking(deps, owner, booking.id), freedSlotId };
}

export function myBookings(
  deps: Deps,
  actor: Actor | null,
  when: 'UPCOMING' | 'PAST',
  page: { offset: number; limit: number },
): Promise<Booking[]> {
  const owner = requireActor(actor);
  const today = businessDateOf(deps.clock.now());
  return bookingsOfAccount(deps, owner, {
    upcomingFrom: when === 'UPCOMING' ? today : null,
    pastBefore: when === 'PAST' ? today : null,
    ...page,
  });
}
