// Waiting lists (候补): a full slot's waiting parties are offered freed places in order; the first party
// that fits gets them held for a limited time, then the next. Offers are claimed through the database.
import { type BookingPolicy, MINUTE_MS } from '@zz/shared';
import type { AppServices, Context } from '../../context';
import type { Executor } from '../../db/database';
import { isUniqueViolation } from '../../lib/db-errors';
import { inTransaction } from '../../lib/transaction';
import { InputValidationError } from '../common/errors';
import { requireViewer } from '../common/viewer';
import { convertOfferHold, findSlot, holdPlacesForOffer, releaseOfferHold } from '../slots/slot.repository';
import { loadPolicy } from '../slots/slot.service';
import { SlotClosedError, WaitlistNotAvailableError } from './booking.errors';
import { enqueueNotification } from './booking.repository';
import {
  assertNotSuspended,
  assertSlotBookable,
  type Booking,
  findBookableSlot,
  insertConfirmedBooking,
  loadBooking,
  remainingOnline,
} from './booking.service';
import { protectVisitor, type VisitorInput, validatePhone, validateVisitors } from './party';
import {
  findWaitlistEntry,
  firstWaitingThatFits,
  insertWaitlistEntry,
  listExpiredOffers,
  listSlotsWithWaitingParties,
  listWaitlistOfAccount,
  positionInQueue,
  transitionWaitlistEntry,
  type WaitlistRow,
} from './waitlist.repository';

export interface WaitlistEntry {
  id: number;
  slotId: number;
  partySize: number;
  status: 'WAITING' | 'OFFERED' | 'BOOKED' | 'EXPIRED' | 'CANCELLED';
  offeredUntil: number | null;
  bookingId: number | null;
  position: number | null;
  createdAt: number;
}

async function toEntry(db: Executor, row: WaitlistRow): Promise<WaitlistEntry> {
  return {
    id: row.id,
    slotId: row.slot_id,
    partySize: row.party_size,
    status: row.status as WaitlistEntry['status'],
    offeredUntil: row.offered_until,
    bookingId: row.booking_id,
    position: row.status === 'WAITING' ? await positionInQueue(db, row) : null,
    createdAt: row.created_at,
  };
}

interface StoredParty {
  visitors: VisitorInput[];
  phone: string;
}

export async function joinWaitlist(
  ctx: Context,
  input: { slotId: number; visitors: VisitorInput[]; phone: string },
): Promise<WaitlistEntry> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const { slot, policy } = await findBookableSlot(ctx.db, input.slotId);
  const errors = [
    ...validateVisitors(input.visitors, { min: 1, max: policy.maxVisitors }),
    ...validatePhone(input.phone),
  ];
  if (errors.length > 0) throw new InputValidationError(errors);
  assertSlotBookable(slot, policy, now);
  await assertNotSuspended(ctx.db, viewer.accountId, now);
  if (remainingOnline(slot, policy, now) >= input.visitors.length)
    throw new WaitlistNotAvailableError('SLOT_HAS_PLACES');
  const party: StoredParty = { visitors: input.visitors, phone: input.phone };
  try {
    const id = await insertWaitlistEntry(ctx.db, {
      slot_id: slot.id,
      account_id: viewer.accountId,
      active_account_id: viewer.accountId,
      party_size: input.visitors.length,
      party_cipher: ctx.vault.encrypt(JSON.stringify(party)),
      status: 'WAITING',
      created_at: now,
    });
    return toEntry(ctx.db, (await findWaitlistEntry(ctx.db, id)) as WaitlistRow);
  } catch (error) {
    if (isUniqueViolation(error, 'active_account_id') || isUniqueViolation(error, 'waitlist_active_uq')) {
      throw new WaitlistNotAvailableError('ALREADY_WAITING');
    }
    throw error;
  }
}

/**
 * Offers free places of a slot to waiting parties in order, inside the caller's transaction (a
 * cancellation, an expiry, a capacity increase). Each offer holds its places with a conditional update.
 */
export async function offerFreedPlaces(
  trx: Executor,
  slotId: number,
  policy: BookingPolicy,
  now: number,
): Promise<void> {
  const skipped = new Set<number>();
  for (let round = 0; round < 50; round++) {
    const slot = await findSlot(trx, slotId);
    if (slot?.status !== 'OPEN' || now >= slot.start_at) return;
    const free = remainingOnline(slot, policy, now);
    if (free <= 0) return;
    const entry = await firstWaitingThatFits(trx, slotId, free);
    if (!entry || skipped.has(entry.id)) return;
    const walkinCutoff = now + policy.walkinReleaseMinutes * MINUTE_MS;
    if (!(await holdPlacesForOffer(trx, slotId, entry.party_size, walkinCutoff))) return;
    const offeredUntil = Math.min(now + policy.waitlistHoldMinutes * MINUTE_MS, slot.start_at);
    if (
      !(await transitionWaitlistEntry(trx, entry.id, 'WAITING', { status: 'OFFERED', offered_until: offeredUntil }))
    ) {
      await releaseOfferHold(trx, slotId, entry.party_size);
      skipped.add(entry.id);
      continue;
    }
    await enqueueNotification(trx, {
      accountId: entry.account_id,
      kind: 'WAITLIST_OFFER',
      dedupeKey: `waitlist-offer:${entry.id}`,
      payload: { waitlistEntryId: entry.id, slotId, offeredUntil },
      now,
    });
  }
}

