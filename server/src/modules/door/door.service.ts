// At the door: scanned tickets, manual check-in by document, group headcounts, walk-in registration (现场
// 登记), the day's roster, and the scheduled marking of no-shows after a slot ends.
import {
  businessDateOf,
  type DocumentType,
  documentNumberMessage,
  type EntryWindow,
  entryRefusalAt,
  entryRefusalText,
  entryWindowOf,
  formatBusinessDateTime,
  MINUTE_MS,
  overrideReasonModel,
  placesLeftForWalkIns,
  type VisitorInput,
  walkInModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor, StaffActor } from '../../platform/access/actor';
import { assertBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { type AuditSource, recordAudit } from '../../platform/audit/audit-log';
import { readTicketToken } from '../../platform/pii/ticket';
import { documentIndexOf, protectVisitor } from '../../platform/pii/visitor-protection';
import { SlotClosedError, SlotFullError } from '../scheduling/scheduling.errors';
import {
  claimNoShowMarking,
  findSlot,
  requireManagedSlot,
  type Slot,
  takeWalkinPlaces,
} from '../scheduling/slot.service';
import {
  admitChosenVisitors,
  admitGroupHeadcount,
  admitParty,
  type Booking,
  bookingsOfSlot,
  type DoorIdentity,
  type DoorVisitor,
  doorFiguresOfSlot,
  doorIdentitiesOf,
  findDoorVisitor,
  findDoorVisitorOfSlot,
  latestCheckInAt,
  loadBooking,
  loadWrittenBooking,
  markNoShowsOfSlot,
  searchBookingsOfSlot,
  undoVisitorCheckIn,
  writeVisit,
} from '../visits/visit.service';
import {
  CheckInUndoRefusedError,
  OutsideEntryWindowError,
  type RefusedParty,
  TicketRejectedError,
} from './door.errors';
import * as scans from './door.repository';

/** Why a walk-in cannot take a reading-room seat, as staff read it. */
export const READING_ROOM_NO_WALKINS = '阅览室座位仅供查档预约，不能现场登记';

/** A visitor the door admitted, in full: staff match the name and the document's last 4 digits to the ID card. */
export interface RevealedVisitor {
  visitorId: number;
  name: string;
  documentType: DocumentType;
  documentTail: string;
}

export interface CheckInResult {
  booking: Booking;
  /** People admitted by this check-in. */
  admitted: number;
  slotStartAt: number;
  /** Who was admitted by name (not for a group's headcount, which counts heads). */
  revealed: RevealedVisitor[];
  /** The answer to a scan id the server had applied already (an offline queue sent twice). */
  replayed: boolean;
}

/** An offline scan: the device's id for it and the device's time of scanning. */
export interface DeviceScan {
  scanId: string;
  scannedAt: number;
}

/** Where an audited door action came from (the request's id and address). */
export interface DoorRequest {
  source: AuditSource;
  /** The device's scan, for scans queued offline and sent later; null for a live scan. */
  scan?: DeviceScan | null;
}

/** A device clock a little ahead of the server's is tolerated; a scan further in the future is refused. */
const DEVICE_CLOCK_SKEW_MS = 2 * MINUTE_MS;

/** The instant a check-in happened: now, or the device's scan time within its bounds. */
function scanInstant(deps: Pick<Deps, 'clock'>, scan: DeviceScan | null | undefined): number {
  const now = deps.clock.now();
  if (!scan) return now;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(scan.scanId)) throw InputValidationError.single('scanId', '扫码记录标识无效');
  if (!Number.isFinite(scan.scannedAt) || scan.scannedAt > now + DEVICE_CLOCK_SKEW_MS) {
    throw InputValidationError.single('scannedAt', '扫码时间晚于服务器时间，请校准设备时间');
  }
  // Bounded below by the slot's day: the window rule refuses a scan from another day as WRONG_DAY.
  return Math.min(scan.scannedAt, now);
}

