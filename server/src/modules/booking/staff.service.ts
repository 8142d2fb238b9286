// Staff operations on slots and bookings: closing slots and days, capacity, the day roster, walk-in
// registration, and statistics. Branch staff act on their own branch's exhibitions; admins on all.
import { type BusinessDate, daysBetween, isBusinessDate, MINUTE_MS } from '@zz/shared';
import { sql } from 'kysely';
import type { Context } from '../../context';
import type { Executor } from '../../db/database';
import { inTransaction } from '../../lib/transaction';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../common/errors';
import { requireStaff } from '../common/viewer';
import { findExhibitionById } from '../exhibitions/exhibition.repository';
import { CapacityBelowBookedError } from '../slots/slot.errors';
import {
  closeSlotIfOpen,
  findSlot,
  insertClosure,
  listSlotsBetween,
  releaseOfferHold,
  type SlotRow,
  setCapacityIfFits,
  takeWalkinPlaces,
} from '../slots/slot.repository';
import { loadPolicy, placeCountErrors, type Slot, toSlot } from '../slots/slot.service';
import { SlotFullError } from './booking.errors';
import {
  cancelVisitorsOfBooking,
  enqueueNotification,
  insertBooking,
  listBookingsOfSlot,
  transitionBooking,
} from './booking.repository';
import { type Booking, insertPartyOrExplain, loadBooking, loadBookings, newReference } from './booking.service';
import { protectVisitor, type VisitorInput, validateVisitors } from './party';
import { listLiveWaitlistOfSlot, transitionWaitlistEntry } from './waitlist.repository';
import { offerFreedPlaces } from './waitlist.service';

/** Admins manage every exhibition; branch staff and checkers only those of their own archive. */
export async function assertExhibitionInScope(ctx: Context, exhibitionId: number): Promise<void> {
  const viewer = requireStaff(ctx);
  const exhibition = await findExhibitionById(ctx.db, exhibitionId);
  if (!exhibition) throw new NotFoundError('Exhibition', '展览不存在');
  if (viewer.role !== 'ADMIN' && exhibition.branch_id !== viewer.branchId) throw new NotAuthorizedError('FORBIDDEN');
}

export async function slotInScope(ctx: Context, slotId: number): Promise<SlotRow> {
  const slot = await findSlot(ctx.db, slotId);
  if (!slot) throw new NotFoundError('Slot', '场次不存在');
  await assertExhibitionInScope(ctx, slot.exhibition_id);
  return slot;
}

/** Cancels every live booking and waiting-list entry of a closing slot, notifying each citizen once. */
async function cancelEverythingOfSlot(trx: Executor, slot: SlotRow, reason: string, now: number) {
  for (const booking of await listBookingsOfSlot(trx, slot.id)) {
    const changed = await transitionBooking(trx, booking.id, ['CONFIRMED', 'PENDING_REVIEW'], {
      status: 'CANCELLED',
      cancelled_at: now,
      cancel_reason: 'SLOT_CLOSED',
    });
    if (!changed) continue;
    await cancelVisitorsOfBooking(trx, booking.id);
    await enqueueNotification(trx, {
      accountId: booking.account_id,
      kind: 'BOOKING_CANCELLED_BY_ARCHIVE',
      dedupeKey: `slot-closed:${booking.id}`,
      payload: { bookingId: booking.id, reason },
      now,
    });
  }
  for (const entry of await listLiveWaitlistOfSlot(trx, slot.id)) {
    if (await transitionWaitlistEntry(trx, entry.id, entry.status, { status: 'CANCELLED', active_account_id: null })) {
      if (entry.status === 'OFFERED') await releaseOfferHold(trx, slot.id, entry.party_size);
    }
  }
}

export async function closeSlot(ctx: Context, slotId: number, reason: string): Promise<Slot> {
  const slot = await slotInScope(ctx, slotId);
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > 100) throw InputValidationError.single('reason', '请填写关闭原因（100字以内）');
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    if (await closeSlotIfOpen(trx, slot.id, trimmed)) await cancelEverythingOfSlot(trx, slot, trimmed, now);
  });
  return toSlot((await findSlot(ctx.db, slot.id)) as SlotRow, await loadPolicy(ctx.db, slot.exhibition_id), now);
}