/** Turns a held offer into a booking; the entry's OFFERED→BOOKED claim makes this happen once. */
export async function acceptWaitlistOffer(ctx: Context, entryId: number): Promise<Booking> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const entry = await findWaitlistEntry(ctx.db, entryId);
  if (!entry || entry.account_id !== viewer.accountId) throw new WaitlistNotAvailableError('NOT_OFFERED');
  if (entry.status === 'BOOKED' && entry.booking_id)
    return (await loadBooking(ctx, ctx.db, entry.booking_id, viewer)) as Booking;
  if (entry.status !== 'OFFERED') throw new WaitlistNotAvailableError('NOT_OFFERED');
  if ((entry.offered_until ?? 0) <= now) throw new WaitlistNotAvailableError('OFFER_EXPIRED');
  const slot = await findSlot(ctx.db, entry.slot_id);
  if (slot?.status !== 'OPEN') throw new SlotClosedError(slot?.closed_reason ?? null);
  const party = JSON.parse(ctx.vault.decrypt(entry.party_cipher)) as StoredParty;
  const protectedParty = party.visitors.map((v) => protectVisitor(ctx.vault, v, slot.visit_date));

  const bookingId = await inTransaction(ctx.db, async (trx) => {
    if (!(await transitionWaitlistEntry(trx, entry.id, 'OFFERED', { status: 'BOOKED', active_account_id: null }))) {
      return null;
    }
    await convertOfferHold(trx, slot.id, entry.party_size);
    const id = await insertConfirmedBooking(trx, ctx.vault, {
      accountId: viewer.accountId,
      slot,
      party: protectedParty,
      phone: party.phone,
      idempotencyKey: `waitlist-${entry.id}`,
      now,
    });
    await trx.updateTable('waitlist_entry').set({ booking_id: id }).where('id', '=', entry.id).execute();
    return id;
  });
  if (bookingId === null) {
    // Another acceptance of the same offer won (a double tap or a retry): answer with its booking.
    const settled = await findWaitlistEntry(ctx.db, entry.id);
    if (settled?.status === 'BOOKED' && settled.booking_id) {
      return (await loadBooking(ctx, ctx.db, settled.booking_id, viewer)) as Booking;
    }
    throw new WaitlistNotAvailableError('OFFER_EXPIRED');
  }
  return (await loadBooking(ctx, ctx.db, bookingId, viewer)) as Booking;
}

/** Leaves the queue, or declines an offer (its places go to the next party). */
export async function leaveWaitlist(ctx: Context, entryId: number): Promise<WaitlistEntry> {
  const viewer = requireViewer(ctx);
  const now = ctx.clock.now();
  const entry = await findWaitlistEntry(ctx.db, entryId);
  if (!entry || entry.account_id !== viewer.accountId) throw new WaitlistNotAvailableError('NOT_OFFERED');
  await inTransaction(ctx.db, async (trx) => {
    if (await transitionWaitlistEntry(trx, entry.id, 'WAITING', { status: 'CANCELLED', active_account_id: null }))
      return;
    if (await transitionWaitlistEntry(trx, entry.id, 'OFFERED', { status: 'CANCELLED', active_account_id: null })) {
      await releaseOfferHold(trx, entry.slot_id, entry.party_size);
      const slot = await findSlot(trx, entry.slot_id);
      if (slot) await offerFreedPlaces(trx, slot.id, await loadPolicy(trx, slot.exhibition_id), now);
    }
  });
  return toEntry(ctx.db, (await findWaitlistEntry(ctx.db, entry.id)) as WaitlistRow);
}

export async function myWaitlist(ctx: Context): Promise<WaitlistEntry[]> {
  const viewer = requireViewer(ctx);
  const rows = await listWaitlistOfAccount(ctx.db, viewer.accountId);
  return Promise.all(rows.map((r) => toEntry(ctx.db, r)));
}

/** Scheduled: expired offers release their places to the next party. Idempotent and multi-process safe. */
export async function expireWaitlistOffers(services: AppServices, limit = 100): Promise<number> {
  const now = services.clock.now();
  let expired = 0;
  for (const entry of await listExpiredOffers(services.db, now, limit)) {
    await inTransaction(services.db, async (trx) => {
      if (!(await transitionWaitlistEntry(trx, entry.id, 'OFFERED', { status: 'EXPIRED', active_account_id: null })))
        return;
      expired++;
      await releaseOfferHold(trx, entry.slot_id, entry.party_size);
      const slot = await findSlot(trx, entry.slot_id);
      if (slot) await offerFreedPlaces(trx, slot.id, await loadPolicy(trx, slot.exhibition_id), now);
    });
  }
  return expired;
}

/**
 * Scheduled: offers places that became free without a cancellation (walk-in places released before the
 * slot, capacity raised elsewhere) to waiting parties. Each offer is a conditional hold, so it is safe to
 * run in every process and to repeat.
 */
export async function offerFreePlacesToWaitingLists(services: AppServices, limit = 100): Promise<number> {
  const now = services.clock.now();
  const slots = await listSlotsWithWaitingParties(services.db, now, limit);
  for (const { slot_id } of slots) {
    await inTransaction(services.db, async (trx) => {
      const slot = await findSlot(trx, slot_id);
      if (slot) await offerFreedPlaces(trx, slot.id, await loadPolicy(trx, slot.exhibition_id), now);
    });
  }
  return slots.length;
}
