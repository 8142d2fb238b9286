// The conditional updates are the last word on capacity and status. The services read a slot and refuse early
// (closed, full, not open yet), but between that read and the update another request may close the slot, fill
// it or claim the same work, so each statement must refuse on its own. These tests call the statements
// directly on a real database, with a slot whose row says what the service's earlier read did not see.

import { addDays } from '@zz/shared';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as slotService from '../../server/src/modules/scheduling/slot.service';
import { findSlot, type Slot } from '../../server/src/modules/scheduling/slot.service';
import * as visitsRepository from '../../server/src/modules/visits/visit.repository';
import * as waitlistRepository from '../../server/src/modules/waitlist/waitlist.repository';
import { bookOk, createBookableExhibition, MINUTE_MS, TEST_TODAY, visitors } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { createStaff, type SignedInAs, type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

describe.each(dialects)('capacity and status statements on their own (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let manager: StaffSignedIn;
  let citizen: SignedInAs;
  /** A fresh 10-place slot (2 held for walk-ins, 4 group places) for each test, on the 3rd day from now. */
  let slot: Slot;

  const deps = () => ({ db: server().db, clock: server().clock });
  const now = () => server().clock.now();
  const reload = async () => {
    const fresh = await findSlot(deps(), slot.id);
    if (!fresh) throw new Error('slot vanished');
    return fresh;
  };
  const setSlotRow = (values: Partial<{ status: 'OPEN' | 'CLOSED'; booked: number; offer_held: number }>) =>
    server().db.updateTable('slot').set(values).where('id', '=', slot.id).execute();

  beforeAll(async () => {
    manager = await createStaff(server(), 'ADMIN');
    citizen = await signInCitizen(server());
  });

  beforeEach(async () => {
    const exhibition = await createBookableExhibition(server(), manager, {
      days: 3,
      policy: { releaseDaysAhead: 30, closedWeekdays: [], walkinReleaseMinutes: 30 },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 10, walkinQuota: 2, groupQuota: 4 }],
    });
    const view = await exhibition.slotAt(addDays(TEST_TODAY, 2));
    const found = await findSlot(deps(), Number(view.id));
    if (!found) throw new Error('slot not found');
    slot = found;
  });

  describe('online places', () => {
    it('takes places up to capacity less the walk-in hold, and not one more', async () => {
      expect(await slotService.takeOnlinePlaces(server().db, slot, 8, now())).toBe(true);
      expect(await slotService.takeOnlinePlaces(server().db, slot, 1, now())).toBe(false);
      expect((await reload()).booked).toBe(8);
    });

    it('refuses a slot closed after the service read it, and changes nothing', async () => {
      await setSlotRow({ status: 'CLOSED' });
      expect(await slotService.takeOnlinePlaces(server().db, slot, 1, now())).toBe(false);
      expect((await reload()).booked).toBe(0);
    });

    it('leaves places held for a waiting-list offer alone', async () => {
      await setSlotRow({ offer_held: 3 });
      expect(await slotService.takeOnlinePlaces(server().db, slot, 6, now())).toBe(false);
      expect(await slotService.takeOnlinePlaces(server().db, slot, 5, now())).toBe(true);
    });

    it('gives the walk-in hold to online bookings exactly at the release instant, not a moment before', async () => {
      const release = slot.startAt - 30 * MINUTE_MS;
      expect(await slotService.takeOnlinePlaces(server().db, slot, 9, release - 1)).toBe(false);
      expect(await slotService.takeOnlinePlaces(server().db, slot, 9, release)).toBe(true);
      expect((await reload()).booked).toBe(9);
    });

    it('counts admitted walk-ins against the hold: 2 held, 1 used, so 1 is still held', async () => {
      expect(await slotService.takeWalkinPlaces(server().db, slot, 1, now())).toBe(true);
      // booked 1 (the walk-in) + 1 still held: 8 more fit, 9 do not.
      expect(await slotService.takeOnlinePlaces(server().db, slot, 9, now())).toBe(false);
      expect(await slotService.takeOnlinePlaces(server().db, slot, 8, now())).toBe(true);
    });

    it('gives places back on release', async () => {
      expect(await slotService.takeOnlinePlaces(server().db, slot, 5, now())).toBe(true);
      await slotService.releasePlaces(server().db, slot.id, 2);
      expect((await reload()).booked).toBe(3);
    });
  });

  describe('walk-ins', () => {
    it('refuses a walk-in into a closed slot', async () => {
      await setSlotRow({ status: 'CLOSED' });
      expect(await slotService.takeWalkinPlaces(server().db, slot, 1, now())).toBe(false);
      expect((await reload()).walkinUsed).toBe(0);
    });

    it('does not give a walk-in the places held for an offer', async () => {
      // 4 booked + 2 held for walk-ins + 4 offered fill the 10 places: a walk-in uses its hold.
      await setSlotRow({ booked: 4, offer_held: 5 });
      expect(await slotService.takeWalkinPlaces(server().db, slot, 1, now())).toBe(false);
      await setSlotRow({ booked: 4, offer_held: 4 });
      expect(await slotService.takeWalkinPlaces(server().db, slot, 1, now())).toBe(true);
    });
  });

  describe('offer holds', () => {
    it('holds places only while they fit, and never in a closed slot', async () => {
      expect(await slotService.holdPlacesForOffer(server().db, slot, 9, now())).toBe(false);
      expect(await slotService.holdPlacesForOffer(server().db, slot, 8, now())).toBe(true);
      await setSlotRow({ status: 'CLOSED', offer_held: 0 });
      expect(await slotService.holdPlacesForOffer(server().db, slot, 1, now())).toBe(false);
      expect((await reload()).offerHeld).toBe(0);
    });

    it('releases a hold, and converts an accepted one into booked places', async () => {
      expect(await slotService.holdPlacesForOffer(server().db, slot, 3, now())).toBe(true);
      await slotService.releaseOfferHold(server().db, slot.id, 1);
      expect(await reload()).toMatchObject({ offerHeld: 2, booked: 0 });
      await slotService.convertOfferHold(server().db, slot.id, 2);
      expect(await reload()).toMatchObject({ offerHeld: 0, booked: 2 });
    });
  });

  describe('group places', () => {
    it('fills the group quota exactly, refuses one more, and never in a closed slot', async () => {
      expect(await slotService.takeGroupPlaces(server().db, slot.id, 4)).toBe(true);
      expect(await slotService.takeGroupPlaces(server().db, slot.id, 1)).toBe(false);
      await slotService.releaseGroupPlaces(server().db, slot.id, 4);
      expect((await reload()).groupBooked).toBe(0);
      await setSlotRow({ status: 'CLOSED' });
      expect(await slotService.takeGroupPlaces(server().db, slot.id, 1)).toBe(false);
      expect((await reload()).groupBooked).toBe(0);
    });
  });

  describe('closing and claims', () => {
    it('closes an open slot once: the second close reports it was closed already', async () => {
      const { db } = server();
      const { closeSlotIfOpen } = await import('../../server/src/modules/scheduling/slot.repository');
      expect(await closeSlotIfOpen(db, slot.id, '设备检修')).toBe(true);
      expect(await closeSlotIfOpen(db, slot.id, '设备检修')).toBe(false);
    });

    it('lets one claimant mark a slot’s no-shows, and lists a slot only once it has ended', async () => {
      const { db } = server();
      expect(await slotService.slotsAwaitingNoShowMarking(db, slot.startAt, 1000)).not.toContain(slot.id);
      expect(await slotService.slotsAwaitingNoShowMarking(db, slot.endAt - 1, 1000)).not.toContain(slot.id);
      expect(await slotService.slotsAwaitingNoShowMarking(db, slot.endAt, 1000)).toContain(slot.id);
      expect(await slotService.claimNoShowMarking(db, slot.id, slot.endAt)).toBe(true);
      expect(await slotService.claimNoShowMarking(db, slot.id, slot.endAt)).toBe(false);
      expect(await slotService.slotsAwaitingNoShowMarking(db, slot.endAt, 1000)).not.toContain(slot.id);
    });
  });

  describe('booking and visitor statuses', () => {
    it('moves a booking only from the status it is expected to have', async () => {
      const booking = await bookOk(server(), citizen, String(slot.id), { visitors: visitors(1) });
      const id = Number(booking.id);
      const { db } = server();
      expect(await visitsRepository.transitionBooking(db, id, ['PENDING_REVIEW'], { status: 'CANCELLED' })).toBe(false);
      expect(await visitsRepository.transitionBooking(db, id, ['CONFIRMED'], { status: 'CANCELLED' })).toBe(true);
      expect(await visitsRepository.transitionBooking(db, id, ['CONFIRMED'], { status: 'CANCELLED' })).toBe(false);
    });

    it('checks a visitor in once, and admits a group headcount only up to its party size', async () => {
      const booking = await bookOk(server(), citizen, String(slot.id), { visitors: visitors(2) });
      const { db } = server();
      const [first] = await visitsRepository.listVisitorsOfBookings(db, [Number(booking.id)]);
      const bookingId = Number(booking.id);
      expect(await visitsRepository.checkInChosenVisitors(db, bookingId, [first.id], now(), 1)).toEqual([first.id]);
      expect(await visitsRepository.checkInChosenVisitors(db, bookingId, [first.id], now(), 1)).toEqual([]);

      // The same statement the door uses for groups: 2 of a party of 2 fit, a third head does not.
      expect(await visitsRepository.admitGroupHeadcount(db, Number(booking.id), 3, now())).toBe(false);
      expect(await visitsRepository.admitGroupHeadcount(db, Number(booking.id), 2, now())).toBe(true);
      expect(await visitsRepository.admitGroupHeadcount(db, Number(booking.id), 1, now())).toBe(false);
    });

    it('counts people on a booking only up to its party, and undoes a check-in only while it is recent', async () => {
      const booking = await bookOk(server(), citizen, String(slot.id), { visitors: visitors(2) });
      const { db } = server();
      const id = Number(booking.id);
      expect(await visitsRepository.recordBookingCheckIn(db, id, 3, now())).toBe(false);
      expect(await visitsRepository.recordBookingCheckIn(db, id, 2, now())).toBe(true);
      expect(await visitsRepository.recordBookingCheckIn(db, id, 1, now())).toBe(false);

      const [first, second] = await visitsRepository.listVisitorsOfBookings(db, [id]);
      const at = now();
      await visitsRepository.checkInChosenVisitors(db, id, [first.id], at, 1);
      expect(await visitsRepository.undoRecentVisitorCheckIn(db, second.id, at)).toBe(false);
      expect(await visitsRepository.undoRecentVisitorCheckIn(db, first.id, at + 1)).toBe(false);
      expect(await visitsRepository.undoRecentVisitorCheckIn(db, first.id, at)).toBe(true);
      expect(await visitsRepository.undoRecentVisitorCheckIn(db, first.id, at)).toBe(false);
    });
  });

  describe('waiting-list statements', () => {
    it('offers to the longest-waiting party that fits, and moves an entry only from its expected status', async () => {
      const { db } = server();
      const insert = async (partySize: number) => {
        const { accountId } = await signInCitizen(server());
        return waitlistRepository.insertWaitlistEntry(db, {
          slot_id: slot.id,
          account_id: accountId,
          active_account_id: accountId,
          party_size: partySize,
          party_cipher: 'not read by these statements',
          status: 'WAITING',
          created_at: now(),
        });
      };
      const large = await insert(4);
      const older = await insert(2);
      const newer = await insert(2);
      expect((await waitlistRepository.firstWaitingThatFits(db, slot.id, 2))?.id).toBe(older);
      expect((await waitlistRepository.firstWaitingThatFits(db, slot.id, 4))?.id).toBe(large);
      expect(await waitlistRepository.firstWaitingThatFits(db, slot.id, 1)).toBeUndefined();

      expect(await waitlistRepository.transitionWaitlistEntry(db, older, 'OFFERED', { status: 'EXPIRED' })).toBe(false);
      expect(await waitlistRepository.transitionWaitlistEntry(db, older, 'WAITING', { status: 'OFFERED' })).toBe(true);
      expect(await waitlistRepository.transitionWaitlistEntry(db, older, 'WAITING', { status: 'OFFERED' })).toBe(false);
      expect((await waitlistRepository.firstWaitingThatFits(db, slot.id, 2))?.id).toBe(newer);
    });

    it('lists an offer as expired exactly when its hold ends, and offers only for slots not yet started', async () => {
      const { db } = server();
      const { accountId } = await signInCitizen(server());
      const offeredUntil = slot.startAt - 60 * MINUTE_MS;
      const entry = await waitlistRepository.insertWaitlistEntry(db, {
        slot_id: slot.id,
        account_id: accountId,
        active_account_id: accountId,
        party_size: 1,
        party_cipher: 'not read by these statements',
        status: 'OFFERED',
        offered_until: offeredUntil,
        created_at: now(),
      });
      const expiredAt = async (instant: number) =>
        (await waitlistRepository.listExpiredOffers(db, instant, 1000)).map((e) => e.id);
      expect(await expiredAt(offeredUntil - 1)).not.toContain(entry);
      expect(await expiredAt(offeredUntil)).toContain(entry);

      expect(await waitlistRepository.transitionWaitlistEntry(db, entry, 'OFFERED', { status: 'WAITING' })).toBe(true);
      const slotsWaitingAt = async (instant: number) =>
        (await waitlistRepository.listSlotsWithWaitingParties(db, instant, 1000)).map((s) => s.slot_id);
      expect(await slotsWaitingAt(slot.startAt - 1)).toContain(slot.id);
      expect(await slotsWaitingAt(slot.startAt)).not.toContain(slot.id);
    });
  });
});
