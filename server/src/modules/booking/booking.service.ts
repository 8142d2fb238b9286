// Citizen bookings: the rules of who may book which slot when, taking capacity atomically, idempotent
// retries, cancellation with the no-show cutoff, suspensions, and the e-ticket.

import { randomBytes } from 'node:crypto';
import {
  type BookingPolicy,
  bookingClosesAt,
  businessDateOf,
  cancelCutoffAt,
  DAY_MS,
  type DocumentType,
  isWeeklyClosedDay,
  maskPhone,
  NO_SHOW_WINDOW_DAYS,
  releaseInstantOf,
  SUSPENSION_DAYS,
  type Suspension,
  suspensionAt,
  walkinReleaseAt,
} from '@zz/shared';
import type { AppServices, Context, Viewer } from '../../context';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../lib/db-errors';
import type { PersonalDataVault } from '../../lib/pii';
import { inTransaction } from '../../lib/transaction';
import { InputValidationError } from '../common/errors';
import { requireViewer } from '../common/viewer';
import { findExhibitionById } from '../exhibitions/exhibition.repository';
import {
  findPublishedSlotWithPolicy,
  findSlot,
  releaseGroupPlaces,
  releasePlaces,
  type SlotRow,
  takeOnlinePlaces,
} from '../slots/slot.repository';
import { loadPolicy, toPolicy } from '../slots/slot.service';
import {
  BookingClosedError,
  BookingNotCancellableError,
  BookingNotFoundError,
  BookingNotOpenYetError,
  BookingSuspendedError,
  DuplicateVisitorError,
  SlotClosedError,
  SlotFullError,
  SlotNotFoundError,
} from './booking.errors';
import {
  type BookingRow,
  cancelVisitorsOfBooking,
  deleteFrequentVisitor,
  enqueueNotification,
  findBookingById,
  findBookingByIdempotencyKey,
  insertBooking,
  insertFrequentVisitors,
  insertStrike,
  insertVisitors,
  listBookingsOfAccount,
  listFrequentVisitors,
  listStrikeTimes,
  transitionBooking,
  type VisitorRow,
} from './booking.repository';
import {
  maskedDocumentOf,
  maskedNameOf,
  type ProtectedVisitor,
  protectPhone,
  protectVisitor,
  type VisitorInput,
  validatePhone,
  validateVisitors,
} from './party';
import { ticketToken } from './ticket';
import { offerFreedPlaces } from './waitlist.service';

export type BookingKind = 'INDIVIDUAL' | 'GROUP' | 'WALK_IN';
export type BookingStatusValue = 'CONFIRMED' | 'PENDING_REVIEW' | 'REJECTED' | 'CANCELLED' | 'CHECKED_IN' | 'NO_SHOW';

export interface BookingVisitor {
  id: number;
  bookingId: number;
  maskedName: string;
  documentType: DocumentType;
  maskedDocumentNumber: string;
  isMinor: boolean;
  status: string;
  checkedInAt: number | null;
  /** Only for the booking's owner. */
  ticketToken: string | null;
}

export interface Booking {
  id: number;
  reference: string;
  kind: BookingKind;
  accountId: number;
  exhibitionId: number;
  slotId: number;
  visitDate: string;
  partySize: number;
  status: BookingStatusValue;
  maskedPhone: string | null;
  organization: string | null;
  maskedLeaderName: string | null;
  reviewNote: string | null;
  checkedInCount: number;
  checkedInAt: number | null;
  cancelledAt: number | null;
  cancelReason: string | null;
  createdAt: number;
  ticketToken: string | null;
  /** Whether the viewer is the owner of a standing visit, so tickets may be shown. */
  showTickets: boolean;
}

