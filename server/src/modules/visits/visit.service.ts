// The visit core every way of coming in shares (an individual booking, a group visit, a walk-in, a
// waiting-list offer taken up): bookings and their visitors as domain objects, writing a visit with its
// protected party, status transitions, the check-in primitives, no-show strikes and the suspension they
// lead to. Row types never leave this module.
import { randomBytes } from 'node:crypto';
import {
  type BookingKind,
  type BookingStatus,
  type CancelReason,
  DAY_MS,
  type DocumentType,
  idempotencyKeyModel,
  maskPhone,
  NO_SHOW_WINDOW_DAYS,
  normalizeDocumentNumber,
  SUSPENSION_DAYS,
  type Suspension,
  suspensionAt,
  type Visitor,
  type VisitorStatus,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/db-errors';
import type { Actor } from '../../platform/access/actor';
import { isBranchInScope } from '../../platform/access/branch-scope';
import { enqueueMessage } from '../../platform/outbox/outbox';
import { ticketToken } from '../../platform/pii/ticket';
import type { PersonalDataVault } from '../../platform/pii/vault';
import {
  maskedDocumentOf,
  maskedNameOf,
  type ProtectedVisitor,
  protectPhone,
} from '../../platform/pii/visitor-protection';
import type { Slot } from '../scheduling/slot.service';
import { BookingSuspendedError, DuplicateVisitorError } from './visit.errors';
import type { BookingRow, VisitorRow } from './visit.repository';
import * as visits from './visit.repository';

export interface BookingVisitor {
  id: number;
  bookingId: number;
  maskedName: string;
  /** Only for the booking's owner, who named these people (as museum apps show them); null for staff. */
  fullName: string | null;
  documentType: DocumentType;
  maskedDocumentNumber: string;
  isMinor: boolean;
  status: VisitorStatus;
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
  status: BookingStatus;
  maskedPhone: string | null;
  organization: string | null;
  maskedLeaderName: string | null;
  reviewNote: string | null;
  checkedInCount: number;
  checkedInAt: number | null;
  cancelledAt: number | null;
  cancelReason: CancelReason | null;
  createdAt: number;
  ticketToken: string | null;
  /** Whether the viewer is the owner of a standing visit, so tickets may be shown. */
  showTickets: boolean;
  /** Whether the viewer is the booking's own account (who may see its visitors' names in full). */
  viewerIsOwner: boolean;
}

export function toBooking(vault: PersonalDataVault, row: BookingRow, actor: Actor | null): Booking {
  const isOwner = actor?.accountId === row.account_id;
  const showTickets = isOwner && (row.status === 'CONFIRMED' || row.status === 'CHECKED_IN');
  return {
    id: row.id,
    reference: row.reference,
    kind: row.kind,
    accountId: row.account_id,
    exhibitionId: row.exhibition_id,
    slotId: row.slot_id,
    visitDate: row.visit_date,
    partySize: row.party_size,
    status: row.status,
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
    viewerIsOwner: isOwner,
  };
}

function toVisitor(vault: PersonalDataVault, v: VisitorRow, booking: Booking): BookingVisitor {
  return {
    id: v.id,
    bookingId: v.booking_id,
    maskedName: maskedNameOf(vault, v.name_cipher),
    fullName: booking.viewerIsOwner ? vault.decrypt(v.name_cipher) : null,
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
function rosterOf(booking: Booking, rows: VisitorRow[]): VisitorRow[] {
  const live = booking.kind === 'GROUP' && (booking.status === 'PENDING_REVIEW' || booking.status === 'CONFIRMED');
  return live ? rows.filter((v) => v.status !== 'CANCELLED') : rows;
}

/** The visitors of many bookings in one query (the GraphQL field batches per request). */
export async function visitorsOfBookings(
  deps: Pick<Deps, 'db' | 'vault'>,
  bookings: readonly Booking[],
): Promise<BookingVisitor[][]> {
  const rows = await visits.listVisitorsOfBookings(
    deps.db,
    bookings.map((b) => b.id),
  );
  return bookings.map((booking) =>
    rosterOf(
      booking,
      rows.filter((row) => row.booking_id === booking.id),
    ).map((row) => toVisitor(deps.vault, row, booking)),
  );
}

export async function loadBooking(deps: Pick<Deps, 'db' | 'vault'>, actor: Actor | null, id: number) {
  const row = await visits.findBookingById(deps.db, id);
  return row ? toBooking(deps.vault, row, actor) : null;
}

/** Must exist: for read-backs right after this request wrote the booking. */
export async function loadWrittenBooking(deps: Pick<Deps, 'db' | 'vault'>, actor: Actor | null, id: number) {
  const booking = await loadBooking(deps, actor, id);
  if (!booking) throw new Error(`booking ${id} vanished`);
  return booking;
}

/**
 * A booking its owner, or staff of its exhibition's archive, may read; anyone else gets nothing (not even
 * that it exists). `branchOfExhibition` answers which archive an exhibition belongs to.
 */
export async function readableBooking(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor | null,
  id: number,
  branchOfExhibition: (exhibitionId: number) => Promise<number | undefined>,
): Promise<Booking | null> {
  if (!actor) return null;
  const booking = await loadBooking(deps, actor, id);
  if (!booking) return null;
  if (booking.accountId === actor.accountId) return booking;
  if (actor.kind !== 'STAFF') return null;
  const branchId = await branchOfExhibition(booking.exhibitionId);
  return branchId !== undefined && isBranchInScope(actor, branchId) ? booking : null;
}

export async function bookingByIdempotencyKey(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor,
  key: string,
): Promise<Booking | null> {
  const row = await visits.findBookingByIdempotencyKey(deps.db, actor.accountId, key);
  return row ? toBooking(deps.vault, row, actor) : null;
}

export function validateIdempotencyKey(key: string) {
  return idempotencyKeyModel.safeParse(key).success ? [] : [{ path: 'idempotencyKey', message: '请求标识无效' }];
}

function newReference(): string {
  // Crockford-style alphabet without look-alikes; 10 characters ≈ 50 bits, unique index catches the rest.
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  return Array.from(randomBytes(10), (b) => alphabet[b % alphabet.length]).join('');
}

// ---- suspension ------------------------------------------------------------------------------------------

/** Strikes older than this cannot matter: a suspension needs them within the window, and lasts its days. */
const strikesSince = (now: number) => now - (NO_SHOW_WINDOW_DAYS + SUSPENSION_DAYS) * DAY_MS;

export async function suspensionOf(db: Executor, accountId: number, now: number): Promise<Suspension> {
  return suspensionAt(await visits.listStrikeTimes(db, accountId, strikesSince(now)), now);
}

/**
 * Before an online booking: the booking an earlier send of the same request made, if any, and the
 * account's suspension, from one query.
 */
export async function bookingAttemptContext(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor,
  idempotencyKey: string,
  now: number,
): Promise<{ previous: Booking | null; suspension: Suspension }> {
  const context = await visits.findBookingAttemptContext(deps.db, {
    accountId: actor.accountId,
    idempotencyKey,
    strikesSince: strikesSince(now),
  });
  const previous =
    context.previousBookingId === null ? null : await loadBooking(deps, actor, context.previousBookingId);
  return { previous, suspension: suspensionAt(context.strikeTimes, now) };
}

export function assertNoSuspension(s: Suspension): void {
  if (s.suspendedUntil !== null && s.suspendedFrom !== null) {
    throw new BookingSuspendedError(s.suspendedFrom, s.suspendedUntil);
  }
}

export async function assertNotSuspended(db: Executor, accountId: number, now: number): Promise<void> {
  assertNoSuspension(await suspensionOf(db, accountId, now));
}

// ---- writing visits --------------------------------------------------------------------------------------

export interface NewVisit {
  kind: BookingKind;
  accountId: number;
  slot: Slot;
  party: ProtectedVisitor[];
  status: BookingStatus;
  now: number;
  idempotencyKey?: string | null;
  phone?: string | null;
  organization?: string | null;
  leaderName?: string | null;
  /** Walk-ins are admitted as they are registered. */
  checkedInBy?: number | null;
}

/**
 * Writes a booking and its visitors. The caller has taken the places in the same transaction. The unique
 * index on live documents per exhibition and day is what refuses a second booking; its violation becomes
 * DuplicateVisitorError naming the document.
 */
export async function writeVisit(deps: Pick<Deps, 'db' | 'vault'>, visit: NewVisit): Promise<number> {
  return (await writeVisitRow(deps, visit)).id;
}

/** writeVisit, answering with the row as written (so a caller can show it without reading it back). */
async function writeVisitRow(deps: Pick<Deps, 'db' | 'vault'>, visit: NewVisit): Promise<BookingRow> {
  // Walk-ins are admitted as they are registered, by the member of staff who registers them.
  const admittedBy = visit.checkedInBy ?? null;
  const checkedIn = admittedBy !== null;
  const values = {
    reference: newReference(),
    kind: visit.kind,
    account_id: visit.accountId,
    exhibition_id: visit.slot.exhibitionId,
    slot_id: visit.slot.id,
    visit_date: visit.slot.visitDate,
    party_size: visit.party.length,
    status: visit.status,
    idempotency_key: visit.idempotencyKey ?? null,
    holder_phone_cipher: visit.phone ? protectPhone(deps.vault, visit.phone) : null,
    organization: visit.organization ?? null,
    leader_name_cipher: visit.leaderName ? deps.vault.encrypt(visit.leaderName.trim()) : null,
    checked_in_count: checkedIn ? visit.party.length : 0,
    checked_in_at: checkedIn ? visit.now : null,
    review_note: null,
    reviewed_by: null,
    reviewed_at: null,
    cancelled_at: null,
    cancel_reason: null,
    created_at: visit.now,
  } satisfies Omit<BookingRow, 'id'>;
  const id = await visits.insertBooking(deps.db, values);
  await writeParty(
    deps.db,
    id,
    visit.slot,
    visit.party,
    checkedIn ? 'CHECKED_IN' : (visit.status as VisitorStatus),
    checkedIn ? { now: visit.now, by: admittedBy } : null,
  );
  return { ...values, id };
}

async function writeParty(
  db: Executor,
  bookingId: number,
  slot: Slot,
  party: ProtectedVisitor[],
  status: VisitorStatus,
  /** Walk-ins: who admitted them, and when. */
  checkIn: { now: number; by: number } | null = null,
): Promise<void> {
  try {
    await visits.insertVisitors(
      db,
      party.map((p) => ({
        booking_id: bookingId,
        exhibition_id: slot.exhibitionId,
        visit_date: slot.visitDate,
        name_cipher: p.nameCipher,
        document_type: p.documentType,
        document_cipher: p.documentCipher,
        document_index: p.documentIndex,
        active_document_key: p.documentIndex,
        is_minor: p.isMinor ? 1 : 0,
        status,
        ...(checkIn ? { checked_in_at: checkIn.now, checked_in_by: checkIn.by } : {}),
      })),
    );
  } catch (error) {
    if (!isUniqueViolation(error, 'active_document_key')) throw error;
    const taken = await visits.findTakenDocumentKeys(
      db,
      slot.exhibitionId,
      slot.visitDate,
      party.map((p) => p.documentIndex),
    );
    const clash = party.find((p) => taken.includes(p.documentIndex)) ?? party[0];
    throw new DuplicateVisitorError(clash.maskedDocumentNumber, slot.visitDate);
  }
}

/**
 * Writes a confirmed individual booking and its confirmation message (a booking or an accepted offer), and
 * answers with the booking as written, for its owner.
 */
export async function writeConfirmedBooking(
  deps: Pick<Deps, 'db' | 'vault'>,
  owner: Actor,
  b: { slot: Slot; party: ProtectedVisitor[]; phone: string; idempotencyKey: string; now: number },
): Promise<Booking> {
  const row = await writeVisitRow(deps, { ...b, accountId: owner.accountId, kind: 'INDIVIDUAL', status: 'CONFIRMED' });
  const id = row.id;
  await enqueueMessage(
    deps.db,
    {
      accountId: owner.accountId,
      kind: 'BOOKING_CONFIRMED',
      dedupeKey: `booking-confirmed:${id}`,
      payload: { bookingId: id, slotStartAt: b.slot.startAt },
    },
    b.now,
  );
  return toBooking(deps.vault, row, owner);
}

/** Replaces a live group's roster (old rows are kept for the record and free their documents). */
export async function replaceParty(
  deps: Pick<Deps, 'db' | 'vault'>,
  booking: Booking,
  slot: Slot,
  party: ProtectedVisitor[],
): Promise<void> {
  await visits.retireVisitorsOfBooking(deps.db, booking.id);
  await writeParty(deps.db, booking.id, slot, party, booking.status as VisitorStatus);
  await visits.setPartySize(deps.db, booking.id, party.length);
}

/** One visitor of a booking as the owner's cancellation needs it; null if not of that booking. */
export async function visitorOfBooking(
  db: Executor,
  bookingId: number,
  visitorId: number,
): Promise<{ id: number; status: VisitorStatus } | null> {
  const row = await visits.findVisitorById(db, visitorId);
  return row && row.booking_id === bookingId ? { id: row.id, status: row.status } : null;
}

/**
 * The people of a booking, decrypted, to book them again (再次预约): those still on it, or, for a booking called
 * off as a whole, everyone it had. Only for the booking's own account: the caller checks ownership.
 */
export async function partyToBookAgain(deps: Pick<Deps, 'db' | 'vault'>, bookingId: number): Promise<Visitor[]> {
  const rows = await visits.listVisitorsOfBookings(deps.db, [bookingId]);
  const remaining = rows.filter((v) => v.status !== 'CANCELLED');
  return (remaining.length > 0 ? remaining : rows).map((v) => ({
    name: deps.vault.decrypt(v.name_cipher),
    documentType: v.document_type as DocumentType,
    documentNumber: deps.vault.decrypt(v.document_cipher),
  }));
}

// ---- status changes --------------------------------------------------------------------------------------

/** Cancels a booking if it still has one of the expected statuses, freeing its visitors' documents. */
export async function cancelVisit(
  db: Executor,
  bookingId: number,
  from: readonly BookingStatus[],
  cancel: { reason: CancelReason; now: number },
): Promise<boolean> {
  const changed = await visits.transitionBooking(db, bookingId, from, {
    status: 'CANCELLED',
    cancelled_at: cancel.now,
    cancel_reason: cancel.reason,
  });
  if (changed) await visits.cancelVisitorsOfBooking(db, bookingId);
  return changed;
}

/** Records a late cancellation or a no-show against the account (once per booking). */
/**
 * One strike against the account for a booking (a no-show, or a cancellation after the cutoff). The strike that
 * completes a run starts a suspension now: the citizen is told once, with its end.
 */
export async function recordStrike(
  db: Executor,
  booking: Pick<Booking, 'accountId' | 'id'>,
  reason: 'NO_SHOW' | 'LATE_CANCEL',
  now: number,
): Promise<void> {
  await visits.insertStrike(db, booking.accountId, booking.id, reason, now);
  const suspension = await suspensionOf(db, booking.accountId, now);
  if (suspension.suspendedFrom === now && suspension.suspendedUntil !== null) {
    await enqueueMessage(
      db,
      {
        accountId: booking.accountId,
        kind: 'BOOKING_SUSPENDED',
        dedupeKey: `suspension:${booking.accountId}:${now}`,
        payload: { suspendedFrom: now, suspendedUntil: suspension.suspendedUntil },
      },
      now,
    );
  }
}

/** A group's review: approval confirms its visitors; refusal frees their documents. False if reviewed already. */
export async function settleGroupReview(
  db: Executor,
  bookingId: number,
  review: { approve: boolean; reviewerId: number | null; note: string | null; now: number },
): Promise<boolean> {
  const changed = await visits.transitionBooking(db, bookingId, ['PENDING_REVIEW'], {
    status: review.approve ? 'CONFIRMED' : 'REJECTED',
    reviewed_by: review.reviewerId,
    reviewed_at: review.now,
    review_note: review.note,
    ...(review.approve ? {} : { cancelled_at: review.now, cancel_reason: 'REJECTED' as const }),
  });
  if (!changed) return false;
  if (review.approve) await visits.setVisitorsStatus(db, bookingId, 'PENDING_REVIEW', 'CONFIRMED');
  else await visits.cancelVisitorsOfBooking(db, bookingId);
  return true;
}

/** Cancels every live booking of a slot the archive closed, telling each citizen once. */
export async function cancelVisitsOfClosedSlot(
  deps: Pick<Deps, 'db' | 'clock'>,
  slotId: number,
  reason: string,
): Promise<number> {
  const now = deps.clock.now();
  let cancelled = 0;
  for (const booking of await visits.listLiveBookingsOfSlot(deps.db, slotId)) {
    if (!(await cancelVisit(deps.db, booking.id, ['CONFIRMED', 'PENDING_REVIEW'], { reason: 'SLOT_CLOSED', now })))
      continue;
    cancelled++;
    await enqueueMessage(
      deps.db,
      {
        accountId: booking.account_id,
        kind: 'BOOKING_CANCELLED_BY_ARCHIVE',
        dedupeKey: `slot-closed:${booking.id}`,
        payload: { bookingId: booking.id, reason },
      },
      now,
    );
  }
  return cancelled;
}

// ---- lists -----------------------------------------------------------------------------------------------

export async function bookingsOfAccount(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor,
  q: { list: 'UPCOMING' | 'PAST' | 'CANCELLED'; today: string; offset: number; limit: number },
): Promise<Booking[]> {
  const rows = await visits.listBookingsOfAccount(deps.db, actor.accountId, q);
  return rows.map((row) => toBooking(deps.vault, row, actor));
}

export async function bookingsOfSlot(deps: Pick<Deps, 'db' | 'vault'>, actor: Actor, slotId: number) {
  return (await visits.listBookingsOfSlot(deps.db, slotId)).map((row) => toBooking(deps.vault, row, actor));
}

export async function groupBookings(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor,
  q: { status: BookingStatus; fromDate: string; branchId: number | null },
): Promise<Booking[]> {
  const rows = await visits.listGroupBookings(deps.db, { ...q, limit: 100 });
  return rows.map((row) => toBooking(deps.vault, row, actor));
}

// ---- at the door -----------------------------------------------------------------------------------------

export interface DoorVisitor {
  id: number;
  bookingId: number;
  status: VisitorStatus;
  checkedInAt: number | null;
}

const toDoorVisitor = (row: VisitorRow): DoorVisitor => ({
  id: row.id,
  bookingId: row.booking_id,
  status: row.status,
  checkedInAt: row.checked_in_at,
});

export async function findDoorVisitor(db: Executor, visitorId: number): Promise<DoorVisitor | null> {
  const row = await visits.findVisitorById(db, visitorId);
  return row ? toDoorVisitor(row) : null;
}

/** The visitor holding this document in a booking of exactly this slot. */
export async function findDoorVisitorOfSlot(db: Executor, slotId: number, documentIndex: string) {
  const row = await visits.findVisitorOfSlotByDocument(db, slotId, documentIndex);
  return row ? toDoorVisitor(row) : null;
}

/** Counts people on the booking; the visitors' own conditional updates decided who, so it must fit. */
async function countOnBooking(db: Executor, bookingId: number, people: number, now: number) {
  if (!(await visits.recordBookingCheckIn(db, bookingId, people, now))) {
    throw new Error(`booking ${bookingId}: check-in count would pass the party size`);
  }
}

/** Checks one visitor in if still confirmed, and counts them on the booking; false if already in. */
export async function admitVisitor(db: Executor, visitor: DoorVisitor, now: number, staffId: number) {
  return (await admitChosenVisitors(db, visitor.bookingId, [visitor.id], now, staffId)).length === 1;
}

/**
 * When someone else checked in this visitor (or the booking's first person), as last committed: for the answer to
 * a door that lost the race.
 */
export async function latestCheckInAt(db: Executor, bookingId: number, visitorId: number | null) {
  const times = await visits.findCheckInTimesLatest(db, bookingId, visitorId);
  return visitorId === null ? times.booking : times.visitor;
}

/** Checks in everyone still expected on a booking; returns the ids of those who came in. */
export async function admitParty(db: Executor, bookingId: number, now: number, staffId: number): Promise<number[]> {
  return admitChosenVisitors(db, bookingId, await visits.listConfirmedVisitorIds(db, bookingId), now, staffId);
}

/**
 * Checks in some visitors of a booking (a party arriving split: 2 of 4 now, the rest later); those already in
 * or not confirmed are skipped. Returns the ids admitted by this call.
 */
export async function admitChosenVisitors(
  db: Executor,
  bookingId: number,
  visitorIds: readonly number[],
  now: number,
  staffId: number,
): Promise<number[]> {
  const admitted = await visits.checkInChosenVisitors(db, bookingId, visitorIds, now, staffId);
  if (admitted.length > 0) await countOnBooking(db, bookingId, admitted.length, now);
  return admitted;
}

/** Takes back a recent check-in (at or after `since`) of one visitor and its count; false if not allowed. */
export async function undoVisitorCheckIn(db: Executor, visitor: DoorVisitor, since: number): Promise<boolean> {
  if (!(await visits.undoRecentVisitorCheckIn(db, visitor.id, since))) return false;
  if (!(await visits.withdrawBookingCheckIn(db, visitor.bookingId))) {
    throw new Error(`booking ${visitor.bookingId}: no check-in to withdraw`);
  }
  return true;
}

/** Who a visitor is, in full: only for the door, which shows it to match the ID card and records that it did. */
export interface DoorIdentity {
  visitorId: number;
  bookingId: number;
  fullName: string;
  maskedName: string;
  documentType: DocumentType;
  /** Upper case, no spaces: what the audit log hashes. */
  documentNumber: string;
  status: VisitorStatus;
}

/** The visitors of a booking as the door identifies them (the live roster of a group). */
export async function doorIdentitiesOf(deps: Pick<Deps, 'db' | 'vault'>, bookingId: number): Promise<DoorIdentity[]> {
  const rows = await visits.listVisitorsOfBookings(deps.db, [bookingId]);
  return rows.map((v) => ({
    visitorId: v.id,
    bookingId: v.booking_id,
    fullName: deps.vault.decrypt(v.name_cipher),
    maskedName: maskedNameOf(deps.vault, v.name_cipher),
    documentType: v.document_type as DocumentType,
    documentNumber: normalizeDocumentNumber(v.document_type as DocumentType, deps.vault.decrypt(v.document_cipher)),
    status: v.status,
  }));
}

/** People of a slot at the door, counted by the database (right whichever door admitted them). */
export async function doorFiguresOfSlot(db: Executor, slotId: number) {
  const n = await visits.countDoorFigures(db, slotId);
  return { booked: n.confirmed + n.checkedIn + n.noShow, arrived: n.checkedIn, remaining: n.confirmed };
}

/**
 * The bookings of a slot matching a search: a visitor's or leader's name (part of it), the contact phone's
 * last digits, or the reference. Names and phones are encrypted, so the slot's few hundred rows are read and
 * compared here; nothing but masked data leaves.
 */
export async function searchBookingsOfSlot(
  deps: Pick<Deps, 'db' | 'vault'>,
  actor: Actor,
  slotId: number,
  search: string,
): Promise<Booking[]> {
  const rows = await visits.listBookingsOfSlot(deps.db, slotId);
  const needle = search.replace(/\s+/g, '').toUpperCase();
  if (!needle) return rows.map((row) => toBooking(deps.vault, row, actor));
  const visitorRows = await visits.listVisitorsOfBookings(
    deps.db,
    rows.map((r) => r.id),
  );
  const digits = /^\d{3,11}$/.test(needle);
  const matches = (row: BookingRow) => {
    if (row.reference.toUpperCase().includes(needle)) return true;
    if (digits && row.holder_phone_cipher && deps.vault.decrypt(row.holder_phone_cipher).endsWith(needle)) return true;
    if (row.leader_name_cipher && deps.vault.decrypt(row.leader_name_cipher).includes(needle)) return true;
    return visitorRows.some((v) => v.booking_id === row.id && deps.vault.decrypt(v.name_cipher).includes(needle));
  };
  return rows.filter(matches).map((row) => toBooking(deps.vault, row, actor));
}

/**
 * Admits `people` of a group at once, atomically against its size (two scanners cannot over-admit), and
 * marks as many roster members checked in, so statistics and the no-show job count the same heads.
 */
export async function admitGroupHeadcount(
  db: Executor,
  bookingId: number,
  people: number,
  now: number,
  staffId: number,
): Promise<boolean> {
  if (!(await visits.admitGroupHeadcount(db, bookingId, people, now))) return false;
  await visits.checkInFirstConfirmedVisitors(db, bookingId, people, now, staffId);
  return true;
}

/** Visitors checked in per slot, for staff views listing many slots. */
export async function checkedInCounts(db: Executor, slotIds: readonly number[]): Promise<number[]> {
  const counts = await visits.countCheckedInBySlot(db, slotIds);
  return slotIds.map((id) => counts.get(id) ?? 0);
}

/**
 * After a slot ends: its confirmed visitors become no-shows, and each booking in which nobody came earns
 * its account one strike and a message. The caller has claimed the slot, so this runs once per slot.
 */
export async function markNoShowsOfSlot(db: Executor, slotId: number, now: number): Promise<void> {
  for (const booking of await visits.markNoShowsOfSlot(db, slotId)) {
    if (booking.kind === 'WALK_IN') continue;
    await enqueueMessage(
      db,
      {
        accountId: booking.account_id,
        kind: 'BOOKING_NO_SHOW',
        dedupeKey: `no-show:${booking.id}`,
        payload: { bookingId: booking.id },
      },
      now,
    );
    await recordStrike(db, { accountId: booking.account_id, id: booking.id }, 'NO_SHOW', now);
  }
}

// ---- notifications ---------------------------------------------------------------------------------------

/** What a notification about a booking names, and whether it still stands (the delivery worker asks). */
export interface BookingNoticeSubject {
  id: number;
  accountId: number;
  slotId: number;
  exhibitionId: number;
  status: BookingStatus;
}

export async function bookingNoticeSubjects(db: Executor, ids: readonly number[]): Promise<BookingNoticeSubject[]> {
  return (await visits.findBookingsByIds(db, ids)).map((row) => ({
    id: row.id,
    accountId: row.account_id,
    slotId: row.slot_id,
    exhibitionId: row.exhibition_id,
    status: row.status,
  }));
}

/** The confirmed bookings of a visit date, each to be reminded the day before. */
export async function bookingsToRemindOn(db: Executor, visitDate: string) {
  return (await visits.listConfirmedBookingsOn(db, visitDate)).map((b) => ({ id: b.id, accountId: b.account_id }));
}

/** The bookings' contact phones in full, by booking id, in one query; for staff who record why they read them. */
export async function bookingHolderPhones(
  deps: Pick<Deps, 'db' | 'vault'>,
  bookingIds: readonly number[],
): Promise<Map<number, string | null>> {
  const rows = await visits.findBookingsByIds(deps.db, bookingIds);
  return new Map(
    rows.map((row) => [row.id, row.holder_phone_cipher ? deps.vault.decrypt(row.holder_phone_cipher) : null]),
  );
}
