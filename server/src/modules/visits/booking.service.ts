// Individual bookings by citizens: who may book which slot when, taking places atomically, idempotent
// retries, cancellation with the no-show cutoff, and the citizen's own list.
import { bookingModel, businessDateOf, documentKeyOf, type Visitor, type VisitorInput } from '@zz/shared';
import type { AppServices, Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { RerunTransaction } from '../../db/executor';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor } from '../../platform/access/actor';
import { requireActor, requireCitizen } from '../../platform/access/guards';
import { type ProtectedVisitor, protectVisitor } from '../../platform/pii/visitor-protection';
import { ATTEMPT_WINDOW_SECONDS, enforceRateLimits } from '../../platform/runtime/rate-limit';
import { assertVisitorConsent, hasCurrentPrivacyConsent, requirePrivacyConsent } from '../privacy/privacy.service';
import { SlotFullError } from '../scheduling/scheduling.errors';
import {
  assertSlotBookable,
  findSlot,
  releaseGroupPlaces,
  releasePlaces,
  requirePublishedSlot,
  type Slot,
  takeOnlinePlacesOrRefuse,
  withPlacesTaken,
} from '../scheduling/slot.service';
import { saveFrequentVisitors } from './frequent-visitor.service';
import { BookingNotCancellableError, BookingNotFoundError, VisitorNotCancellableError } from './visit.errors';
import { cancelConfirmedVisitor, dropOneFromParty } from './visit.repository';
import {
  assertNoSuspension,
  type Booking,
  bookingAttemptContext,
  bookingByIdempotencyKey,
  bookingsOfAccount,
  cancelVisit,
  loadBooking,
  loadWrittenBooking,
  partyToBookAgain,
  recordStrike,
  validateIdempotencyKey,
  visitorOfBooking,
  writeConfirmedBooking,
} from './visit.service';

/** A party as sent: typed visitors, chosen saved ones, and the phone that hears about the booking. */
export interface PartyInput {
  /** Visitors typed in, unchecked; field errors are reported at `visitors.{i}` of this list. */
  visitors: VisitorInput[];
  frequentVisitorIds: number[];
  /** The chosen saved visitors, decrypted (frequentVisitorsForBooking); checked when they were saved. */
  savedVisitors: Visitor[];
  phone: string;
}

export interface CreateBookingInput extends PartyInput {
  slotId: number;
  idempotencyKey: string;
  saveVisitors: boolean;
  /** The account holder confirms the typed visitors agreed to be saved; required with saveVisitors. */
  visitorsConsent?: boolean | null;
}

/**
 * A booking attempt after its checks: either the answer of an earlier send of the same request, or what
 * to write. Planning reads without locks and outside any transaction, so the transaction that follows is
 * short: it starts by taking the places, which is the only arbiter.
 */
export type BookingPlan =
  | { kind: 'ALREADY_BOOKED'; booking: Booking; slot: Slot }
  | {
      kind: 'TO_BOOK';
      citizen: Actor;
      slot: Slot;
      party: ProtectedVisitor[];
      /** How many of `party` were typed in (they come after the saved ones) and are to be saved. */
      toSave: number;
      /** The account holder's confirmation that those to save agreed (checked when planned). */
      visitorsConsent: boolean;
      phone: string;
      idempotencyKey: string;
    };

/** Phase one of a booking: the checks, from reads that take no lock. */
/**
 * Counts one booking attempt (createBooking, joinWaitlist, requestGroupVisit) against its account's and its client
 * address's per-minute limits, before anything is read: at a release a script tapping hundreds of times a second is
 * refused at the cost of a counter, and the database serves the citizens. Shared by every process through Redis
 * when REDIS_URL is set. Retries of one request count too: a phone retries a few times, not hundreds.
 */
export async function admitBookingAttempt(
  ctx: Pick<AppServices, 'rateLimiter' | 'config'>,
  actor: Actor | null,
  clientAddress: string,
): Promise<void> {
  const citizen = requireCitizen(actor);
  const limits = ctx.config.attemptLimits;
  await enforceRateLimits(ctx.rateLimiter, [
    {
      key: `booking:account:${citizen.accountId}`,
      limit: limits.bookingPerAccount,
      windowSeconds: ATTEMPT_WINDOW_SECONDS,
    },
    { key: `booking:address:${clientAddress}`, limit: limits.bookingPerAddress, windowSeconds: ATTEMPT_WINDOW_SECONDS },
  ]);
}