export function toBooking(vault: PersonalDataVault, row: BookingRow, viewer: Viewer | null): Booking {
  const isOwner = viewer?.accountId === row.account_id;
  const showTickets = isOwner && (row.status === 'CONFIRMED' || row.status === 'CHECKED_IN');
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind as BookingKind,
    accountId: row.account_id,
    exhibitionId: row.exhibition_id,
    slotId: row.slot_id,
    visitDate: row.visit_date,
    partySize: row.party_size,
    status: row.status as BookingStatusValue,
    maskedPhone: row.holder_phone_cipher ? maskPhone(vault.decrypt(row.holder_phone_cipher)) : null,
    organization: row.organization,
    maskedLeaderName: row.leader_name_cipher ? maskedNameOf(vault, row.leader_name_cipher) : null,
    reviewNote: row.review_note,
    checkedInCount: row.checked_in_count,
    checkedInAt: row.checked_in_at,
    cancelledAt: row.cancelled_at,
    cancelReason: row.cancel_reason,
    createdAt: row.created_at,
    ticketToken: showTickets ? ticketToken(vault, { kind: 'BOOKING', id: row.id }) : null,
    showTickets,
  };
}

export function toVisitor(vault: PersonalDataVault, v: VisitorRow, booking: Booking): BookingVisitor {
  return {
    id: v.id,
    bookingId: v.booking_id,
    maskedName: maskedNameOf(vault, v.name_cipher),
    documentType: v.document_type as DocumentType,
    maskedDocumentNumber: maskedDocumentOf(vault, v.document_cipher),
    isMinor: v.is_minor === 1,
    status: v.status,
    checkedInAt: v.checked_in_at,
    // A group checks in with the leader's booking ticket and a headcount, so members get none.
    ticketToken:
      booking.showTickets && booking.kind !== 'GROUP' && (v.status === 'CONFIRMED' || v.status === 'CHECKED_IN')
        ? ticketToken(vault, { kind: 'VISITOR', id: v.id })
        : null,
  };
}

/** A live group's replaced roster entries are kept for the record but are not part of the booking any more. */
export function rosterOf(booking: Booking, rows: VisitorRow[]): VisitorRow[] {
  const live = booking.kind === 'GROUP' && (booking.status === 'PENDING_REVIEW' || booking.status === 'CONFIRMED');
  return live ? rows.filter((v) => v.status !== 'CANCELLED') : rows;
}

/** Visitors are loaded lazily by the GraphQL field (batched per request), so bookings map without a query. */
export function loadBookings(services: AppServices, rows: BookingRow[], viewer: Viewer | null): Booking[] {
  return rows.map((row) => toBooking(services.vault, row, viewer));
}

