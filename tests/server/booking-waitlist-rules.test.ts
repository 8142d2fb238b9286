// Waiting-list rules at their edges: whose entry may be accepted or left, declining an offer, a closed slot's
// entries and holds, the offer that would outlive the slot's start, the expiry's own checks, the offer message,
// and the races an offer can lose (a party leaving while it is being offered, a doubled acceptance, an
// acceptance beating the expiry). Races are staged by calling the waiting-list service directly with a
// database that lets the rival write just before the service's first conditional update.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { RerunTransaction } from '../../server/src/db/executor';
import * as waitlist from '../../server/src/modules/waitlist/waitlist.service';
import {
  actorOf,
  at,
  bookOk,
  call,
  cancelBooking,
  createBookableExhibition,
  depsOf,
  iso,
  joinWaitlist,
  MINUTE_MS,
  outboxOf,
  phoneNumber,
  rivalBeforeFirstUpdate,
  type SlotView,
  staffSlot,
  successData,
  TEST_TODAY,
  visitors,
  waitlistEntry,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AcceptWaitlistOfferDocument,
  CloseSlotDocument,
  JoinWaitlistDocument,
  LeaveWaitlistDocument,
} from '../testkit/generated/graphql';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
const START = at(TOMORROW, '14:00');
const MISSING_ID = '987654321';