export async function closeDay(
  ctx: Context,
  exhibitionId: number,
  date: BusinessDate,
  reason: string,
): Promise<Slot[]> {
  await assertExhibitionInScope(ctx, exhibitionId);
  const trimmed = reason.trim();
  if (!trimmed || trimmed.length > 100) throw InputValidationError.single('reason', '请填写闭馆原因（100字以内）');
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    await insertClosure(trx, exhibitionId, date, trimmed, now);
    for (const slot of await listSlotsBetween(trx, exhibitionId, date, date)) {
      if (await closeSlotIfOpen(trx, slot.id, trimmed)) await cancelEverythingOfSlot(trx, slot, trimmed, now);
    }
  });
  const policy = await loadPolicy(ctx.db, exhibitionId);
  return (await listSlotsBetween(ctx.db, exhibitionId, date, date)).map((s) => toSlot(s, policy, now));
}

export async function changeSlotCapacity(
  ctx: Context,
  input: { slotId: number; capacity: number; walkinQuota: number; groupQuota: number },
): Promise<Slot> {
  const slot = await slotInScope(ctx, input.slotId);
  const errors = placeCountErrors(input, { minCapacity: 0 });
  if (errors.length > 0) throw new InputValidationError(errors);
  const now = ctx.clock.now();
  const policy = await loadPolicy(ctx.db, slot.exhibition_id);
  await inTransaction(ctx.db, async (trx) => {
    if (!(await setCapacityIfFits(trx, slot.id, input.capacity, input.walkinQuota, input.groupQuota))) {
      const fresh = (await findSlot(trx, slot.id)) as SlotRow;
      const taken = fresh.booked + fresh.offer_held;
      throw taken > input.capacity
        ? new CapacityBelowBookedError(taken, 'CAPACITY')
        : new CapacityBelowBookedError(fresh.group_booked, 'GROUP_QUOTA');
    }
    await offerFreedPlaces(trx, slot.id, policy, now);
  });
  return toSlot((await findSlot(ctx.db, slot.id)) as SlotRow, policy, now);
}

/** Every booking of a slot in scope; an unknown slot has none. */
export async function slotRoster(ctx: Context, slotId: number): Promise<Booking[]> {
  requireStaff(ctx);
  const row = await findSlot(ctx.db, slotId);
  if (!row) return [];
  const slot = await slotInScope(ctx, row.id);
  return loadBookings(ctx, await listBookingsOfSlot(ctx.db, slot.id), ctx.viewer);
}

/**
 * 现场登记: staff register visitors at the door. They count against capacity, using the walk-in quota
 * first, and are checked in at once.
 */
export async function registerWalkIn(
  ctx: Context,
  input: { slotId: number; visitors: VisitorInput[] },
): Promise<Booking> {
  const viewer = requireStaff(ctx);
  const slot = await slotInScope(ctx, input.slotId);
  const policy = await loadPolicy(ctx.db, slot.exhibition_id);
  const errors = validateVisitors(input.visitors, { min: 1, max: policy.maxVisitors });
  if (errors.length > 0) throw new InputValidationError(errors);
  const now = ctx.clock.now();
  const party = input.visitors.map((v) => protectVisitor(ctx.vault, v, slot.visit_date));
  const bookingId = await inTransaction(ctx.db, async (trx) => {
    if (!(await takeWalkinPlaces(trx, slot.id, party.length, now + policy.walkinReleaseMinutes * MINUTE_MS))) {
      const fresh = (await findSlot(trx, slot.id)) as SlotRow;
      throw new SlotFullError(Math.max(fresh.capacity - fresh.booked - fresh.offer_held, 0));
    }
    const id = await insertBooking(trx, {
      reference: newReference(),
      kind: 'WALK_IN',
      account_id: viewer.accountId,
      exhibition_id: slot.exhibition_id,
      slot_id: slot.id,
      visit_date: slot.visit_date,
      party_size: party.length,
      status: 'CHECKED_IN',
      checked_in_count: party.length,
      checked_in_at: now,
      created_at: now,
    });
    await insertPartyOrExplain(trx, trx, id, slot, party, 'CHECKED_IN');
    await trx
      .updateTable('booking_visitor')
      .set({ checked_in_at: now, checked_in_by: viewer.accountId })
      .where('booking_id', '=', id)
      .execute();
    return id;
  });
  return (await loadBooking(ctx, ctx.db, bookingId, ctx.viewer)) as Booking;
}