export async function planBooking(deps: Deps, actor: Actor | null, input: CreateBookingInput): Promise<BookingPlan> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const keyErrors = validateIdempotencyKey(input.idempotencyKey);
  const [slot, context] = await Promise.all([
    requirePublishedSlot(deps, input.slotId),
    bookingAttemptContext(deps, citizen, keyErrors.length === 0 ? input.idempotencyKey : '', now),
  ]);
  // A retry of a request that already succeeded returns that booking, whatever changed since (a withdrawn consent
  // included).
  if (context.previous) return { kind: 'ALREADY_BOOKED', booking: context.previous, slot };
  if (keyErrors.length > 0) throw new InputValidationError(keyErrors);
  const { visitors, typed, phone } = parseParty(input, slot.policy.maxVisitors, businessDateOf(now));
  const toSave = input.saveVisitors ? typed.length : 0;
  if (toSave > 0) assertVisitorConsent(input.visitorsConsent);
  assertSlotBookable(slot, now);
  assertNoSuspension(context.suspension);
  // A read without a lock already shows there is no room: answer at once, without queueing for the slot's row lock
  // behind those still booking. Room in this read proves nothing: the conditional update decides.
  if (slot.remaining < visitors.length) throw new SlotFullError(slot.remaining);
  // Read only for an attempt that may book: at a release the 900 told "full" cost one statement less each.
  requirePrivacyConsent(await hasCurrentPrivacyConsent(deps, citizen.accountId));
  return {
    kind: 'TO_BOOK',
    citizen,
    slot,
    party: visitors.map((v) => protectVisitor(deps.vault, v, slot.visitDate)),
    toSave,
    visitorsConsent: toSave > 0,
    phone,
    idempotencyKey: input.idempotencyKey,
  };
}

/**
 * Phase two, in the mutation's transaction: take the places (a conditional update, so nothing can
 * overbook), then write the booking, its visitors and its message. Answers with the booking and the slot as
 * this booking left it, so the response needs no read-back of either. When a racing send of the same
 * request committed first, the idempotency index refuses this one: IdempotentRetryError, and the caller
 * answers with that booking (bookingOfRetry) once this transaction has rolled back.
 */
export async function executeBooking(
  deps: Deps,
  plan: Extract<BookingPlan, { kind: 'TO_BOOK' }>,
): Promise<{ booking: Booking; slot: Slot }> {
  const { slot, party, citizen } = plan;
  const now = deps.clock.now();
  let booking: Booking;
  try {
    booking = await writeConfirmedBooking(deps, citizen, {
      slot,
      party,
      phone: plan.phone,
      idempotencyKey: plan.idempotencyKey,
      now,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'idempotency_key')) throw new IdempotentRetryError();
    throw error;
  }
  if (plan.toSave > 0) {
    await saveFrequentVisitors(deps, citizen, party.slice(party.length - plan.toSave), plan.visitorsConsent);
  }
  // Last, just before commit: the slot's row stays locked from this update to the commit only. When the places
  // do not fit, the refusal rolls back what was written above.
  await takeOnlinePlacesOrRefuse(deps, slot, party.length, now);
  return { booking, slot: withPlacesTaken(slot, party.length, now) };
}

/** A racing send of the same booking request committed first (see executeBooking). */
export class IdempotentRetryError extends Error {
  constructor() {
    super('a racing send of the same booking request committed first');
    this.name = 'IdempotentRetryError';
  }
}

/** The booking a racing send of the same request made (read after this attempt rolled back). */
export async function bookingOfRetry(deps: Deps, plan: Extract<BookingPlan, { kind: 'TO_BOOK' }>) {
  const booking = await bookingByIdempotencyKey(deps, plan.citizen, plan.idempotencyKey);
  if (!booking) throw new Error('the racing booking is not visible');
  return { booking, slot: plan.slot };
}

/**
 * The party of an online booking or a waiting-list entry, parsed with the shared booking model (the form's):
 * saved and typed visitors together within the policy's size, typed ones reported at `visitors.{i}` as sent,
 * a typed visitor who is also a chosen saved one refused. Saved visitors come first.
 */
