// Waiting lists (候补): a full slot's waiting parties are offered freed places in order; the first party
// that fits gets them held for a limited time, then the next. Offers are claimed through the database.
import { businessDateOf, MINUTE_MS, type Visitor, type WaitlistStatus } from '@zz/shared';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { RerunTransaction } from '../../db/executor';
import type { Actor } from '../../platform/access/actor';
import { requireCitizen } from '../../platform/access/guards';
import { enqueueMessage } from '../../platform/outbox/outbox';
import { protectVisitor } from '../../platform/pii/visitor-protection';
import { assertPrivacyConsent } from '../privacy/privacy.service';
import { SlotClosedError } from '../scheduling/scheduling.errors';
import {
  assertSlotBookable,
  convertOfferHold,
  findSlot,
  holdPlacesForOffer,
  releaseOfferHold,
  requirePublishedSlot,
} from '../scheduling/slot.service';
import { type PartyInput, parseParty } from '../visits/booking.service';
import { assertNotSuspended, type Booking, loadWrittenBooking, writeConfirmedBooking } from '../visits/visit.service';
import { WaitlistNotAvailableError } from './waitlist.errors';
import type { WaitlistRow } from './waitlist.repository';
import * as waitlist from './waitlist.repository';

export interface WaitlistEntry {
  id: number;
  slotId: number;
  partySize: number;
  status: WaitlistStatus;
  offeredUntil: number | null;
  bookingId: number | null;
  position: number | null;
  createdAt: number;
}

async function toEntry(deps: Pick<Deps, 'db'>, row: WaitlistRow): Promise<WaitlistEntry> {
  return {
    id: row.id,
    slotId: row.slot_id,
    partySize: row.party_size,
    status: row.status,
    offeredUntil: row.offered_until,
    bookingId: row.booking_id,
    position: row.status === 'WAITING' ? await waitlist.positionInQueue(deps.db, row) : null,
    createdAt: row.created_at,
  };
}

/** The party as it will be booked (parsed when it joined), kept encrypted until an offer is accepted. */
interface StoredParty {
  visitors: Visitor[];
  phone: string;
}