/** The masked name and size of the party a refusal is about: the visitor scanned, else the first of the party. */
function partyOf(booking: Booking, identities: DoorIdentity[], visitor: DoorVisitor | null): RefusedParty {
  const named = visitor ? identities.find((i) => i.visitorId === visitor.id) : identities[0];
  return { maskedName: booking.maskedLeaderName ?? named?.maskedName ?? null, partySize: booking.partySize };
}

/** Why this booking cannot be admitted at `at`, or null: its status, then the entry window every way in shares. */
function rejectionFor(booking: Booking, slot: Slot, at: number, party: RefusedParty): TicketRejectedError | null {
  const window = entryWindowOf(slot, slot.policy);
  const reject = (reason: TicketRejectedError['reason'], message: string, w: EntryWindow | null = null) =>
    new TicketRejectedError(reason, message, null, booking.visitDate, slot.startAt, party, w);
  if (booking.status === 'CANCELLED' || booking.status === 'REJECTED')
    return reject('CANCELLED', '该预约已取消，不能入馆');
  if (booking.status === 'PENDING_REVIEW') return reject('NOT_CONFIRMED', '该团体预约尚未通过审核');
  const refusal = entryRefusalAt(slot, window, at);
  return refusal ? reject(refusal, entryRefusalText(refusal, slot, window), window) : null;
}

function alreadyCheckedIn(at: number | null, party: RefusedParty | null = null): TicketRejectedError {
  return new TicketRejectedError(
    'ALREADY_CHECKED_IN',
    `已于 ${at ? formatBusinessDateTime(at) : '此前'} 核验入馆`,
    at,
    null,
    null,
    party,
  );
}

/** The last 4 characters of a document number: what the door shows beside the full name. */
const tailOf = (documentNumber: string) => documentNumber.slice(-4);

/**
 * Shows who came in and records that it did, in the same transaction as the check-in (its last step): one audit
 * row per person revealed, with the keyed hash of their document; a group's headcount reveals nobody.
 */
async function revealAdmitted(
  deps: Deps,
  staff: StaffActor,
  request: DoorRequest,
  identities: DoorIdentity[],
  booking: Booking,
  admittedIds: readonly number[],
  detail: Record<string, string | number | boolean | null>,
  override: CheckInOverride | null = null,
): Promise<RevealedVisitor[]> {
  const admitted = identities.filter((i) => admittedIds.includes(i.visitorId));
  const target = { kind: 'BOOKING', id: booking.id };
  const source = request.source;
  // 特殊放行 is its own action, with the reason staff gave, so the log tells it from an ordinary admission.
  const action = override ? 'BOOKING_CHECK_IN_OVERRIDE' : 'BOOKING_CHECKED_IN';
  const reason = override?.reason ?? null;
  if (admitted.length === 0) {
    await recordAudit(deps, { action, result: 'OK', actor: staff, target, reason, detail, source });
    return [];
  }
  for (const person of admitted) {
    await recordAudit(deps, {
      action,
      result: 'OK',
      reason,
      actor: staff,
      target,
      person: { kind: 'document', value: person.documentNumber },
      revealedFields: ['VISITOR_NAME', 'DOCUMENT_NUMBER_TAIL'],
      detail: { ...detail, visitorId: person.visitorId },
      source,
    });
  }
  return admitted.map((p) => ({
    visitorId: p.visitorId,
    name: p.fullName,
    documentType: p.documentType,
    documentTail: tailOf(p.documentNumber),
  }));
}

/** 特殊放行: staff admit a party the entry window refuses (too early or too late that day), saying why. */
export interface CheckInOverride {
  reason: string;
}

/** Window refusals an override may pass: the right day, the wrong time. Another day is never admitted. */
const OVERRIDABLE: ReadonlySet<TicketRejectedError['reason']> = new Set(['TOO_EARLY', 'TOO_LATE']);

/**
 * Admits a booking (everyone still expected; a group leader's ticket admits `headcount` people, counted
 * against the roster), with `visitor` that one visitor, or with `chosen` those visitors of the party (a party
 * arriving split). The caller has checked branch scope.
 */