export async function loadBooking(services: AppServices, db: Executor, id: number, viewer: Viewer | null) {
  const row = await findBookingById(db, id);
  return row ? toBooking(services.vault, row, viewer) : null;
}
export function newReference(): string {
  // Crockford-style alphabet without look-alikes; 10 characters ≈ 50 bits, unique index catches the rest.
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

export function validateIdempotencyKey(key: string) {
  return /^[A-Za-z0-9_-]{8,64}$/.test(key) ? [] : [{ path: 'idempotencyKey', message: '请求标识无效' }];
}

/** The rules that decide whether a slot can be booked online right now. */
export function assertSlotBookable(slot: SlotRow, policy: BookingPolicy, now: number): void {
  if (slot.status !== 'OPEN') throw new SlotClosedError(slot.closed_reason);
  if (!policy.bookingEnabled || isWeeklyClosedDay(slot.visit_date, policy)) throw new SlotClosedError(null);
  const opensAt = releaseInstantOf(slot.visit_date, policy);
  if (now < opensAt) throw new BookingNotOpenYetError(opensAt);
  const closesAt = bookingClosesAt(slot.start_at, policy);
  if (now >= closesAt) throw new BookingClosedError(closesAt);
}

export async function suspensionOf(db: Executor, accountId: number, now: number): Promise<Suspension> {
  const since = now - (NO_SHOW_WINDOW_DAYS + SUSPENSION_DAYS) * DAY_MS;
  return suspensionAt(await listStrikeTimes(db, accountId, since), now);
}

export function assertNoSuspension(s: Suspension): void {
  if (s.suspendedUntil !== null && s.suspendedFrom !== null) {
    throw new BookingSuspendedError(s.suspendedFrom, s.suspendedUntil);
  }
}

export async function assertNotSuspended(db: Executor, accountId: number, now: number): Promise<void> {
  assertNoSuspension(await suspensionOf(db, accountId, now));
}

/** A slot of a published exhibition with that exhibition's booking policy (one query), or SlotNotFoundError. */
export async function findBookableSlot(
  db: Executor,
  slotId: number,
): Promise<{ slot: SlotRow; policy: BookingPolicy }> {
  const found = await findPublishedSlotWithPolicy(db, slotId);
  if (!found) throw new SlotNotFoundError();
  return { slot: found.slot, policy: toPolicy(found.policy) };
}

export function remainingOnline(slot: SlotRow, policy: BookingPolicy, now: number): number {
  const held = now < walkinReleaseAt(slot.start_at, policy) ? Math.max(slot.walkin_quota - slot.walkin_used, 0) : 0;
  return Math.max(slot.capacity - slot.booked - slot.offer_held - held, 0);
}

export function visitorRows(
  bookingId: number,
  slot: SlotRow,
  party: ProtectedVisitor[],
  status: string,
): Parameters<typeof insertVisitors>[1] {
  return party.map((p) => ({
    booking_id: bookingId,
    exhibition_id: slot.exhibition_id,
    visit_date: slot.visit_date,
    name_cipher: p.nameCipher,
    document_type: p.documentType,
    document_cipher: p.documentCipher,
    document_index: p.documentIndex,
    active_document_key: p.documentIndex,
    is_minor: p.isMinor ? 1 : 0,
    status,
  }));
}

/**
 * Inserts the visitors; the unique index on live documents per exhibition and day is what refuses a
 * second booking, and its violation becomes DuplicateVisitorError naming the document.
 */
export async function insertPartyOrExplain(
  trx: Executor,
  db: Executor,
  bookingId: number,
  slot: SlotRow,
  party: ProtectedVisitor[],
  status: string,
): Promise<void> {
  try {
    await insertVisitors(trx, visitorRows(bookingId, slot, party, status));
  } catch (error) {
    if (!isUniqueViolation(error, 'active_document_key')) throw error;
    const taken = await db
      .selectFrom('booking_visitor')
      .select('active_document_key')
      .where('exhibition_id', '=', slot.exhibition_id)
      .where('visit_date', '=', slot.visit_date)
      .where(
        'active_document_key',
        'in',
        party.map((p) => p.documentIndex),
      )
      .execute();
    const clash = party.find((p) => taken.some((t) => t.active_document_key === p.documentIndex)) ?? party[0];
    throw new DuplicateVisitorError(clash.maskedDocumentNumber, slot.visit_date);
  }
}

/**
 * Writes a confirmed individual booking, its visitors and the confirmation notice. The caller has already
 * taken the places on the slot in the same transaction.
 */
export async function insertConfirmedBooking(
  trx: Executor,
  vault: PersonalDataVault,
  b: {
    accountId: number;
    slot: SlotRow;
    party: ProtectedVisitor[];
    phone: string;
    idempotencyKey: string;
    now: number;
  },
): Promise<number> {
  const id = await insertBooking(trx, {
    reference: newReference(),
    kind: 'INDIVIDUAL',
    account_id: b.accountId,
    exhibition_id: b.slot.exhibition_id,
    slot_id: b.slot.id,
    visit_date: b.slot.visit_date,
    party_size: b.party.length,
    status: 'CONFIRMED',
    idempotency_key: b.idempotencyKey,
    holder_phone_cipher: protectPhone(vault, b.phone),
    created_at: b.now,
  });
  await insertPartyOrExplain(trx, trx, id, b.slot, b.party, 'CONFIRMED');
  await enqueueNotification(trx, {
    accountId: b.accountId,
    kind: 'BOOKING_CONFIRMED',
    dedupeKey: `booking-confirmed:${id}`,
    payload: { bookingId: id, slotStartAt: b.slot.start_at },
    now: b.now,
  });
  return id;
}

export interface CreateBookingInput {
  slotId: number;
  visitors: VisitorInput[];
  phone: string;
  idempotencyKey: string;
  saveVisitors: boolean;
}

export async function createBooking(ctx: Context, input: CreateBookingInput): Promise<Booking> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  // A retry of a request that already succeeded returns that booking, whatever changed since.
  const keyErrors = validateIdempotencyKey(input.idempotencyKey);
  if (keyErrors.length === 0) {
    const previous = await findBookingByIdempotencyKey(ctx.db, viewer.accountId, input.idempotencyKey);
    if (previous) return toBooking(ctx.vault, previous, viewer);
  }
  const [{ slot, policy }, suspension] = await Promise.all([
    findBookableSlot(ctx.db, input.slotId),
    suspensionOf(ctx.db, viewer.accountId, now),
  ]);
  const errors = [
    ...keyErrors,
    ...validateVisitors(input.visitors, { min: 1, max: policy.maxVisitors }),
    ...validatePhone(input.phone),
  ];
  if (errors.length > 0) throw new InputValidationError(errors);
  assertSlotBookable(slot, policy, now);
  assertNoSuspension(suspension);

  const party = input.visitors.map((v) => protectVisitor(ctx.vault, v, slot.visit_date));
  const walkinCutoff = now + policy.walkinReleaseMinutes * 60_000;
  try {
    const bookingId = await inTransaction(ctx.db, async (trx) => {
      if (!(await takeOnlinePlaces(trx, slot.id, party.length, walkinCutoff))) {
        const fresh = await findSlot(trx, slot.id);
        if (fresh && fresh.status !== 'OPEN') throw new SlotClosedError(fresh.closed_reason);
        throw new SlotFullError(fresh ? remainingOnline(fresh, policy, now) : 0);
      }
      const id = await insertConfirmedBooking(trx, ctx.vault, {
        accountId: viewer.accountId,
        slot,
        party,
        phone: input.phone,
        idempotencyKey: input.idempotencyKey,
        now,
      });
      if (input.saveVisitors) await saveFrequentVisitors(trx, viewer.accountId, party, now);
      return id;
    });
    return (await loadBooking(ctx, ctx.db, bookingId, viewer)) as Booking;
  } catch (error) {
    // Two retries of one request raced: the loser returns the winner's booking.
    if (isUniqueViolation(error, 'idempotency_key')) {
      const winner = await findBookingByIdempotencyKey(ctx.db, viewer.accountId, input.idempotencyKey);
      if (winner) return toBooking(ctx.vault, winner, viewer);
    }
    throw error;
  }
}

