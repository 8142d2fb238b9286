// The booking service's own rules at their edges, over real GraphQL: a retried request answered from its key
// whatever changed since, a key that is not a key, a typed visitor who is also a chosen saved one, who may
// cancel which booking, and which bookings a citizen's two lists hold. The race of two sends of one request is
// staged by calling the service directly with a database that lets the rival send write first.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  bookingOfRetry,
  executeBooking,
  IdempotentRetryError,
  planBooking,
} from '../../server/src/modules/visits/booking.service';
import {
  actorOf,
  at,
  book,
  bookingById,
  bookOk,
  call,
  cancelBooking,
  createBookableExhibition,
  depsOf,
  idempotencyKey,
  phoneNumber,
  registerWalkIn,
  rivalBeforeFirstInsert,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { AddFrequentVisitorDocument, MyBookingsDocument } from '../testkit/generated/graphql';
import { createStaff, type SignedInAs, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
const NOT_FOUND = { __typename: 'BookingNotFoundError', message: '未找到该预约' };

describe.each(dialects)('booking service rules (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  describe('retries and keys', () => {
    it('answers a retry with the booking its key made even when the slot has filled up since', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1 }],
      });
      const slot = await exhibition.slotAt(TOMORROW);
      const citizen = await signInCitizen(server());
      const key = idempotencyKey();
      const party = [visitor()];
      const first = await bookOk(server(), citizen, slot.id, { visitors: party, idempotencyKey: key });
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(0);

      const retry = await bookOk(server(), citizen, slot.id, { visitors: party, idempotencyKey: key });
      expect(retry.id).toBe(first.id);
      expect(retry.status).toBe('CONFIRMED');
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(0);
    });

    it('refuses a key of 7 characters with the field error and books nothing, and accepts one of 8', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const citizen = await signInCitizen(server());

      expect(await book(server(), citizen, slot.id, { idempotencyKey: 'abcdefg' })).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ path: 'idempotencyKey', message: '请求标识无效' }],
      });
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(20);

      const booked = await bookOk(server(), citizen, slot.id, { idempotencyKey: 'abcdefgh' });
      expect(booked.partySize).toBe(1);
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(19);
    });

    it('tells a send that lost the race to its own copy to answer with the copy, and that answer is the copy’s booking', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const citizen = await signInCitizen(server());
      const actor = await actorOf(server(), citizen);
      const input = {
        slotId: Number(slot.id),
        visitors: [visitor()],
        frequentVisitorIds: [],
        savedVisitors: [],
        phone: phoneNumber(),
        idempotencyKey: idempotencyKey(),
        saveVisitors: false,
      };
      const plan = await planBooking(depsOf(server()), actor, input);
      if (plan.kind !== 'TO_BOOK') throw new Error(`expected a booking to make, got ${plan.kind}`);
      let rivalId = 0;
      // The copy runs its whole booking just before this send writes its own, after both looked for the key.
      const race = rivalBeforeFirstInsert(server().db, 'booking', async () => {
        rivalId = (await executeBooking(depsOf(server()), plan)).booking.id;
      });

      const attempt = executeBooking(depsOf(server(), race.db), plan);
      await expect(attempt).rejects.toBeInstanceOf(IdempotentRetryError);
      await expect(attempt).rejects.toMatchObject({
        name: 'IdempotentRetryError',
        message: 'a racing send of the same booking request committed first',
      });
      expect(race.raced()).toBe(true);

      const answer = await bookingOfRetry(depsOf(server()), plan);
      expect(answer.booking.id).toBe(rivalId);
      expect(answer.booking.status).toBe('CONFIRMED');
      expect(answer.slot).toBe(plan.slot);
    });

    it('will not answer a retry when no booking carries its key', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const actor = await actorOf(server(), await signInCitizen(server()));
      const plan = await planBooking(depsOf(server()), actor, {
        slotId: Number(slot.id),
        visitors: [visitor()],
        frequentVisitorIds: [],
        savedVisitors: [],
        phone: phoneNumber(),
        idempotencyKey: idempotencyKey(),
        saveVisitors: false,
      });
      if (plan.kind !== 'TO_BOOK') throw new Error(`expected a booking to make, got ${plan.kind}`);

      await expect(bookingOfRetry(depsOf(server()), plan)).rejects.toThrow(/^the racing booking is not visible$/);
    });
  });

  describe('the party', () => {
    it('refuses a typed visitor who is also a chosen saved one, at the typed position, and books nothing', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const citizen = await signInCitizen(server());
      const saved = visitor();
      const [entry] = successData(
        await call(server(), AddFrequentVisitorDocument, { visitor: saved, consent: true }, citizen.token),
      );

      expect(
        await book(server(), citizen, slot.id, { frequentVisitorIds: [entry.id], visitors: [visitor(), saved] }),
      ).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ path: 'visitors.1.documentNumber', message: '同一证件不能重复添加' }],
      });
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(20);

      // The saved visitor with someone else typed in is a party of two.
      const booked = await bookOk(server(), citizen, slot.id, {
        frequentVisitorIds: [entry.id],
        visitors: [visitor()],
      });
      expect(booked.partySize).toBe(2);
    });
  });

  describe('who may cancel', () => {
    it("refuses another citizen cancelling someone's booking as not found, and the booking stands", async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const owner = await signInCitizen(server());
      const booking = await bookOk(server(), owner, slot.id, { visitors: 2 });

      expect(await cancelBooking(server(), (await signInCitizen(server())).token, booking.id)).toMatchObject(NOT_FOUND);
      expect((await bookingById(server(), owner.token, booking.id))?.status).toBe('CONFIRMED');
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(18);
    });

    it('refuses staff cancelling a citizen’s booking of their own archive as not found', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      const owner = await signInCitizen(server());
      const booking = await bookOk(server(), owner, slot.id);

      expect(await cancelBooking(server(), staff.manager.token, booking.id)).toMatchObject(NOT_FOUND);
      expect((await bookingById(server(), owner.token, booking.id))?.status).toBe('CONFIRMED');
    });

    it('refuses the member of staff who registered a walk-in cancelling it as not found, before the slot starts', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, walkinQuota: 5 }],
      });
      const slot = await exhibition.slotAt(TEST_TODAY);
      server().clock.set(at(TEST_TODAY, '13:40'));
      const walkIn = successData(await registerWalkIn(server(), staff.manager, slot.id, 2));
      expect(walkIn.kind).toBe('WALK_IN');

      expect(await cancelBooking(server(), staff.manager.token, walkIn.id)).toMatchObject(NOT_FOUND);
      expect((await bookingById(server(), staff.manager.token, walkIn.id))?.status).toBe('CHECKED_IN');
    });
  });

  describe("a citizen's lists", () => {
    /** A citizen with bookings on two past days and on today and tomorrow, each pair booked later day first. */
    async function citizenWithFourBookings() {
      const lastWednesday = addDays(TEST_TODAY, -6);
      const lastThursday = addDays(TEST_TODAY, -5);
      server().clock.set(at(lastWednesday, '10:00'));
      const exhibition = await createBookableExhibition(server(), staff.manager, { days: 10 });
      const citizen = await signInCitizen(server());
      const thursday = await bookOk(server(), citizen, (await exhibition.slotAt(lastThursday)).id);
      const wednesday = await bookOk(server(), citizen, (await exhibition.slotAt(lastWednesday)).id);
      server().clock.set(DEFAULT_TEST_INSTANT);
      const tomorrow = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id);
      const today = await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id);
      return { citizen, wednesday, thursday, today, tomorrow };
    }

    const listOf = async (citizen: SignedInAs, list: 'UPCOMING' | 'PAST') =>
      (await call(server(), MyBookingsDocument, { list }, citizen.token)).edges.map((e) => e.node.visitDate);

    it('lists as upcoming the bookings from today on, soonest first', async () => {
      const { citizen } = await citizenWithFourBookings();
      expect(await listOf(citizen, 'UPCOMING')).toEqual([TEST_TODAY, TOMORROW]);
    });

    it('lists as past the bookings before today, latest first', async () => {
      const { citizen } = await citizenWithFourBookings();
      expect(await listOf(citizen, 'PAST')).toEqual([addDays(TEST_TODAY, -5), addDays(TEST_TODAY, -6)]);
    });

    it('never lists a walk-in in the lists of the member of staff who registered it', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, walkinQuota: 5 }],
      });
      const slot = await exhibition.slotAt(TEST_TODAY);
      const registrar = await createStaff(server(), 'BRANCH_STAFF');
      server().clock.set(at(TEST_TODAY, '13:40'));
      successData(await registerWalkIn(server(), registrar, slot.id, 1));

      expect(await listOf(registrar, 'UPCOMING')).toEqual([]);
      server().clock.set(at(TOMORROW, '10:00'));
      expect(await listOf(registrar, 'PAST')).toEqual([]);
    });
  });
});