async function admit(
  deps: Deps,
  staff: StaffActor,
  request: DoorRequest,
  found: { booking: Booking; slot: Slot; visitor: DoorVisitor | null; chosen?: readonly number[] },
  headcount: number | null,
  override: CheckInOverride | null = null,
): Promise<CheckInResult> {
  const { booking, slot, visitor } = found;
  const at = scanInstant(deps, request.scan);
  const scan = request.scan ?? null;
  if (scan) {
    const replay = await replayOf(deps, staff, request, scan, booking);
    if (replay) return replay;
  }
  const identities = await doorIdentitiesOf(deps, booking.id);
  const party = partyOf(booking, identities, visitor);
  if (visitor?.status === 'CHECKED_IN') throw alreadyCheckedIn(visitor.checkedInAt, party);
  if (visitor?.status === 'CANCELLED')
    throw new TicketRejectedError('CANCELLED', '该参观人的预约已取消', null, null, null, party);
  const rejection = rejectionFor(booking, slot, at, party);
  // An override passes only the window's time of day; a cancelled, unconfirmed or other day's booking stays out.
  if (rejection && !(override && OVERRIDABLE.has(rejection.reason))) throw rejection;

  let admittedIds: number[] = [];
  let admitted: number;
  if (visitor || found.chosen) {
    admittedIds = await admitChosenVisitors(
      deps.db,
      booking.id,
      visitor ? [visitor.id] : (found.chosen ?? []),
      at,
      staff.accountId,
    );
    if (admittedIds.length === 0) {
      throw alreadyCheckedIn(await latestCheckInAt(deps.db, booking.id, visitor?.id ?? null), party);
    }
    admitted = admittedIds.length;
  } else if (booking.kind === 'GROUP') {
    const remaining = booking.partySize - booking.checkedInCount;
    if (remaining <= 0) throw alreadyCheckedIn(booking.checkedInAt, party);
    const count = headcount ?? remaining;
    if (!Number.isInteger(count) || count < 1 || count > remaining) {
      throw InputValidationError.single('headcount', `入馆人数应为1–${remaining}`);
    }
    if (!(await admitGroupHeadcount(deps.db, booking.id, count, at, staff.accountId))) {
      throw alreadyCheckedIn(booking.checkedInAt, party);
    }
    admitted = count;
  } else {
    admittedIds = await admitParty(deps.db, booking.id, at, staff.accountId);
    admitted = admittedIds.length;
    if (admitted === 0) throw alreadyCheckedIn(await latestCheckInAt(deps.db, booking.id, null), party);
  }
  if (scan) await rememberScan(deps, staff, scan, booking, admittedIds, admitted, at);
  const revealed = await revealAdmitted(
    deps,
    staff,
    request,
    identities,
    booking,
    admittedIds,
    { admitted, offline: scan !== null, ...(override ? { window: rejection?.reason ?? null } : {}) },
    override,
  );
  return {
    booking: await loadWrittenBooking(deps, staff, booking.id),
    admitted,
    slotStartAt: slot.startAt,
    revealed,
    replayed: false,
  };
}

/** The first outcome of a scan id already applied (by this member of staff), or null if it is new. */
async function replayOf(
  deps: Deps,
  staff: StaffActor,
  request: DoorRequest,
  scan: DeviceScan,
  booking: Booking,
): Promise<CheckInResult | null> {
  const previous = await scans.findScanForUpdate(deps.db, scan.scanId);
  if (!previous) return null;
  if (previous.staff_account_id !== staff.accountId || previous.booking_id !== booking.id) {
    throw InputValidationError.single('scanId', '扫码记录标识已被其他扫码使用');
  }
  const ids = previous.visitor_ids ? previous.visitor_ids.split(',').map(Number) : [];
  const identities = await doorIdentitiesOf(deps, booking.id);
  const revealed = await revealAdmitted(deps, staff, request, identities, booking, ids, {
    admitted: previous.admitted,
    replayed: true,
  });
  const slot = (await findSlot(deps, booking.slotId)) as Slot;
  return { booking, admitted: previous.admitted, slotStartAt: slot.startAt, revealed, replayed: true };
}

