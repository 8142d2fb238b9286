// Check-in at the door: scanned tickets, manual check-in by document, group headcounts, and the
// scheduled marking of no-shows after a slot ends.
import { businessDateOf, checkInWindow, type DocumentType, formatBusinessDateTime } from '@zz/shared';
import type { AppServices, Context } from '../../context';
import { inTransaction } from '../../lib/transaction';
import { InputValidationError } from '../common/errors';
import { claimNoShowMarking, findSlot, listSlotsAwaitingNoShowMarking, type SlotRow } from '../slots/slot.repository';
import { loadPolicy } from '../slots/slot.service';
import { TicketRejectedError } from './booking.errors';
import {
  admitGroupHeadcount,
  type BookingRow,
  checkInAllConfirmedVisitors,
  checkInFirstConfirmedVisitors,
  checkInVisitorIfConfirmed,
  enqueueNotification,
  findBookingById,
  findVisitorById,
  findVisitorOfSlotByDocument,
  insertStrike,
  markNoShowsOfSlot,
  recordBookingCheckIn,
  type VisitorRow,
} from './booking.repository';
import { type Booking, loadBooking } from './booking.service';
import { documentIndexOf } from './party';
import { assertExhibitionInScope } from './staff.service';
import { readTicketToken, ticketToken } from './ticket';

export interface CheckInResult {
  booking: Booking;
  /** People admitted by this check-in. */
  admitted: number;
  slotStartAt: number;
}

/** Why this booking cannot be admitted now, or null. Same-day and time-window rules per the policy. */
async function rejectionFor(ctx: Context, booking: BookingRow, slot: SlotRow): Promise<TicketRejectedError | null> {
  const now = ctx.clock.now();
  if (booking.status === 'CANCELLED' || booking.status === 'REJECTED') {
    return new TicketRejectedError('CANCELLED', '该预约已取消，不能入馆', null, booking.visit_date, slot.start_at);
  }
  if (booking.status === 'PENDING_REVIEW') {
    return new TicketRejectedError('NOT_CONFIRMED', '该团体预约尚未通过审核', null, booking.visit_date, slot.start_at);
  }
  if (booking.visit_date !== businessDateOf(now)) {
    return new TicketRejectedError(
      'WRONG_DAY',
      `该票为 ${booking.visit_date} 的预约，非今日`,
      null,
      booking.visit_date,
      slot.start_at,
    );
  }
  const window = checkInWindow(
    { startAt: slot.start_at, endAt: slot.end_at },
    await loadPolicy(ctx.db, slot.exhibition_id),
  );
  if (now < window.opensAt) {
    return new TicketRejectedError(
      'TOO_EARLY',
      `该票为 ${formatBusinessDateTime(slot.start_at)} 场次，尚未到入场时间`,
      null,
      booking.visit_date,
      slot.start_at,
    );
  }
  if (now > window.closesAt) {
    return new TicketRejectedError(
      'TOO_LATE',
      `该票为 ${formatBusinessDateTime(slot.start_at)} 场次，入场时间已过`,
      null,
      booking.visit_date,
      slot.start_at,
    );
  }
  return null;
}

function alreadyCheckedIn(at: number | null): TicketRejectedError {
  return new TicketRejectedError('ALREADY_CHECKED_IN', `已于 ${at ? formatBusinessDateTime(at) : '此前'} 核验入馆`, at);
}

/**
 * Checks in a scanned ticket. A visitor ticket admits that visitor; a booking ticket admits everyone still
 * expected on it (a group leader's ticket admits `headcount` people, counted against the roster).
 */
