// The door's refusals as staff read them, and the races it must lose gracefully: each refusal's exact message
// (the door page shows it as is), the order in which the rules are applied, a group's headcount at its limits,
// and the conditional updates that find a visitor, a group or a slot changed by someone else since the door read
// them. Races are staged by calling the door service directly with a database that lets a rival request write
// just before the service's first conditional update.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { TicketRejectedError } from '../../server/src/modules/door/door.errors';
import * as door from '../../server/src/modules/door/door.service';
import { SlotClosedError } from '../../server/src/modules/scheduling/scheduling.errors';
import { closeSlotIfOpen } from '../../server/src/modules/scheduling/slot.repository';
import { admitGroupHeadcount, admitVisitor, findDoorVisitor } from '../../server/src/modules/visits/visit.service';
import {
  actorOf,
  at,
  bookingById,
  bookOk,
  call,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  depsOf,
  iso,
  MINUTE_MS,
  registerWalkIn,
  requestGroupVisit,
  resultAs,
  rivalBeforeFirstUpdate,
  roster,
  signedTicket,
  staffSlot,
  successData,
  TEST_TODAY,
  visitor,
  withWrongCheckCharacter,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { CheckInByDocumentDocument, CloseSlotDocument, ReviewGroupVisitDocument } from '../testkit/generated/graphql';
import { createStaff, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
/** Today's slot runs 14:00–16:00; the door opens 30 minutes before (the default policy) and closes at the end. */
const START = at(TEST_TODAY, '14:00');
const END = at(TEST_TODAY, '16:00');
/** A large id no row has in a fresh test database. */
const MISSING_ID = 987_654_321;
/** A service call made outside any request: its audit rows name no request. */
const NO_REQUEST = { source: { requestId: null, clientAddress: null } };

describe.each(dialects)('door refusals and races (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
      checker: ['CHECKER'],
    },
  );

  /** Today's 14:00 slot of a new exhibition with 20 places, 20 of them open to groups. */
  async function todaysSlot() {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
    });
    return exhibition.slotAt(TEST_TODAY);
  }

  /** A group of 10 (2 adults, 8 minors) for today's slot, approved, with its leader's ticket. */
  async function approvedGroup(slotId: string) {
    const organizer = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), organizer, slotId, roster(2, 8, TEST_TODAY)));
    successData(
      await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, staff.manager.token),
    );
    const approved = await bookingById(server(), organizer.token, group.id);
    return { id: group.id, ticket: approved!.ticketToken };
  }

  const byDocument = (slotId: string, documentNumber: string) =>
    call(
      server(),
      CheckInByDocumentDocument,
      { slotId, documentType: 'RESIDENT_ID', documentNumber },
      staff.checker.token,
    );

  describe('what the door says', () => {
    it('names the day of a ticket for another day', async () => {
      const slot = await (await createBookableExhibition(server(), staff.manager)).slotAt(TOMORROW);
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      server().clock.set(START);

      expect(await checkIn(server(), staff.checker, booking.ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'WRONG_DAY',
        message: '预约日期为 2026-11-25，非今日（14:00 场次 13:30 起可入场）',
        maskedName: expect.stringMatching(/\*/),
        partySize: 1,
      });
    });

    it('names who and the exact window of a ticket shown one millisecond before the door opens or after it closes', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });

      server().clock.set(START - 30 * MINUTE_MS - 1);
      expect(await checkIn(server(), staff.checker, booking.ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'TOO_EARLY',
        message: '尚未到入场时间：14:00 场次 13:30 起可入场',
        maskedName: booking.visitors[0].name,
        partySize: 2,
        opensAt: iso(START - 30 * MINUTE_MS),
        closesAt: iso(END),
      });
      server().clock.set(END + 1);
      expect(await checkIn(server(), staff.checker, booking.visitors[1].ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'TOO_LATE',
        message: '入场时间已过：14:00 场次 16:00 停止入场',
        maskedName: booking.visitors[1].name,
        partySize: 2,
      });
    });

    it('says when a ticket already used was checked in', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      server().clock.set(at(TEST_TODAY, '13:37'));
      successData(await checkIn(server(), staff.checker, booking.ticketToken));
      server().clock.set(at(TEST_TODAY, '13:50'));

      expect(await checkIn(server(), staff.checker, booking.ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'ALREADY_CHECKED_IN',
        checkedInAt: iso(at(TEST_TODAY, '13:37')),
        message: '已于 2026-11-24 13:37 核验入馆',
      });
    });

    it("tells a cancelled visitor's ticket from a cancelled booking's ticket", async () => {
      const slot = await todaysSlot();
      const citizen = await signInCitizen(server());
      const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
      successData(await cancelBooking(server(), citizen.token, booking.id));
      server().clock.set(START);

      expect(await checkIn(server(), staff.checker, booking.visitors[0].ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'CANCELLED',
        message: '该参观人的预约已取消',
      });
      expect(await checkIn(server(), staff.checker, booking.ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'CANCELLED',
        message: '该预约已取消，不能入馆',
      });
    });

    it('refuses a genuinely signed ticket of a group the archive rejected, as cancelled', async () => {
      const slot = await todaysSlot();
      const group = successData(
        await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(2, 8, TEST_TODAY)),
      );
      successData(
        await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: false }, staff.manager.token),
      );
      server().clock.set(START);

      expect(
        await checkIn(server(), staff.checker, signedTicket(server(), { kind: 'BOOKING', id: Number(group.id) })),
      ).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'CANCELLED',
        message: '该预约已取消，不能入馆',
      });
    });

    it('refuses a member of a group still waiting for review, found by document', async () => {
      const slot = await todaysSlot();
      const members = roster(2, 8, TEST_TODAY);
      successData(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, members));
      server().clock.set(START);

      expect(await byDocument(slot.id, members[0].documentNumber)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'NOT_CONFIRMED',
        message: '该团体预约尚未通过审核',
      });
    });

    it('refuses a code that is not a ticket as invalid', async () => {
      expect(await checkIn(server(), staff.checker, 'ZZT1.b1.not-a-signature')).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'INVALID',
        message: '无效的电子票二维码',
      });
    });

    it('refuses a genuinely signed ticket whose visitor does not exist as not found', async () => {
      expect(
        await checkIn(server(), staff.checker, signedTicket(server(), { kind: 'VISITOR', id: MISSING_ID })),
      ).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'NOT_FOUND',
        message: '未找到该电子票对应的预约',
      });
    });

    it('refuses a genuinely signed ticket whose booking does not exist as not found', async () => {
      expect(
        await checkIn(server(), staff.checker, signedTicket(server(), { kind: 'BOOKING', id: MISSING_ID })),
      ).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'NOT_FOUND',
        message: '未找到该电子票对应的预约',
      });
    });

    it('refuses check-in by document in a slot that does not exist', async () => {
      expect(await byDocument(String(MISSING_ID), visitor().documentNumber)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'NOT_FOUND',
        message: '场次不存在',
      });
    });

    it('names the typo in a document number typed at the desk instead of looking it up', async () => {
      const slot = await todaysSlot();
      const person = visitor();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [person] });
      server().clock.set(START);

      expect(
        resultAs(await byDocument(slot.id, withWrongCheckCharacter(person.documentNumber)), 'InputValidationError'),
      ).toMatchObject({ fieldErrors: [{ path: 'documentNumber', message: '身份证号码校验位不正确，请核对' }] });
      expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(0);
    });
  });

  describe('which rule comes first', () => {
    it('says a visitor already checked in is in, even once the door has closed', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      server().clock.set(START);
      successData(await checkIn(server(), staff.checker, booking.visitors[0].ticketToken));
      server().clock.set(END + MINUTE_MS);

      expect(await checkIn(server(), staff.checker, booking.visitors[0].ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'ALREADY_CHECKED_IN',
        checkedInAt: iso(START),
        message: '已于 2026-11-24 14:00 核验入馆',
      });
    });

    it("admits an individual booking's whole party with its ticket, whatever headcount is typed", async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 3 });
      server().clock.set(START);

      const result = successData(await checkIn(server(), staff.checker, booking.ticketToken, 1));
      expect(result.admitted).toBe(3);
      expect(result.booking).toMatchObject({ status: 'CHECKED_IN', checkedInCount: 3 });
    });
  });

  describe("a group's headcount", () => {
    it('refuses a headcount of 0 and names the range', async () => {
      const slot = await todaysSlot();
      const group = await approvedGroup(slot.id);
      server().clock.set(START);

      expect(resultAs(await checkIn(server(), staff.checker, group.ticket, 0), 'InputValidationError')).toMatchObject({
        message: expect.any(String),
        fieldErrors: [{ path: 'headcount', message: '入馆人数应为1–10' }],
      });
      expect((await bookingById(server(), staff.manager.token, group.id))!.checkedInCount).toBe(0);
    });

    it('admits exactly 1, then refuses one more than the 9 still expected', async () => {
      const slot = await todaysSlot();
      const group = await approvedGroup(slot.id);
      server().clock.set(START);

      expect(successData(await checkIn(server(), staff.checker, group.ticket, 1))).toMatchObject({
        admitted: 1,
        booking: { checkedInCount: 1 },
      });
      expect(resultAs(await checkIn(server(), staff.checker, group.ticket, 10), 'InputValidationError')).toMatchObject({
        fieldErrors: [{ path: 'headcount', message: '入馆人数应为1–9' }],
      });
      expect(successData(await checkIn(server(), staff.checker, group.ticket, 9))).toMatchObject({
        admitted: 9,
        booking: { checkedInCount: 10 },
      });
    });

    it('refuses a headcount that is not a whole number (the service is also called outside GraphQL)', async () => {
      const slot = await todaysSlot();
      const group = await approvedGroup(slot.id);
      server().clock.set(START);

      await expect(
        door.checkInTicket(depsOf(server()), await actorOf(server(), staff.checker), group.ticket!, 1.5, NO_REQUEST),
      ).rejects.toMatchObject({ fieldErrors: [{ path: 'headcount', message: '入馆人数应为1–10' }] });
      expect((await bookingById(server(), staff.manager.token, group.id))!.checkedInCount).toBe(0);
    });
  });

  describe('races lost at the door', () => {
    it('refuses a visitor another scanner checked in after this one read the ticket, with the rival time', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      const visitorId = Number(booking.visitors[0].id);
      const rivalAt = at(TEST_TODAY, '13:44');
      const rival = await createStaff(server(), 'CHECKER');
      const race = rivalBeforeFirstUpdate(server().db, 'booking_visitor', async () => {
        const seen = await findDoorVisitor(server().db, visitorId);
        expect(await admitVisitor(server().db, seen!, rivalAt, rival.accountId)).toBe(true);
      });
      server().clock.set(at(TEST_TODAY, '13:45'));

      const attempt = door.checkInTicket(
        depsOf(server(), race.db),
        await actorOf(server(), staff.checker),
        booking.visitors[0].ticketToken!,
        null,
        NO_REQUEST,
      );
      await expect(attempt).rejects.toBeInstanceOf(TicketRejectedError);
      await expect(attempt).rejects.toMatchObject({
        reason: 'ALREADY_CHECKED_IN',
        checkedInAt: rivalAt,
        message: '已于 2026-11-24 13:44 核验入馆',
      });
      expect(race.raced()).toBe(true);
      expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(1);
    });

    it('refuses a group another scanner admitted in full after this one read the ticket', async () => {
      const slot = await todaysSlot();
      const group = await approvedGroup(slot.id);
      const rival = await createStaff(server(), 'CHECKER');
      const race = rivalBeforeFirstUpdate(server().db, 'booking', async () => {
        expect(
          await admitGroupHeadcount(server().db, Number(group.id), 10, at(TEST_TODAY, '13:44'), rival.accountId),
        ).toBe(true);
      });
      server().clock.set(at(TEST_TODAY, '13:45'));

      const attempt = door.checkInTicket(
        depsOf(server(), race.db),
        await actorOf(server(), staff.checker),
        group.ticket!,
        null,
        NO_REQUEST,
      );
      // The door read the group before anyone came in, so it cannot say when they did.
      await expect(attempt).rejects.toMatchObject({
        reason: 'ALREADY_CHECKED_IN',
        checkedInAt: null,
        message: '已于 此前 核验入馆',
      });
      expect(race.raced()).toBe(true);
      expect((await bookingById(server(), staff.manager.token, group.id))!.checkedInCount).toBe(10);
    });

    it('refuses a walk-in into a slot closed after the door read it, naming the reason, and registers no one', async () => {
      const slot = await todaysSlot();
      const race = rivalBeforeFirstUpdate(server().db, 'slot', async () => {
        expect(await closeSlotIfOpen(server().db, Number(slot.id), '设备检修')).toBe(true);
      });
      server().clock.set(START);

      const attempt = door.registerWalkIn(depsOf(server(), race.db), await actorOf(server(), staff.checker), {
        slotId: Number(slot.id),
        visitors: [visitor()],
      });
      await expect(attempt).rejects.toBeInstanceOf(SlotClosedError);
      await expect(attempt).rejects.toMatchObject({ reason: '设备检修', message: '该场次已关闭：设备检修' });
      expect(race.raced()).toBe(true);
      expect(await staffSlot(server(), staff.checker, slot.id)).toMatchObject({ booked: 0, walkinUsed: 0 });
    });
  });

  it('refuses a walk-in into a closed slot before reading the party', async () => {
    const slot = await todaysSlot();
    successData(await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '临时闭馆' }, staff.manager.token));
    server().clock.set(START);

    expect(
      await registerWalkIn(server(), staff.checker, slot.id, [{ ...visitor(), documentNumber: '12345' }]),
    ).toMatchObject({ __typename: 'SlotClosedError', closedReason: '临时闭馆', message: '该场次已关闭：临时闭馆' });
  });

  describe('no-shows after the slot', () => {
    it('marks a slot once: the first call claims it and says so, a repeat says it did nothing', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      server().clock.set(END);

      expect(await door.markNoShowsIfDue(depsOf(server()), Number(slot.id))).toBe(true);
      expect(await door.markNoShowsIfDue(depsOf(server()), Number(slot.id))).toBe(false);
      expect((await bookingById(server(), staff.manager.token, booking.id))!.status).toBe('NO_SHOW');
    });
  });
});
