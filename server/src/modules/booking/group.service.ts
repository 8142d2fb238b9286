// Group visits (团体预约) for schools and work units: places come from a separate per-slot group quota and
// are held while staff review the request; a refusal releases them. The roster stays editable until a deadline.
import { GROUP_MAX_SIZE, GROUP_MIN_SIZE, hasEnoughAdults, MINORS_PER_ADULT, nameMessage } from '@zz/shared';
import type { Context } from '../../context';
import { isUniqueViolation } from '../../lib/db-errors';
import { inTransaction } from '../../lib/transaction';
import { type FieldError, InputValidationError } from '../common/errors';
import { requireViewer } from '../common/viewer';
import { findSlot, releaseGroupPlaces, type SlotRow, takeGroupPlaces } from '../slots/slot.repository';
import { loadPolicy } from '../slots/slot.service';
import { BookingNotFoundError, GroupQuotaFullError, GroupRuleError } from './booking.errors';
import {
  cancelVisitorsOfBooking,
  enqueueNotification,
  findBookingById,
  findBookingByIdempotencyKey,
  insertBooking,
  setVisitorsStatus,
  transitionBooking,
} from './booking.repository';
import {
  assertNotSuspended,
  assertSlotBookable,
  type Booking,
  findBookableSlot,
  insertPartyOrExplain,
  loadBooking,
  newReference,
  validateIdempotencyKey,
} from './booking.service';
import {
  type ProtectedVisitor,
  protectPhone,
  protectVisitor,
  type VisitorInput,
  validatePhone,
  validateVisitors,
} from './party';
import { assertExhibitionInScope } from './staff.service';

export interface GroupVisitInput {
  slotId: number;
  organization: string;
  leaderName: string;
  leaderPhone: string;
  roster: VisitorInput[];
  idempotencyKey: string;
}

function checkAdultRatio(party: ProtectedVisitor[]): void {
  const minors = party.filter((p) => p.isMinor).length;
  if (!hasEnoughAdults(party.length - minors, minors)) {
    throw new GroupRuleError('ADULT_RATIO', `每${MINORS_PER_ADULT}名未成年人至少需要1名成年人带队`);
  }
}

function rosterDeadline(slot: SlotRow, hours: number): number {
  return slot.start_at - hours * 3600_000;
}

export async function requestGroupVisit(ctx: Context, input: GroupVisitInput): Promise<Booking> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const previous = await findBookingByIdempotencyKey(ctx.db, viewer.accountId, input.idempotencyKey);
  if (previous) return (await loadBooking(ctx, ctx.db, previous.id, viewer)) as Booking;
  const { slot, policy } = await findBookableSlot(ctx.db, input.slotId);
  const errors: FieldError[] = [
    ...validateIdempotencyKey(input.idempotencyKey),
    ...validateVisitors(input.roster, { min: GROUP_MIN_SIZE, max: GROUP_MAX_SIZE, path: 'roster' }),
    ...validatePhone(input.leaderPhone, 'leaderPhone'),
  ];
  const organization = input.organization.trim();
  if (!organization || organization.length > 60)
    errors.push({ path: 'organization', message: '请填写单位或学校名称（60字以内）' });
  const leaderProblem = nameMessage(input.leaderName);
  if (leaderProblem) errors.push({ path: 'leaderName', message: leaderProblem });
  if (errors.length > 0) throw new InputValidationError(errors);
  assertSlotBookable(slot, policy, now);
  await assertNotSuspended(ctx.db, viewer.accountId, now);
  const party = input.roster.map((v) => protectVisitor(ctx.vault, v, slot.visit_date));
  checkAdultRatio(party);

  try {
    const id = await inTransaction(ctx.db, async (trx) => {
      if (!(await takeGroupPlaces(trx, slot.id, party.length))) {
        const fresh = (await findSlot(trx, slot.id)) as SlotRow;
        throw new GroupQuotaFullError(Math.max(fresh.group_quota - fresh.group_booked, 0));
      }
      const bookingId = await insertBooking(trx, {
        reference: newReference(),
        kind: 'GROUP',
        account_id: viewer.accountId,
        exhibition_id: slot.exhibition_id,
        slot_id: slot.id,
        visit_date: slot.visit_date,
        party_size: party.length,
        status: 'PENDING_REVIEW',
        idempotency_key: input.idempotencyKey,
        holder_phone_cipher: protectPhone(ctx.vault, input.leaderPhone),
        organization,
        leader_name_cipher: ctx.vault.encrypt(input.leaderName.trim()),
        created_at: now,
      });
      await insertPartyOrExplain(trx, trx, bookingId, slot, party, 'PENDING_REVIEW');
      return bookingId;
    });
    return (await loadBooking(ctx, ctx.db, id, viewer)) as Booking;
  } catch (error) {
    if (isUniqueViolation(error, 'idempotency_key')) {
      const winner = await findBookingByIdempotencyKey(ctx.db, viewer.accountId, input.idempotencyKey);
      if (winner) return (await loadBooking(ctx, ctx.db, winner.id, viewer)) as Booking;
    }
    throw error;
  }
}

