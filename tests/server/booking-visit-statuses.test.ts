// What a booking shows for its status, over real GraphQL: which tickets its owner sees once some of the party
// is in, that staff never see tickets, a cancelled booking's party kept on record, the reference's alphabet,
// the confirmation message, who may read a booking at all, a walk-in admitted as registered, and a slot
// closed by the archive cancelling its bookings with that reason.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  bookingById,
  bookOk,
  call,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  iso,
  outboxOf,
  registerWalkIn,
  requestGroupVisit,
  roster,
  signedTicket,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { CloseSlotDocument, ReviewGroupVisitDocument } from '../testkit/generated/graphql';
import { createStaff, signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
const GROUP_DAY = addDays(TEST_TODAY, 2);

describe.each(dialects)('booking statuses as shown (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF', { branchCode: 'city' }],
    },
  );

  /** A booking of two for today's 14:00 slot, with one of the two checked in at 13:40. */
  async function partlyCheckedIn() {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const owner = await signInCitizen(server());
    const booking = await bookOk(server(), owner, (await exhibition.slotAt(TEST_TODAY)).id, { visitors: 2 });
    server().clock.set(at(TEST_TODAY, '13:40'));
    successData(await checkIn(server(), staff.manager, booking.visitors[0].ticketToken));
    return { owner, booking };
  }

  describe('tickets', () => {
    it("shows the owner the booking's ticket and each visitor's, checked in or not, once some are in", async () => {
      const { owner, booking } = await partlyCheckedIn();
      const read = await bookingById(server(), owner.token, booking.id);
      expect(read?.status).toBe('CHECKED_IN');
      expect(read?.ticketToken).toBe(signedTicket(server(), { kind: 'BOOKING', id: Number(booking.id) }));
      expect(read?.visitors.map((v) => [v.status, v.ticketToken])).toEqual([
        ['CHECKED_IN', signedTicket(server(), { kind: 'VISITOR', id: Number(booking.visitors[0].id) })],
        ['CONFIRMED', signedTicket(server(), { kind: 'VISITOR', id: Number(booking.visitors[1].id) })],
      ]);
    });

    it('never shows staff the tickets of a booking they may read', async () => {
      const { booking } = await partlyCheckedIn();
      const read = await bookingById(server(), staff.manager.token, booking.id);
      expect(read?.ticketToken).toBeNull();
      expect(read?.visitors.map((v) => [v.status, v.ticketToken])).toEqual([
        ['CHECKED_IN', null],
        ['CONFIRMED', null],
      ]);
    });

    it("shows a confirmed group's leader the booking's ticket and no member tickets", async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
      });
      const organizer = await signInCitizen(server());
      const slot = await exhibition.slotAt(GROUP_DAY);
      const group = successData(await requestGroupVisit(server(), organizer, slot.id, roster(2, 8, GROUP_DAY)));
      successData(
        await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, staff.manager.token),
      );

      const read = await bookingById(server(), organizer.token, group.id);
      expect(read?.status).toBe('CONFIRMED');
      expect(read?.ticketToken).toBe(signedTicket(server(), { kind: 'BOOKING', id: Number(group.id) }));
      expect(read?.visitors).toHaveLength(10);
      expect(new Set(read?.visitors.map((v) => `${v.status}:${v.ticketToken}`))).toEqual(new Set(['CONFIRMED:null']));
    });
  });

  describe('cancelled visits', () => {
    it('keeps the party of a cancelled booking on record as cancelled, without tickets', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const owner = await signInCitizen(server());
      const booking = await bookOk(server(), owner, (await exhibition.slotAt(TOMORROW)).id, { visitors: 2 });
      successData(await cancelBooking(server(), owner.token, booking.id));

      const read = await bookingById(server(), owner.token, booking.id);
      expect(read?.status).toBe('CANCELLED');
      expect(read?.ticketToken).toBeNull();
      expect(read?.visitors.map((v) => [v.id, v.status, v.ticketToken])).toEqual([
        [booking.visitors[0].id, 'CANCELLED', null],
        [booking.visitors[1].id, 'CANCELLED', null],
      ]);
    });

    it('keeps the roster of a rejected group on record', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
      });
      const organizer = await signInCitizen(server());
      const slot = await exhibition.slotAt(GROUP_DAY);
      const group = successData(await requestGroupVisit(server(), organizer, slot.id, roster(2, 8, GROUP_DAY)));
      successData(
        await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: false }, staff.manager.token),
      );

      const read = await bookingById(server(), organizer.token, group.id);
      expect(read?.status).toBe('REJECTED');
      expect(read?.visitors.map((v) => v.id)).toEqual(group.visitors.map((v) => v.id));
      expect(new Set(read?.visitors.map((v) => v.status))).toEqual(new Set(['CANCELLED']));
    });

    it('cancels the bookings of a slot the archive closes, with that reason', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const owner = await signInCitizen(server());
      const slot = await exhibition.slotAt(TOMORROW);
      const booking = await bookOk(server(), owner, slot.id);
      successData(
        await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '设备检修' }, staff.manager.token),
      );

      const read = await bookingById(server(), owner.token, booking.id);
      expect(read).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'SLOT_CLOSED',
        cancelledAt: iso(DEFAULT_TEST_INSTANT),
      });
      expect(read?.visitors.map((v) => v.status)).toEqual(['CANCELLED']);
    });
  });

  describe('a new booking', () => {
    it('gets a reference of 10 characters from the alphabet without look-alikes', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const booking = await bookOk(server(), await signInCitizen(server()), (await exhibition.slotAt(TOMORROW)).id);
      expect(booking.reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    });

    it('queues one confirmation message naming the booking and its start', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const owner = await signInCitizen(server());
      const booking = await bookOk(server(), owner, (await exhibition.slotAt(TOMORROW)).id);

      const messages = await outboxOf(server(), [owner.accountId]);
      expect(messages.map((m) => [m.kind, m.dedupe_key, JSON.parse(m.payload)])).toEqual([
        [
          'BOOKING_CONFIRMED',
          `booking-confirmed:${booking.id}`,
          { bookingId: Number(booking.id), slotStartAt: at(TOMORROW, '14:00') },
        ],
      ]);
    });

    it('admits a walk-in as registered: each visitor checked in at that instant', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, walkinQuota: 5 }],
      });
      const slot = await exhibition.slotAt(TEST_TODAY);
      server().clock.set(at(TEST_TODAY, '13:40'));
      const walkIn = successData(await registerWalkIn(server(), staff.manager, slot.id, 2));

      expect(walkIn).toMatchObject({
        status: 'CHECKED_IN',
        checkedInCount: 2,
        checkedInAt: iso(at(TEST_TODAY, '13:40')),
      });
      expect(walkIn.visitors.map((v) => [v.status, v.checkedInAt])).toEqual([
        ['CHECKED_IN', iso(at(TEST_TODAY, '13:40'))],
        ['CHECKED_IN', iso(at(TEST_TODAY, '13:40'))],
      ]);
    });
  });

  describe('who may read a booking', () => {
    it('answers null, not an error, for a booking id nobody has', async () => {
      expect(await bookingById(server(), staff.manager.token, '987654321')).toBeNull();
    });

    it("answers null to staff of another archive and the booking to staff of the exhibition's archive", async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const booking = await bookOk(server(), await signInCitizen(server()), (await exhibition.slotAt(TOMORROW)).id);
      const elsewhere = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });

      expect(await bookingById(server(), elsewhere.token, booking.id)).toBeNull();
      expect((await bookingById(server(), staff.manager.token, booking.id))?.id).toBe(booking.id);
    });
  });
});
