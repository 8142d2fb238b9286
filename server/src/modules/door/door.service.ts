// At the door: scanned tickets, manual check-in by document, group headcounts, walk-in registration (现场
// 登记), the day's roster, and the scheduled marking of no-shows after a slot ends.
import {
  businessDateOf,
  checkInWindow,
  type DocumentType,
  documentNumberMessage,
  formatBusinessDateTime,
  placesLeftForWalkIns,
  type VisitorInput,
  walkInModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import { InputValidationError, parseInput } from '../../errors';
import type { Actor, StaffActor } from '../../platform/access/actor';
import { assertBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
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
  admitGroupHeadcount,
  admitParty,
  admitVisitor,
  type Booking,
  bookingsOfSlot,
  type DoorVisitor,
  findDoorVisitor,
  findDoorVisitorOfSlot,
  loadBooking,
  loadWrittenBooking,
  markNoShowsOfSlot,
  writeVisit,
} from '../visits/visit.service';
import { TicketRejectedError } from './door.errors';

/** Why a walk-in cannot take a reading-room seat, as staff read it. */
export const READING_ROOM_NO_WALKINS = '阅览室座位仅供查档预约，不能现场登记';

export interface CheckInResult {
  booking: Booking;
  /** People admitted by this check-in. */
  admitted: number;
  slotStartAt: number;
}

/** Why this booking cannot be admitted now, or null. Same-day and time-window rules per the policy. */
function rejectionFor(booking: Booking, slot: Slot, now: number): TicketRejectedError | null {
  const reject = (reason: TicketRejectedError['reason'], message: string) =>
    new TicketRejectedError(reason, message, null, booking.visitDate, slot.startAt);
  if (booking.status === 'CANCELLED' || booking.status === 'REJECTED')
    return reject('CANCELLED', '该预约已取消，不能入馆');
  if (booking.status === 'PENDING_REVIEW') return reject('NOT_CONFIRMED', '该团体预约尚未通过审核');
  if (booking.visitDate !== businessDateOf(now))
    return reject('WRONG_DAY', `该票为 ${booking.visitDate} 的预约，非今日`);
  const window = checkInWindow(slot, slot.policy);
  const session = formatBusinessDateTime(slot.startAt);
  if (now < window.opensAt) return reject('TOO_EARLY', `该票为 ${session} 场次，尚未到入场时间`);
  if (now > window.closesAt) return reject('TOO_LATE', `该票为 ${session} 场次，入场时间已过`);
  return null;
}

function alreadyCheckedIn(at: number | null): TicketRejectedError {
  return new TicketRejectedError('ALREADY_CHECKED_IN', `已于 ${at ? formatBusinessDateTime(at) : '此前'} 核验入馆`, at);
}

/**
 * Admits a booking (everyone still expected; a group leader's ticket admits `headcount` people, counted
 * against the roster) or, with `visitor`, that one visitor. The caller has checked branch scope.
 */
async function admit(
  deps: Deps,
  staff: StaffActor,
  found: { booking: Booking; slot: Slot; visitor: DoorVisitor | null },
  headcount: number | null,
): Promise<CheckInResult> {
  const { booking, slot, visitor } = found;
  const now = deps.clock.now();
  if (visitor?.status === 'CHECKED_IN') throw alreadyCheckedIn(visitor.checkedInAt);
  if (visitor?.status === 'CANCELLED') throw new TicketRejectedError('CANCELLED', '该参观人的预约已取消');
  const rejection = rejectionFor(booking, slot, now);
  if (rejection) throw rejection;

  let admitted: number;
  if (visitor) {
    if (!(await admitVisitor(deps.db, visitor, now, staff.accountId))) {
      throw alreadyCheckedIn((await findDoorVisitor(deps.db, visitor.id))?.checkedInAt ?? null);
    }
    admitted = 1;
  } else if (booking.kind === 'GROUP') {
    const remaining = booking.partySize - booking.checkedInCount;
    if (remaining <= 0) throw alreadyCheckedIn(booking.checkedInAt);
    const count = headcount ?? remaining;
    if (!Number.isInteger(count) || count < 1 || count > remaining) {
      throw InputValidationError.single('headcount', `入馆人数应为1–${remaining}`);
    }
    if (!(await admitGroupHeadcount(deps.db, booking.id, count, now, staff.accountId))) {
      throw alreadyCheckedIn(booking.checkedInAt);
    }
    admitted = count;
  } else {
    admitted = await admitParty(deps.db, booking.id, now, staff.accountId);
    if (admitted === 0) throw alreadyCheckedIn(booking.checkedInAt);
  }
  return { booking: await loadWrittenBooking(deps, staff, booking.id), admitted, slotStartAt: slot.startAt };
}

/** Checks in a scanned ticket: a visitor's ticket admits that visitor, a booking's ticket its party. */
export async function checkInTicket(
  deps: Deps,
  actor: Actor | null,
  token: string,
  headcount: number | null,
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
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
  return admit(deps, staff, { booking, slot, visitor }, headcount);
}

/**
 * For visitors without a phone: staff type the document number and the blind index finds the visit in
 * this slot. The slot's archive is checked before anything is looked up, so staff of another archive learn
 * nothing about who booked there.
 */
export async function checkInByDocument(
  deps: Deps,
  actor: Actor | null,
  input: { slotId: number; documentType: DocumentType; documentNumber: string },
): Promise<CheckInResult> {
  const staff = requireStaff(actor);
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
  return admit(deps, staff, { booking, slot, visitor }, null);
}

/**
 * 现场登记: staff register visitors at the door. They count against capacity, using the walk-in quota
 * first, and are checked in at once.
 */
export async function registerWalkIn(
  deps: Deps,
  actor: Actor | null,
  input: { slotId: number; visitors: VisitorInput[] },
): Promise<Booking> {
  const staff = requireStaff(actor);
  const slot = await requireManagedSlot(deps, staff, input.slotId);
  // A reading room's seats are for 查档 appointments only (booked against a request, one working day ahead).
  if (slot.readingRoom) throw new SlotClosedError(READING_ROOM_NO_WALKINS);
  if (slot.status !== 'OPEN') throw new SlotClosedError(slot.closedReason);
  const now = deps.clock.now();
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
  return loadWrittenBooking(deps, staff, id);
}

/** Every booking of a slot in scope (the caller has found the slot, e.g. through the request's loader). */
export function slotRoster(deps: Deps, actor: Actor | null, slot: Slot): Promise<Booking[]> {
  const staff = requireStaff(actor);
  assertBranchInScope(staff, slot.branchId);
  return bookingsOfSlot(deps, staff, slot.id);
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