export interface DailyStatistics {
  date: string;
  bookings: number;
  bookedVisitors: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
  walkIns: number;
  groupVisitors: number;
}

/** Per-day figures for one exhibition (or every exhibition in scope) over at most 92 days. */
export async function statistics(
  ctx: Context,
  input: { exhibitionId: number | null; from: string; to: string },
): Promise<DailyStatistics[]> {
  const viewer = requireStaff(ctx);
  if (!isBusinessDate(input.from) || !isBusinessDate(input.to) || daysBetween(input.from, input.to) < 0) {
    throw InputValidationError.single('to', '日期范围无效');
  }
  if (daysBetween(input.from, input.to) > 92) throw InputValidationError.single('to', '统计范围最多92天');
  if (input.exhibitionId !== null) await assertExhibitionInScope(ctx, input.exhibitionId);
  let query = ctx.db
    .selectFrom('booking_visitor as v')
    .innerJoin('booking as b', 'b.id', 'v.booking_id')
    .innerJoin('exhibition as e', 'e.id', 'b.exhibition_id')
    .select([
      'b.visit_date as date',
      sql<number>`count(distinct b.id)`.as('bookings'),
      sql<number>`sum(case when v.status in ('CONFIRMED','CHECKED_IN','NO_SHOW') then 1 else 0 end)`.as(
        'bookedVisitors',
      ),
      sql<number>`sum(case when v.status = 'CHECKED_IN' then 1 else 0 end)`.as('checkedIn'),
      sql<number>`sum(case when v.status = 'NO_SHOW' then 1 else 0 end)`.as('noShows'),
      sql<number>`sum(case when v.status = 'CANCELLED' then 1 else 0 end)`.as('cancelled'),
      sql<number>`sum(case when b.kind = 'WALK_IN' then 1 else 0 end)`.as('walkIns'),
      sql<number>`sum(case when b.kind = 'GROUP' and v.status <> 'CANCELLED' then 1 else 0 end)`.as('groupVisitors'),
    ])
    .where('b.visit_date', '>=', input.from)
    .where('b.visit_date', '<=', input.to)
    .groupBy('b.visit_date')
    .orderBy('b.visit_date');
  if (input.exhibitionId !== null) query = query.where('b.exhibition_id', '=', input.exhibitionId);
  if (viewer.role !== 'ADMIN' && viewer.branchId !== null) query = query.where('e.branch_id', '=', viewer.branchId);
  const rows = await query.execute();
  return rows.map((r) => ({
    date: r.date,
    bookings: Number(r.bookings),
    bookedVisitors: Number(r.bookedVisitors),
    checkedIn: Number(r.checkedIn),
    noShows: Number(r.noShows),
    cancelled: Number(r.cancelled),
    walkIns: Number(r.walkIns),
    groupVisitors: Number(r.groupVisitors),
  }));
}

/** Group visits in the viewer's scope, soonest first (e.g. those awaiting review). */
export async function groupVisits(ctx: Context, status: string, fromDate: string): Promise<Booking[]> {
  const viewer = requireStaff(ctx);
  let query = ctx.db
    .selectFrom('booking')
    .innerJoin('exhibition', 'exhibition.id', 'booking.exhibition_id')
    .selectAll('booking')
    .where('booking.kind', '=', 'GROUP')
    .where('booking.status', '=', status)
    .where('booking.visit_date', '>=', fromDate)
    .orderBy('booking.visit_date')
    .orderBy('booking.id')
    .limit(100);
  if (viewer.role !== 'ADMIN') query = query.where('exhibition.branch_id', '=', viewer.branchId ?? -1);
  return loadBookings(ctx, await query.execute(), ctx.viewer);
}