export async function checkInTicket(ctx: Context, token: string, headcount: number | null): Promise<CheckInResult> {
  const staffId = ctx.viewer?.accountId ?? 0;
  const subject = readTicketToken(ctx.vault, token);
  if (!subject) throw new TicketRejectedError('INVALID', '无效的电子票二维码');
  let visitor: VisitorRow | undefined;
  let booking: BookingRow | undefined;
  if (subject.kind === 'VISITOR') {
    visitor = await findVisitorById(ctx.db, subject.id);
    booking = visitor && (await findBookingById(ctx.db, visitor.booking_id));
  } else {
    booking = await findBookingById(ctx.db, subject.id);
  }
  if (!booking) throw new TicketRejectedError('NOT_FOUND', '未找到该电子票对应的预约');
  const slot = await findSlot(ctx.db, booking.slot_id);
  if (!slot) throw new TicketRejectedError('NOT_FOUND', '未找到该电子票对应的场次');
  // Staff of one archive check in only their own archive's visitors (admins everywhere).
  await assertExhibitionInScope(ctx, booking.exhibition_id);
  if (visitor?.status === 'CHECKED_IN') throw alreadyCheckedIn(visitor.checked_in_at);
  if (visitor?.status === 'CANCELLED') throw new TicketRejectedError('CANCELLED', '该参观人的预约已取消');
  const rejection = await rejectionFor(ctx, booking, slot);
  if (rejection) throw rejection;

  const now = ctx.clock.now();
  const target = booking;
  const admitted = await inTransaction(ctx.db, async (trx) => {
    if (visitor) {
      if (!(await checkInVisitorIfConfirmed(trx, visitor.id, now, staffId))) {
        const fresh = await findVisitorById(trx, visitor.id);
        throw alreadyCheckedIn(fresh?.checked_in_at ?? null);
      }
      await recordBookingCheckIn(trx, target.id, 1, now);
      return 1;
    }
    if (target.kind === 'GROUP') {
      const remaining = target.party_size - target.checked_in_count;
      if (remaining <= 0) throw alreadyCheckedIn(target.checked_in_at);
      const count = headcount ?? remaining;
      if (!Number.isInteger(count) || count < 1 || count > remaining) {
        throw InputValidationError.single(
          'headcount',
          remaining > 0 ? `入馆人数应为1–${remaining}` : '该团体已全部入馆',
        );
      }
      // The headcount is taken atomically against the party size, so two scanners cannot over-admit.
      if (!(await admitGroupHeadcount(trx, target.id, count, now))) throw alreadyCheckedIn(target.checked_in_at);
      await checkInFirstConfirmedVisitors(trx, target.id, count, now, staffId);
      return count;
    }
    const count = await checkInAllConfirmedVisitors(trx, target.id, now, staffId);
    if (count === 0) throw alreadyCheckedIn(target.checked_in_at);
    await recordBookingCheckIn(trx, target.id, count, now);
    return count;
  });
  return {
    booking: (await loadBooking(ctx, ctx.db, target.id, ctx.viewer)) as Booking,
    admitted,
    slotStartAt: slot.start_at,
  };
}

/** For visitors without a phone: staff type the document number; the blind index finds the visit. */
export async function checkInByDocument(
  ctx: Context,
  input: { slotId: number; documentType: DocumentType; documentNumber: string },
): Promise<CheckInResult> {
  const slot = await findSlot(ctx.db, input.slotId);
  if (!slot) throw new TicketRejectedError('NOT_FOUND', '场次不存在');
  const index = documentIndexOf(ctx.vault, input.documentType, input.documentNumber);
  const visitor = await findVisitorOfSlotByDocument(ctx.db, slot.id, index);
  if (!visitor) throw new TicketRejectedError('NOT_FOUND', '该证件在本场次没有预约');
  return checkInTicket(ctx, ticketToken(ctx.vault, { kind: 'VISITOR', id: visitor.id }), null);
}

/**
 * Scheduled: after a slot ends, visitors not checked in become no-shows and each absent booking earns its
 * account one strike. Each slot is claimed with a conditional update, so concurrent runners split the work.
 */
export async function markNoShows(services: AppServices, limit = 100): Promise<number> {
  const now = services.clock.now();
  let processed = 0;
  for (const { id } of await listSlotsAwaitingNoShowMarking(services.db, now, limit)) {
    await inTransaction(services.db, async (trx) => {
      if (!(await claimNoShowMarking(trx, id, now))) return;
      processed++;
      for (const booking of await markNoShowsOfSlot(trx, id)) {
        if (booking.kind === 'WALK_IN') continue;
        await insertStrike(trx, booking.account_id, booking.id, 'NO_SHOW', now);
        await enqueueNotification(trx, {
          accountId: booking.account_id,
          kind: 'BOOKING_NO_SHOW',
          dedupeKey: `no-show:${booking.id}`,
          payload: { bookingId: booking.id },
          now,
        });
      }
    });
  }
  return processed;
}