async function saveFrequentVisitors(db: Executor, accountId: number, party: ProtectedVisitor[], now: number) {
  await insertFrequentVisitors(
    db,
    party.map((p) => ({
      account_id: accountId,
      name_cipher: p.nameCipher,
      document_type: p.documentType,
      document_cipher: p.documentCipher,
      document_index: p.documentIndex,
      created_at: now,
    })),
  );
}

/** Cancels a citizen's own booking; after the cutoff it still cancels but counts as a no-show. */
export async function cancelBooking(ctx: Context, bookingId: number): Promise<Booking> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const booking = await findBookingById(ctx.db, bookingId);
  if (!booking || booking.account_id !== viewer.accountId || booking.kind === 'WALK_IN')
    throw new BookingNotFoundError();
  const slot = await findSlot(ctx.db, booking.slot_id);
  if (!slot) throw new BookingNotFoundError();
  if (now >= slot.start_at) throw new BookingNotCancellableError(booking.status);
  const policy = await loadPolicy(ctx.db, slot.exhibition_id);
  const late = booking.kind === 'INDIVIDUAL' && now > cancelCutoffAt(slot.start_at, policy);
  const cancellable = booking.kind === 'GROUP' ? ['PENDING_REVIEW', 'CONFIRMED'] : ['CONFIRMED'];

  await inTransaction(ctx.db, async (trx) => {
    const changed = await transitionBooking(trx, booking.id, cancellable, {
      status: 'CANCELLED',
      cancelled_at: now,
      cancel_reason: late ? 'LATE_CITIZEN' : 'CITIZEN',
    });
    if (!changed) throw new BookingNotCancellableError(booking.status);
    await cancelVisitorsOfBooking(trx, booking.id);
    if (booking.kind === 'GROUP') {
      await releaseGroupPlaces(trx, slot.id, booking.party_size);
    } else {
      await releasePlaces(trx, slot.id, booking.party_size);
      if (late) await insertStrike(trx, booking.account_id, booking.id, 'LATE_CANCEL', now);
      await offerFreedPlaces(trx, slot.id, policy, now);
    }
  });
  return (await loadBooking(ctx, ctx.db, booking.id, viewer)) as Booking;
}