export async function joinWaitlist(
  deps: Deps,
  actor: Actor | null,
  input: { slotId: number } & PartyInput,
): Promise<WaitlistEntry> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const slot = await requirePublishedSlot(deps, input.slotId);
  const { visitors, phone } = parseParty(input, slot.policy.maxVisitors, businessDateOf(now));
  assertSlotBookable(slot, now);
  await assertNotSuspended(deps.db, citizen.accountId, now);
  await assertPrivacyConsent(deps, citizen.accountId);
  if (slot.remaining >= visitors.length) throw new WaitlistNotAvailableError('SLOT_HAS_PLACES');
  const party: StoredParty = { visitors, phone };
  try {
    const id = await waitlist.insertWaitlistEntry(deps.db, {
      slot_id: slot.id,
      account_id: citizen.accountId,
      active_account_id: citizen.accountId,
      party_size: visitors.length,
      party_cipher: deps.vault.encrypt(JSON.stringify(party)),
      status: 'WAITING',
      created_at: now,
    });
    return toEntry(deps, (await waitlist.findWaitlistEntry(deps.db, id)) as WaitlistRow);
  } catch (error) {
    // One live entry per account and slot, decided by the unique index.
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
export async function offerFreedPlaces(deps: Pick<Deps, 'db' | 'clock'>, slotId: number): Promise<void> {
  const now = deps.clock.now();
  const skipped = new Set<number>();
  for (let round = 0; round < 50; round++) {
    const slot = await findSlot(deps, slotId);
    if (slot?.status !== 'OPEN' || now >= slot.startAt) return;
    if (slot.remaining <= 0) return;
    const entry = await waitlist.firstWaitingThatFits(deps.db, slotId, slot.remaining);
    if (!entry || skipped.has(entry.id)) return;
    if (!(await holdPlacesForOffer(deps.db, slot, entry.party_size, now))) return;
    const offeredUntil = Math.min(now + slot.policy.waitlistHoldMinutes * MINUTE_MS, slot.startAt);
    const offered = await waitlist.transitionWaitlistEntry(deps.db, entry.id, 'WAITING', {
      status: 'OFFERED',
      offered_until: offeredUntil,
    });
    if (!offered) {
      await releaseOfferHold(deps.db, slotId, entry.party_size);
      skipped.add(entry.id);
      continue;
    }
    await enqueueMessage(
      deps.db,
      {
        accountId: entry.account_id,
        kind: 'WAITLIST_OFFER',
        dedupeKey: `waitlist-offer:${entry.id}`,
        payload: { waitlistEntryId: entry.id, slotId, offeredUntil },
      },
      now,
    );
  }
}

/** Turns a held offer into a booking; the entry's OFFERED→BOOKED claim makes this happen once. */
export async function acceptWaitlistOffer(deps: Deps, actor: Actor | null, entryId: number): Promise<Booking> {
  const citizen = requireCitizen(actor);
  const now = deps.clock.now();
  const entry = await waitlist.findWaitlistEntry(deps.db, entryId);
  if (!entry || entry.account_id !== citizen.accountId) throw new WaitlistNotAvailableError('NOT_OFFERED');
  // A doubled acceptance (a second tap, a retry) answers with the booking the first one made.
  if (entry.status === 'BOOKED' && entry.booking_id) return loadWrittenBooking(deps, citizen, entry.booking_id);
  if (entry.status !== 'OFFERED') throw new WaitlistNotAvailableError('NOT_OFFERED');
  if ((entry.offered_until ?? 0) <= now) throw new WaitlistNotAvailableError('OFFER_EXPIRED');
  const slot = await findSlot(deps, entry.slot_id);
  if (slot?.status !== 'OPEN') throw new SlotClosedError(slot?.closedReason ?? null);
  const party = JSON.parse(deps.vault.decrypt(entry.party_cipher)) as StoredParty;
  const protectedParty = party.visitors.map((v) => protectVisitor(deps.vault, v, slot.visitDate));

  if (
    !(await waitlist.transitionWaitlistEntry(deps.db, entry.id, 'OFFERED', {
      status: 'BOOKED',
      active_account_id: null,
    }))
  ) {
    // Another acceptance (or the expiry job) settled the offer first: run again to answer as it left it.
    throw new RerunTransaction('waiting-list offer settled concurrently');
  }
  await convertOfferHold(deps.db, slot.id, entry.party_size);
  const booking = await writeConfirmedBooking(deps, citizen, {
    slot,
    party: protectedParty,
    phone: party.phone,
    idempotencyKey: `waitlist-${entry.id}`,
    now,
  });
  await waitlist.recordBookingOfEntry(deps.db, entry.id, booking.id);
  return booking;
}

/** Leaves the queue, or declines an offer (its places go to the next party). */
export async function leaveWaitlist(deps: Deps, actor: Actor | null, entryId: number): Promise<WaitlistEntry> {
  const citizen = requireCitizen(actor);
  const entry = await waitlist.findWaitlistEntry(deps.db, entryId);
  if (!entry || entry.account_id !== citizen.accountId) throw new WaitlistNotAvailableError('NOT_OFFERED');
  const left = { status: 'CANCELLED' as const, active_account_id: null };
  if (!(await waitlist.transitionWaitlistEntry(deps.db, entry.id, 'WAITING', left))) {
    if (await waitlist.transitionWaitlistEntry(deps.db, entry.id, 'OFFERED', left)) {
      await releaseOfferHold(deps.db, entry.slot_id, entry.party_size);
      await offerFreedPlaces(deps, entry.slot_id);
    }
  }
  return toEntry(deps, (await waitlist.findWaitlistEntry(deps.db, entry.id)) as WaitlistRow);
}

export async function myWaitlist(deps: Deps, actor: Actor | null): Promise<WaitlistEntry[]> {
  const citizen = requireCitizen(actor);
  const rows = await waitlist.listWaitlistOfAccount(deps.db, citizen.accountId);
  return Promise.all(rows.map((r) => toEntry(deps, r)));
}

/** A closing slot's live entries end; places held for offers are given back. */
export async function cancelWaitlistOfClosedSlot(deps: Pick<Deps, 'db'>, slotId: number): Promise<void> {
  for (const entry of await waitlist.listLiveWaitlistOfSlot(deps.db, slotId)) {
    const ended = await waitlist.transitionWaitlistEntry(deps.db, entry.id, entry.status, {
      status: 'CANCELLED',
      active_account_id: null,
    });
    if (ended && entry.status === 'OFFERED') await releaseOfferHold(deps.db, slotId, entry.party_size);
  }
}

/** Offers that ran out, oldest first (the job expires each in its own transaction). */
export async function expiredOfferIds(deps: Pick<Deps, 'db' | 'clock'>, limit: number): Promise<number[]> {
  return (await waitlist.listExpiredOffers(deps.db, deps.clock.now(), limit)).map((e) => e.id);
}

/** Expires one offer if it is still open and past its time; its places go to the next party. */
export async function expireOffer(deps: Pick<Deps, 'db' | 'clock'>, entryId: number): Promise<boolean> {
  const entry = await waitlist.findWaitlistEntry(deps.db, entryId);
  if (entry?.status !== 'OFFERED' || (entry.offered_until ?? 0) > deps.clock.now()) return false;
  const expired = { status: 'EXPIRED' as const, active_account_id: null };
  if (!(await waitlist.transitionWaitlistEntry(deps.db, entry.id, 'OFFERED', expired))) return false;
  await enqueueMessage(
    deps.db,
    {
      accountId: entry.account_id,
      kind: 'WAITLIST_OFFER_EXPIRED',
      dedupeKey: `waitlist-expired:${entry.id}`,
      payload: { waitlistEntryId: entry.id, slotId: entry.slot_id, offeredUntil: entry.offered_until ?? 0 },
    },
    deps.clock.now(),
  );
  await releaseOfferHold(deps.db, entry.slot_id, entry.party_size);
  await offerFreedPlaces(deps, entry.slot_id);
  return true;
}

/** Open, future slots that still have parties waiting. */
export async function slotsWithWaitingParties(deps: Pick<Deps, 'db' | 'clock'>, limit: number): Promise<number[]> {
  return (await waitlist.listSlotsWithWaitingParties(deps.db, deps.clock.now(), limit)).map((s) => s.slot_id);
}

/** What a notification about an offer names, and whether the offer still stands (the delivery worker asks). */
export interface OfferNoticeSubject {
  id: number;
  accountId: number;
  slotId: number;
  status: WaitlistStatus;
  offeredUntil: number | null;
}

export async function offerNoticeSubjects(
  deps: Pick<Deps, 'db'>,
  ids: readonly number[],
): Promise<OfferNoticeSubject[]> {
  return (await waitlist.findWaitlistEntriesByIds(deps.db, ids)).map((row) => ({
    id: row.id,
    accountId: row.account_id,
    slotId: row.slot_id,
    status: row.status,
    offeredUntil: row.offered_until === null ? null : Number(row.offered_until),
  }));
}