/** Remembers an applied scan. Two sends racing: the unique id refuses the second, whose transaction rolls back. */
async function rememberScan(
  deps: Deps,
  staff: StaffActor,
  scan: DeviceScan,
  booking: Booking,
  visitorIds: readonly number[],
  admitted: number,
  at: number,
): Promise<void> {
  try {
    await scans.insertScan(deps.db, {
      scan_id: scan.scanId,
      staff_account_id: staff.accountId,
      booking_id: booking.id,
      visitor_ids: visitorIds.join(','),
      admitted,
      scanned_at: at,
      applied_at: deps.clock.now(),
    });
  } catch (error) {
    if (!isUniqueViolation(error, 'scan_id')) throw error;
    // The rival send admitted the same people first; this one changes nothing.
    throw alreadyCheckedIn(at);
  }
}

/** What a ticket admits: the visitor of a visitor's ticket, else the booking's party. */
async function findTicket(deps: Deps, staff: StaffActor, token: string) {
  const subject = readTicketToken(deps.vault, token);
  if (!subject) throw new TicketRejectedError('INVALID', '无效的电子票二维码');
  const visitor = subject.kind === 'VISITOR' ? await findDoorVisitor(deps.db, subject.id) : null;
  const bookingId = subject.kind === 'VISITOR' ? visitor?.bookingId : subject.id;
  const booking = bookingId === undefined ? null : await loadBooking(deps, staff, bookingId);
  if (!booking) throw new TicketRejectedError('NOT_FOUND', '未找到该电子票对应的预约');
  const slot = await findSlot(deps, booking.slotId);
  if (!slot) throw new TicketRejectedError('NOT_FOUND', '未找到该电子票对应的场次');
  // Staff of one archive check in only their own archive's visitors (administrators everywhere).
  assertBranchInScope(staff, slot.branchId);
  return { booking, slot, visitor };
}

/** Checks in a scanned ticket: a visitor's ticket admits that visitor, a booking's ticket its party. */
export async function checkInTicket(
  deps: Deps,
  actor: Actor | null,
  token: string,
  headcount: number | null,
  request: DoorRequest,
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
  return admit(deps, staff, request, await findTicket(deps, staff, token), headcount);
}

/**
 * For visitors without a phone: staff type the document number and the blind index finds the visit in
 * this slot. The slot's archive is checked before anything is looked up, so staff of another archive learn
 * nothing about who booked there.
 */
export async function checkInByDocument(
  deps: Deps,
  actor: Actor | null,
  input: DocumentAtDoor,
  request: DoorRequest,
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
  return admit(deps, staff, request, await findByDocument(deps, staff, input), null);
}

/** A document number typed at the desk, for one slot. */
export interface DocumentAtDoor {
  slotId: number;
  documentType: DocumentType;
  documentNumber: string;
}

async function findByDocument(deps: Deps, staff: StaffActor, input: DocumentAtDoor) {
  const slot = await findSlot(deps, input.slotId);
  if (!slot) throw new TicketRejectedError('NOT_FOUND', '场次不存在');
  assertBranchInScope(staff, slot.branchId);
  // Typed at the desk: the same document rules as at booking, so a typo is named rather than "not found".
  const problem = documentNumberMessage(input.documentType, input.documentNumber);
  if (problem) throw InputValidationError.single('documentNumber', problem);
  const index = documentIndexOf(deps.vault, input.documentType, input.documentNumber);
  const visitor = await findDoorVisitorOfSlot(deps.db, slot.id, index);
  const booking = visitor ? await loadBooking(deps, staff, visitor.bookingId) : null;
  if (!visitor || !booking) throw new TicketRejectedError('NOT_FOUND', '该证件在本场次没有预约');
  return { booking, slot, visitor };
}