describe.each(dialects)('waiting-list rules (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  interface Waiting {
    citizen: SignedInAs;
    id: string;
  }

  /**
   * Tomorrow's 14:00 slot with one place, booked by `holder`, and parties waiting in this order with these
   * sizes (1 each by default). `freePlace` cancels the holder's booking, which offers the place.
   */
  async function queue(sizes: number[] = [1, 1]) {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1 }],
    });
    const slot: SlotView = await exhibition.slotAt(TOMORROW);
    const holder = await signInCitizen(server());
    const held = await bookOk(server(), holder, slot.id);
    const waiting: Waiting[] = [];
    for (const size of sizes) {
      const citizen = await signInCitizen(server());
      waiting.push({ citizen, id: successData(await joinWaitlist(server(), citizen, slot.id, { visitors: size })).id });
    }
    return {
      slot,
      waiting,
      freePlace: async () => successData(await cancelBooking(server(), holder.token, held.id)),
      /** One more place, as the slot row would say after any change that frees one without offering it. */
      addPlaceQuietly: () =>
        server().db.updateTable('slot').set({ capacity: 2 }).where('id', '=', Number(slot.id)).execute(),
    };
  }

  const accept = (w: Waiting) => call(server(), AcceptWaitlistOfferDocument, { id: w.id }, w.citizen.token);
  const leave = (w: Waiting) => call(server(), LeaveWaitlistDocument, { id: w.id }, w.citizen.token);
  const statusOf = async (w: Waiting) => (await waitlistEntry(server(), w.citizen, w.id)).status;

  describe('whose entry', () => {
    it("refuses to accept someone else's offer or an entry that does not exist, and books nothing", async () => {
      const { slot, waiting, freePlace } = await queue([1]);
      await freePlace();
      const stranger = await signInCitizen(server());

      for (const id of [waiting[0].id, MISSING_ID]) {
        expect(await call(server(), AcceptWaitlistOfferDocument, { id }, stranger.token)).toMatchObject({
          __typename: 'WaitlistNotAvailableError',
          reason: 'NOT_OFFERED',
          message: '该候补尚未获得名额',
        });
      }
      expect(await statusOf(waiting[0])).toBe('OFFERED');
      expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ booked: 0, offerHeld: 1 });
    });

    it("refuses to cancel someone else's entry or one that does not exist", async () => {
      const { waiting } = await queue([1]);
      const stranger = await signInCitizen(server());

      for (const id of [waiting[0].id, MISSING_ID]) {
        expect(await call(server(), LeaveWaitlistDocument, { id }, stranger.token)).toMatchObject({
          __typename: 'WaitlistNotAvailableError',
          reason: 'NOT_OFFERED',
          message: '该候补尚未获得名额',
        });
      }
      expect(await statusOf(waiting[0])).toBe('WAITING');
    });

    it('refuses to accept an entry still waiting for an offer', async () => {
      const { waiting } = await queue([1]);

      expect(await accept(waiting[0])).toMatchObject({
        __typename: 'WaitlistNotAvailableError',
        reason: 'NOT_OFFERED',
      });
      expect(await statusOf(waiting[0])).toBe('WAITING');
    });
  });

  describe('offers', () => {
    it('passes a declined offer to the next party and holds only its places', async () => {
      const { slot, waiting, freePlace } = await queue([1, 1]);
      await freePlace();
      expect(await statusOf(waiting[0])).toBe('OFFERED');

      expect(successData(await leave(waiting[0])).status).toBe('CANCELLED');
      expect(await statusOf(waiting[1])).toBe('OFFERED');
      expect((await staffSlot(server(), staff.manager, slot.id)).offerHeld).toBe(1);
    });

    it('tells the party offered places which entry, which slot and until when', async () => {
      const { slot, waiting, freePlace } = await queue([1]);
      await freePlace();

      const messages = await outboxOf(server(), [waiting[0].citizen.accountId]);
      expect(messages.map((m) => [m.kind, JSON.parse(m.payload)])).toEqual([
        [
          'WAITLIST_OFFER',
          {
            waitlistEntryId: Number(waiting[0].id),
            slotId: Number(slot.id),
            offeredUntil: DEFAULT_TEST_INSTANT + 30 * MINUTE_MS,
          },
        ],
      ]);
    });

    it('books two accepted offers of one citizen in two slots', async () => {
      const first = await queue([]);
      const second = await queue([]);
      const citizen = await signInCitizen(server());
      const entries = [
        successData(await joinWaitlist(server(), citizen, first.slot.id)).id,
        successData(await joinWaitlist(server(), citizen, second.slot.id)).id,
      ];
      await first.freePlace();
      await second.freePlace();

      const booked = [
        successData(await accept({ citizen, id: entries[0] })),
        successData(await accept({ citizen, id: entries[1] })),
      ];
      expect(booked.map((b) => [b.status, b.slot.id])).toEqual([
        ['CONFIRMED', first.slot.id],
        ['CONFIRMED', second.slot.id],
      ]);
    });

    it('ends an offer at the slot start, and offers nothing more once the slot has started', async () => {
      const { slot, waiting, addPlaceQuietly } = await queue([1, 1]);
      await addPlaceQuietly();
      // 20 minutes before the start, a 30-minute hold would outlive the slot: it ends at the start.
      server().clock.set(START - 20 * MINUTE_MS);
      await waitlist.offerFreedPlaces(depsOf(server()), Number(slot.id));
      expect(await waitlistEntry(server(), waiting[0].citizen, waiting[0].id)).toMatchObject({
        status: 'OFFERED',
        offeredUntil: iso(START),
      });

      server().clock.set(START);
      const offer = await waitlistEntry(server(), waiting[0].citizen, waiting[0].id);
      expect(await waitlist.expireOffer(depsOf(server()), Number(offer.id))).toBe(true);
      expect(await statusOf(waiting[0])).toBe('EXPIRED');
      expect(await statusOf(waiting[1])).toBe('WAITING');
      expect((await staffSlot(server(), staff.manager, slot.id)).offerHeld).toBe(0);
    });

    it('offers nothing in a slot that is closed, even with places free and parties waiting', async () => {
      const { slot, waiting, addPlaceQuietly } = await queue([1]);
      await addPlaceQuietly();
      await server()
        .db.updateTable('slot')
        .set({ status: 'CLOSED', closed_reason: '设备检修' })
        .where('id', '=', Number(slot.id))
        .execute();

      await waitlist.offerFreedPlaces(depsOf(server()), Number(slot.id));
      expect(await statusOf(waiting[0])).toBe('WAITING');
      await expect(waitlist.offerFreedPlaces(depsOf(server()), Number(MISSING_ID))).resolves.toBeUndefined();
    });

    it("refuses an offer whose slot was closed after it was made, naming the archive's reason", async () => {
      const { slot, waiting, freePlace } = await queue([1]);
      await freePlace();
      // The row as a close that has not yet ended the slot's waiting list leaves it.
      await server()
        .db.updateTable('slot')
        .set({ status: 'CLOSED', closed_reason: '设备检修' })
        .where('id', '=', Number(slot.id))
        .execute();

      expect(await accept(waiting[0])).toMatchObject({
        __typename: 'SlotClosedError',
        closedReason: '设备检修',
        message: '该场次已关闭：设备检修',
      });
      expect(await statusOf(waiting[0])).toBe('OFFERED');
    });

    it("ends a closed slot's waiting and offered entries and gives back only the offered places", async () => {
      const { slot, waiting, freePlace } = await queue([1, 2]);
      await freePlace();
      expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ offerHeld: 1 });

      successData(
        await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '设备检修' }, staff.manager.token),
      );
      expect([await statusOf(waiting[0]), await statusOf(waiting[1])]).toEqual(['CANCELLED', 'CANCELLED']);
      expect((await staffSlot(server(), staff.manager, slot.id)).offerHeld).toBe(0);
    });
  });

  describe('the expiry', () => {
    it('expires an offer exactly at its end, not a millisecond before, and never an entry not offered', async () => {
      const { waiting, freePlace } = await queue([1, 1]);
      await freePlace();
      const offeredUntil = DEFAULT_TEST_INSTANT + 30 * MINUTE_MS;

      server().clock.set(offeredUntil - 1);
      expect(await waitlist.expireOffer(depsOf(server()), Number(waiting[0].id))).toBe(false);
      expect(await waitlist.expireOffer(depsOf(server()), Number(waiting[1].id))).toBe(false);
      expect(await waitlist.expireOffer(depsOf(server()), Number(MISSING_ID))).toBe(false);
      expect(await statusOf(waiting[0])).toBe('OFFERED');

      server().clock.set(offeredUntil);
      expect(await waitlist.expireOffer(depsOf(server()), Number(waiting[0].id))).toBe(true);
      expect(await statusOf(waiting[0])).toBe('EXPIRED');
      expect(await statusOf(waiting[1])).toBe('OFFERED');
      // The party whose offer ran out is told so, once; a second expiry changes nothing.
      expect(await waitlist.expireOffer(depsOf(server()), Number(waiting[0].id))).toBe(false);
      const expiredNotices = (await outboxOf(server(), [waiting[0].citizen.accountId])).filter(
        (m) => m.kind === 'WAITLIST_OFFER_EXPIRED',
      );
      expect(expiredNotices.map((m) => [m.dedupe_key, JSON.parse(m.payload).offeredUntil])).toEqual([
        [`waitlist-expired:${waiting[0].id}`, offeredUntil],
      ]);
    });

    it('does not expire an offer accepted after the expiry read it', async () => {
      const { slot, waiting, freePlace } = await queue([1]);
      await freePlace();
      const actor = await actorOf(server(), waiting[0].citizen);
      const offeredUntil = DEFAULT_TEST_INSTANT + 30 * MINUTE_MS;
      // The acceptance was sent a millisecond before the offer's end; the expiry runs at the end.
      const acceptedAt = { now: () => offeredUntil - 1 };
      const race = rivalBeforeFirstUpdate(server().db, 'waitlist_entry', () =>
        waitlist.acceptWaitlistOffer({ ...depsOf(server()), clock: acceptedAt }, actor, Number(waiting[0].id)),
      );
      server().clock.set(offeredUntil);

      expect(await waitlist.expireOffer(depsOf(server(), race.db), Number(waiting[0].id))).toBe(false);
      expect(race.raced()).toBe(true);
      expect(await statusOf(waiting[0])).toBe('BOOKED');
      expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ booked: 1, offerHeld: 0 });
    });
  });

  describe('races', () => {
    it('skips a party that left while being offered places, and offers them to the next', async () => {
      const { slot, waiting, addPlaceQuietly } = await queue([1, 1]);
      await addPlaceQuietly();
      const leaver = await actorOf(server(), waiting[0].citizen);
      // The rival runs after the offer picked the first party, just before it holds the places.
      const race = rivalBeforeFirstUpdate(server().db, 'slot', () =>
        waitlist.leaveWaitlist(depsOf(server()), leaver, Number(waiting[0].id)),
      );

      await waitlist.offerFreedPlaces(depsOf(server(), race.db), Number(slot.id));
      expect(race.raced()).toBe(true);
      expect([await statusOf(waiting[0]), await statusOf(waiting[1])]).toEqual(['CANCELLED', 'OFFERED']);
      expect((await staffSlot(server(), staff.manager, slot.id)).offerHeld).toBe(1);
      expect((await outboxOf(server(), [waiting[0].citizen.accountId])).map((m) => m.kind)).toEqual([]);
    });

    it('asks for a rerun when a doubled acceptance settled the offer first, which then answers with its booking', async () => {
      const { waiting, freePlace } = await queue([1]);
      await freePlace();
      const actor = await actorOf(server(), waiting[0].citizen);
      let rivalBookingId = 0;
      const race = rivalBeforeFirstUpdate(server().db, 'waitlist_entry', async () => {
        rivalBookingId = (await waitlist.acceptWaitlistOffer(depsOf(server()), actor, Number(waiting[0].id))).id;
      });

      const attempt = waitlist.acceptWaitlistOffer(depsOf(server(), race.db), actor, Number(waiting[0].id));
      await expect(attempt).rejects.toBeInstanceOf(RerunTransaction);
      await expect(attempt).rejects.toMatchObject({ reason: 'waiting-list offer settled concurrently' });
      expect(race.raced()).toBe(true);
      expect((await waitlist.acceptWaitlistOffer(depsOf(server()), actor, Number(waiting[0].id))).id).toBe(
        rivalBookingId,
      );
    });
  });

  it('reports a failure to save an entry as a failure, not as already waiting', async () => {
    const { slot } = await queue([]);
    const citizen = await signInCitizen(server());

    await server().whileInsertsFail('waitlist_entry', async () => {
      const result = await server().execute(
        JoinWaitlistDocument,
        { input: { slotId: slot.id, visitors: visitors(1), phone: phoneNumber() } },
        citizen.token,
      );
      expect(result.errors?.[0]?.message).toBe('Unexpected error.');
    });
    // Nothing was saved: the same citizen can join once the database accepts the entry.
    expect(successData(await joinWaitlist(server(), citizen, slot.id)).status).toBe('WAITING');
  });
});