/** Staff approve (places stay taken, tickets appear) or refuse (places return to the group quota). */
export async function reviewGroupVisit(
  ctx: Context,
  input: { bookingId: number; approve: boolean; note: string | null },
): Promise<Booking> {
  const booking = await findBookingById(ctx.db, input.bookingId);
  if (booking?.kind !== 'GROUP') throw new BookingNotFoundError();
  await assertExhibitionInScope(ctx, booking.exhibition_id);
  const now = ctx.clock.now();
  const note = input.note?.trim().slice(0, 200) || null;
  await inTransaction(ctx.db, async (trx) => {
    const changed = await transitionBooking(trx, booking.id, ['PENDING_REVIEW'], {
      status: input.approve ? 'CONFIRMED' : 'REJECTED',
      reviewed_by: ctx.viewer?.accountId ?? null,
      reviewed_at: now,
      review_note: note,
      ...(input.approve ? {} : { cancelled_at: now, cancel_reason: 'REJECTED' }),
    });
    if (!changed) throw new GroupRuleError('NOT_PENDING', '该团体预约已审核');
    if (input.approve) {
      await setVisitorsStatus(trx, booking.id, 'PENDING_REVIEW', 'CONFIRMED');
    } else {
      await cancelVisitorsOfBooking(trx, booking.id);
      await releaseGroupPlaces(trx, booking.slot_id, booking.party_size);
    }
    await enqueueNotification(trx, {
      accountId: booking.account_id,
      kind: input.approve ? 'GROUP_APPROVED' : 'GROUP_REJECTED',
      dedupeKey: `group-review:${booking.id}`,
      payload: { bookingId: booking.id, note },
      now,
    });
  });
  return (await loadBooking(ctx, ctx.db, booking.id, ctx.viewer)) as Booking;
}

/** Replaces the roster until the deadline; a larger roster takes more group places atomically. */
export async function updateGroupRoster(
  ctx: Context,
  input: { bookingId: number; roster: VisitorInput[] },
): Promise<Booking> {
  const viewer = requireViewer(ctx);
  const booking = await findBookingById(ctx.db, input.bookingId);
  if (booking?.kind !== 'GROUP' || booking.account_id !== viewer.accountId) throw new BookingNotFoundError();
  if (booking.status !== 'PENDING_REVIEW' && booking.status !== 'CONFIRMED') {
    throw new GroupRuleError('ROSTER_LOCKED', '该团体预约已不能修改名单');
  }
  const slot = (await findSlot(ctx.db, booking.slot_id)) as SlotRow;
  const policy = await loadPolicy(ctx.db, slot.exhibition_id);
  const now = ctx.clock.now();
  if (now >= rosterDeadline(slot, policy.groupRosterDeadlineHours)) {
    throw new GroupRuleError('ROSTER_LOCKED', `名单须在参观前${policy.groupRosterDeadlineHours}小时之前修改`);
  }
  const errors = validateVisitors(input.roster, { min: GROUP_MIN_SIZE, max: GROUP_MAX_SIZE, path: 'roster' });
  if (errors.length > 0) throw new InputValidationError(errors);
  const party = input.roster.map((v) => protectVisitor(ctx.vault, v, slot.visit_date));
  checkAdultRatio(party);
  const delta = party.length - booking.party_size;
  await inTransaction(ctx.db, async (trx) => {
    if (delta > 0 && !(await takeGroupPlaces(trx, slot.id, delta))) {
      const fresh = (await findSlot(trx, slot.id)) as SlotRow;
      throw new GroupQuotaFullError(Math.max(fresh.group_quota - fresh.group_booked, 0));
    }
    if (delta < 0) await releaseGroupPlaces(trx, slot.id, -delta);
    // Old roster rows are kept for the record but stop holding their documents.
    await trx
      .updateTable('booking_visitor')
      .set({ status: 'CANCELLED', active_document_key: null })
      .where('booking_id', '=', booking.id)
      .execute();
    await insertPartyOrExplain(trx, trx, booking.id, slot, party, booking.status);
    await trx.updateTable('booking').set({ party_size: party.length }).where('id', '=', booking.id).execute();
  });
  return (await loadBooking(ctx, ctx.db, booking.id, viewer)) as Booking;
}