/**
 * 特殊放行: a manager admits the party of a scanned ticket or a typed document that the entry window refuses (too
 * early or too late, the same day), giving a reason that the audit log keeps. Everything else a check-in refuses
 * (cancelled, unconfirmed, another day, another archive, already in) it refuses too, through the same conditional
 * updates, so an override never admits more than the party. The reason is checked before anything is looked up.
 */
export async function overrideCheckIn(
  deps: Deps,
  actor: Actor | null,
  input: { token: string | null; document: DocumentAtDoor | null; reason: string },
  request: DoorRequest,
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
  const reason = parseInput(overrideReasonModel, input.reason, 'reason');
  if (!input.token === !input.document) throw InputValidationError.single('token', '请扫描电子票或输入证件号');
  const found = input.token
    ? await findTicket(deps, staff, input.token)
    : await findByDocument(deps, staff, input.document as DocumentAtDoor);
  return admit(deps, staff, { source: request.source }, found, null, { reason });
}

/**
 * From the roster: checks in the chosen visitors of one booking (a party arriving split: 2 of 4 now, the rest
 * later). Those already in are skipped; if none of them could come in, the refusal says so.
 */
export async function checkInVisitors(
  deps: Deps,
  actor: Actor | null,
  input: { bookingId: number; visitorIds: number[] },
  request: DoorRequest,
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
  if (input.visitorIds.length === 0) throw InputValidationError.single('visitorIds', '请选择入馆的参观人');
  const booking = await loadBooking(deps, staff, input.bookingId);
  const slot = booking ? await findSlot(deps, booking.slotId) : null;
  if (!booking || !slot) throw new TicketRejectedError('NOT_FOUND', '未找到该预约');
  assertBranchInScope(staff, slot.branchId);
  return admit(deps, staff, request, { booking, slot, visitor: null, chosen: [...new Set(input.visitorIds)] }, null);
}

/**
 * Undoes a mistaken check-in of one visitor within `undoMinutes` of it (config CHECK_IN_UNDO_MINUTES), recorded
 * in the audit log; later it is refused, so the record of who came stays as it was.
 */
export async function undoCheckIn(
  deps: Deps,
  actor: Actor | null,
  input: { visitorId: number; undoMinutes: number },
  request: DoorRequest,
): Promise<Booking> {
  const staff = requireStaff(actor);
  const visitor = await findDoorVisitor(deps.db, input.visitorId);
  const booking = visitor ? await loadBooking(deps, staff, visitor.bookingId) : null;
  const slot = booking ? await findSlot(deps, booking.slotId) : null;
  if (!visitor || !booking || !slot) throw new TicketRejectedError('NOT_FOUND', '未找到该参观人');
  assertBranchInScope(staff, slot.branchId);
  const now = deps.clock.now();
  const limit = input.undoMinutes;
  if (visitor.status !== 'CHECKED_IN') throw new CheckInUndoRefusedError('NOT_CHECKED_IN', '该参观人尚未入馆', limit);
  if (!(await undoVisitorCheckIn(deps.db, visitor, now - limit * MINUTE_MS))) {
    const fresh = await findDoorVisitor(deps.db, visitor.id);
    if (fresh?.status !== 'CHECKED_IN') throw new CheckInUndoRefusedError('NOT_CHECKED_IN', '该参观人尚未入馆', limit);
    throw new CheckInUndoRefusedError('TOO_LATE', `入馆超过 ${limit} 分钟，不能撤销`, limit);
  }
  await recordAudit(deps, {
    action: 'BOOKING_CHECK_IN_UNDONE',
    result: 'OK',
    actor: staff,
    target: { kind: 'BOOKING', id: booking.id },
    detail: { visitorId: visitor.id, checkedInAt: visitor.checkedInAt },
    source: request.source,
  });
  return loadWrittenBooking(deps, staff, booking.id);
}