export async function myBookings(ctx: Context, when: 'UPCOMING' | 'PAST', page: { offset: number; limit: number }) {
  const viewer = requireViewer(ctx);
  const today = businessDateOf(ctx.clock.now());
  const rows = await listBookingsOfAccount(ctx.db, viewer.accountId, {
    upcomingFrom: when === 'UPCOMING' ? today : null,
    pastBefore: when === 'PAST' ? today : null,
    ...page,
  });
  return loadBookings(ctx, rows, viewer);
}

/** A booking its owner, or staff, may read; anyone else gets nothing (not even that it exists). */
export async function readableBooking(ctx: Context, id: number): Promise<Booking | null> {
  const booking = await loadBooking(ctx, ctx.db, id, ctx.viewer);
  if (!booking || !ctx.viewer) return null;
  if (booking.accountId === ctx.viewer.accountId) return booking;
  if (ctx.viewer.kind !== 'STAFF') return null;
  // Staff read bookings of their own archive's exhibitions; admins read all.
  if (ctx.viewer.role === 'ADMIN') return booking;
  const exhibition = await findExhibitionById(ctx.db, booking.exhibitionId);
  return exhibition?.branch_id === ctx.viewer.branchId ? booking : null;
}

export interface FrequentVisitor {
  id: number;
  maskedName: string;
  documentType: DocumentType;
  maskedDocumentNumber: string;
}

export async function frequentVisitors(ctx: Context): Promise<FrequentVisitor[]> {
  const viewer = requireViewer(ctx);
  const rows = await listFrequentVisitors(ctx.db, viewer.accountId);
  return rows.map((r) => ({
    id: r.id,
    maskedName: maskedNameOf(ctx.vault, r.name_cipher),
    documentType: r.document_type as DocumentType,
    maskedDocumentNumber: maskedDocumentOf(ctx.vault, r.document_cipher),
  }));
}

export async function addFrequentVisitor(ctx: Context, visitor: VisitorInput): Promise<FrequentVisitor[]> {
  const viewer = requireViewer(ctx);
  // One visitor, so the paths name its fields directly (visitor.documentNumber).
  const errors = validateVisitors([visitor], { min: 1, max: 1, path: 'visitor' }).map((e) => ({
    ...e,
    path: e.path.replace(/^visitor\.0\./, 'visitor.'),
  }));
  if (errors.length > 0) throw new InputValidationError(errors);
  const today = businessDateOf(ctx.clock.now());
  await saveFrequentVisitors(ctx.db, viewer.accountId, [protectVisitor(ctx.vault, visitor, today)], ctx.clock.now());
  return frequentVisitors(ctx);
}

export async function removeFrequentVisitor(ctx: Context, id: number): Promise<FrequentVisitor[]> {
  const viewer = requireViewer(ctx);
  await deleteFrequentVisitor(ctx.db, viewer.accountId, id);
  return frequentVisitors(ctx);
}

/**
 * Books with saved visitors without sending their documents again: the server decrypts its own copies.
 * This is what makes "a family books in three taps" possible while responses stay masked.
 */
export async function visitorsFromFrequent(ctx: Context, ids: number[]): Promise<VisitorInput[]> {
  const viewer = requireViewer(ctx);
  const rows = await listFrequentVisitors(ctx.db, viewer.accountId);
  return ids.map((id, i) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw InputValidationError.single(`frequentVisitorIds.${i}`, '常用参观人不存在');
    return {
      name: ctx.vault.decrypt(row.name_cipher),
      documentType: row.document_type as DocumentType,
      documentNumber: ctx.vault.decrypt(row.document_cipher),
    };
  });
}