export function parseParty(input: PartyInput, maxVisitors: number, today: string) {
  // Saved visitors beyond the chosen frequent ones (再次预约's earlier party) count like them; one chosen both
  // ways comes once.
  const savedVisitors = input.savedVisitors.filter(
    (v, i) => input.savedVisitors.findIndex((w) => documentKeyOf(w) === documentKeyOf(v)) === i,
  );
  const parsed = parseInput(bookingModel({ maxVisitors, today }), {
    frequentVisitorIds: savedVisitors.map((_, i) => String(input.frequentVisitorIds[i] ?? `earlier-${i}`)),
    visitors: input.visitors,
    phone: input.phone,
  });
  const saved = new Set(savedVisitors.map(documentKeyOf));
  const clashes = parsed.visitors.flatMap((v, i) =>
    saved.has(documentKeyOf(v)) ? [{ path: `visitors.${i}.documentNumber`, message: '同一证件不能重复添加' }] : [],
  );
  if (clashes.length > 0) throw new InputValidationError(clashes);
  return { visitors: [...savedVisitors, ...parsed.visitors], typed: parsed.visitors, phone: parsed.phone };
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
  // Read after the transition, which locked the row: visitors cancelled one by one meanwhile have already given
  // their places back and left the party size.
  const cancelled = await loadWrittenBooking(deps, owner, booking.id);
  let freedSlotId: number | null = null;
  if (booking.kind === 'GROUP') {
    await releaseGroupPlaces(deps.db, slot.id, cancelled.partySize);
  } else {
    await releasePlaces(deps.db, slot.id, cancelled.partySize);
    if (late) await recordStrike(deps.db, booking, 'LATE_CANCEL', now);
    freedSlotId = slot.id;
  }
  return { booking: cancelled, freedSlotId };
}

/**
 * Cancels one visitor of a citizen's own individual booking (取消此人), under the whole cancellation's rules: not
 * once the slot has started, and after the cutoff it counts as a no-show (one strike per booking). It frees
 * exactly one place, which the caller offers to the waiting list as a whole cancellation's are. The last visitor
 * cancelled cancels the booking. A visitor already cancelled answers with the booking as it is (a second tap, a
 * retry). Groups change their roster through 修改团体名单 instead, where their size rules apply.
 */
export async function cancelBookingVisitor(
  deps: Deps,
  actor: Actor | null,
  ids: { bookingId: number; visitorId: number },
): Promise<{ booking: Booking; freedSlotId: number | null }> {
  const owner = requireActor(actor);
  const now = deps.clock.now();
  const booking = await loadBooking(deps, owner, ids.bookingId);
  if (!booking || booking.accountId !== owner.accountId || booking.kind === 'WALK_IN') throw new BookingNotFoundError();
  const visitor = await visitorOfBooking(deps.db, booking.id, ids.visitorId);
  if (!visitor) throw new BookingNotFoundError();
  if (visitor.status === 'CANCELLED') return { booking, freedSlotId: null };
  if (booking.kind === 'GROUP') throw new VisitorNotCancellableError('GROUP_ROSTER');
  if (visitor.status !== 'CONFIRMED') throw new VisitorNotCancellableError('VISITOR_STATUS');
  const slot = await findSlot(deps, booking.slotId);
  if (!slot) throw new BookingNotFoundError();
  if (now >= slot.startAt) throw new BookingNotCancellableError(booking.status);
  const late = now > slot.cancelDeadline;
  if (!(await cancelConfirmedVisitor(deps.db, booking.id, visitor.id))) {
    // A racing cancellation (of this visitor or the whole booking) came first: run again to answer as it left it.
    throw new RerunTransaction('visitor cancelled concurrently');
  }
  if (!(await dropOneFromParty(deps.db, booking.id))) {
    // The last one: the booking goes as a whole cancellation would (its other visitors are cancelled already).
    const reason = late ? 'LATE_CITIZEN' : 'CITIZEN';
    if (!(await cancelVisit(deps.db, booking.id, ['CONFIRMED'], { reason, now }))) {
      throw new BookingNotCancellableError(booking.status);
    }
  }
  await releasePlaces(deps.db, slot.id, 1);
  if (late) await recordStrike(deps.db, booking, 'LATE_CANCEL', now);
  return { booking: await loadWrittenBooking(deps, owner, booking.id), freedSlotId: slot.id };
}

/** 我的预约's tabs: 待参观, 历史 (attended, missed, or past), 已取消. */
export function myBookings(
  deps: Deps,
  actor: Actor | null,
  list: 'UPCOMING' | 'PAST' | 'CANCELLED',
  page: { offset: number; limit: number },
): Promise<Booking[]> {
  const owner = requireActor(actor);
  return bookingsOfAccount(deps, owner, { list, today: businessDateOf(deps.clock.now()), ...page });
}

/**
 * 再次预约: the party of an earlier booking of the same account, decrypted, to be booked like saved visitors
 * (the documents were checked when first booked and never leave the server). Anyone else's booking is not found.
 */
export async function partyOfEarlierBooking(deps: Deps, actor: Actor | null, bookingId: number): Promise<Visitor[]> {
  const citizen = requireCitizen(actor);
  const booking = await loadBooking(deps, citizen, bookingId);
  if (!booking || booking.accountId !== citizen.accountId || booking.kind !== 'INDIVIDUAL') {
    throw new BookingNotFoundError();
  }
  return partyToBookAgain(deps, booking.id);
}