/** The entry window a walk-in keeps, the same as a ticket's: the same rule, the same words. */
function assertWalkInWindow(slot: Slot, now: number): void {
  const window = entryWindowOf(slot, slot.policy);
  const refusal = entryRefusalAt(slot, window, now);
  if (refusal) {
    throw new OutsideEntryWindowError(
      refusal,
      entryRefusalText(refusal, slot, window),
      slot.startAt,
      window.opensAt,
      window.closesAt,
    );
  }
}

/**
 * 现场登记: staff register visitors at the door. They count against capacity, using the walk-in quota
 * first, and are checked in at once, so they keep the same entry window as tickets.
 */
export async function registerWalkIn(
  deps: Deps,
  actor: Actor | null,
  input: { slotId: number; visitors: VisitorInput[] },
  request?: DoorRequest,
): Promise<Booking> {
  const staff = requireStaff(actor);
  const slot = await requireManagedSlot(deps, staff, input.slotId);
  // A reading room's seats are for 查档 appointments only (booked against a request, one working day ahead).
  if (slot.readingRoom) throw new SlotClosedError(READING_ROOM_NO_WALKINS);
  if (slot.status !== 'OPEN') throw new SlotClosedError(slot.closedReason);
  const now = deps.clock.now();
  assertWalkInWindow(slot, now);
  const { visitors } = parseInput(walkInModel({ maxVisitors: slot.policy.maxVisitors, today: businessDateOf(now) }), {
    visitors: input.visitors,
  });
  const party = visitors.map((v) => protectVisitor(deps.vault, v, slot.visitDate));
  if (!(await takeWalkinPlaces(deps.db, slot, party.length, now))) {
    const fresh = (await findSlot(deps, slot.id)) as Slot;
    // Closed between the read and the update: the update's status condition refused it.
    if (fresh.status !== 'OPEN') throw new SlotClosedError(fresh.closedReason);
    throw new SlotFullError(placesLeftForWalkIns(fresh));
  }
  const id = await writeVisit(deps, {
    kind: 'WALK_IN',
    accountId: staff.accountId,
    slot,
    party,
    status: 'CHECKED_IN',
    now,
    checkedInBy: staff.accountId,
  });
  if (request) {
    await recordAudit(deps, {
      action: 'WALK_IN_REGISTERED',
      result: 'OK',
      actor: staff,
      target: { kind: 'BOOKING', id },
      detail: { slotId: slot.id, people: party.length },
      source: request.source,
    });
  }
  return loadWrittenBooking(deps, staff, id);
}

/**
 * The bookings of a slot in scope (the caller has found the slot, e.g. through the request's loader), all of
 * them or those a search finds by name, phone tail or reference.
 */
export function slotRoster(deps: Deps, actor: Actor | null, slot: Slot, search: string | null = null) {
  const staff = requireStaff(actor);
  assertBranchInScope(staff, slot.branchId);
  if (search?.trim()) return searchBookingsOfSlot(deps, staff, slot.id, search.slice(0, 40));
  return bookingsOfSlot(deps, staff, slot.id);
}

/** Live counters of one slot at the door: booked, arrived and still expected, and the entry window. */
export async function slotDoorFigures(deps: Deps, actor: Actor | null, slot: Slot) {
  const staff = requireStaff(actor);
  assertBranchInScope(staff, slot.branchId);
  const window = entryWindowOf(slot, slot.policy);
  return { ...(await doorFiguresOfSlot(deps.db, slot.id)), opensAt: window.opensAt, closesAt: window.closesAt };
}

/**
 * One slot's no-shows, if this call claims the slot (so concurrent runners split the work and a repeat
 * changes nothing). Returns whether it did the marking.
 */
export async function markNoShowsIfDue(deps: Pick<Deps, 'db' | 'clock'>, slotId: number): Promise<boolean> {
  const now = deps.clock.now();
  if (!(await claimNoShowMarking(deps.db, slotId, now))) return false;
  await markNoShowsOfSlot(deps.db, slotId, now);
  return true;
}
