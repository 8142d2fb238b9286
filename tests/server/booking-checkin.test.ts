// Check-in at the door over real GraphQL: visitor and booking tickets in the policy's window, the reasons a
// ticket is refused, manual check-in by document, walk-ins and their held quota, the slot roster and the
// daily statistics.
import { addDays, maskDocumentNumber } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  book,
  bookingById,
  bookOk,
  call,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  iso,
  MINUTE_MS,
  registerWalkIn,
  runNoShowJob,
  staffSlot,
  successData,
  TEST_TODAY,
  visitor,
  visitors,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { BookingStatisticsDocument, CheckInByDocumentDocument, SlotRosterDocument } from '../testkit/generated/graphql';
import { signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
/** Today's slot runs 14:00–16:00; with the default policy the door opens 30 minutes before. */
const START = at(TEST_TODAY, '14:00');
const DOOR_OPENS = START - 30 * MINUTE_MS;

describe.each(dialects)('booking check-in (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
      checker: ['CHECKER'],
    },
  );

  it('admits a visitor once, on the day and within the check-in window', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, { policy: { checkinEarlyMinutes: 30 } });
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
    const [first, second] = booking.visitors;

    for (const instant of [DEFAULT_TEST_INSTANT, DOOR_OPENS - 1000]) {
      server().clock.set(instant);
      expect(await checkIn(server(), staff.checker, first.ticketToken)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'TOO_EARLY',
        visitDate: TEST_TODAY,
        slotStartAt: iso(START),
      });
    }

    server().clock.set(DOOR_OPENS);
    const result = successData(await checkIn(server(), staff.checker, first.ticketToken));
    expect(result).toMatchObject({ admitted: 1, slotStartAt: iso(START) });
    expect(result.booking).toMatchObject({ id: booking.id, status: 'CHECKED_IN', checkedInCount: 1 });
    expect(result.booking.visitors.map((v) => v.status)).toEqual(['CHECKED_IN', 'CONFIRMED']);

    server().clock.set(DOOR_OPENS + 5 * MINUTE_MS);
    expect(await checkIn(server(), staff.checker, first.ticketToken)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
      checkedInAt: iso(DOOR_OPENS),
    });

    // The window closes when the slot ends (no late minutes by default).
    server().clock.set(at(TEST_TODAY, '16:00') + 1000);
    expect(await checkIn(server(), staff.checker, second.ticketToken)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'TOO_LATE',
    });
  });

  it("refuses another day's ticket as WRONG_DAY", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id);

    server().clock.set(START);
    for (const ticket of [booking.ticketToken, booking.visitors[0].ticketToken]) {
      expect(await checkIn(server(), staff.checker, ticket)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'WRONG_DAY',
        visitDate: TOMORROW,
      });
    }
    expect((await bookingById(server(), citizen.token, booking.id))!.checkedInCount).toBe(0);
  });

  it("refuses a cancelled booking's tickets as CANCELLED", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id, { visitors: 2 });
    successData(await cancelBooking(server(), citizen.token, booking.id));

    server().clock.set(START);
    for (const ticket of [booking.ticketToken, booking.visitors[1].ticketToken]) {
      expect(await checkIn(server(), staff.checker, ticket)).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'CANCELLED',
      });
    }
  });

  it('admits everyone still expected with the booking ticket', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const whole = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 3 });
    const partial = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 3 });
    server().clock.set(START - 10 * MINUTE_MS);

    const all = successData(await checkIn(server(), staff.checker, whole.ticketToken));
    expect(all.admitted).toBe(3);
    expect(all.booking).toMatchObject({ status: 'CHECKED_IN', checkedInCount: 3 });
    expect(all.booking.visitors.every((v) => v.status === 'CHECKED_IN')).toBe(true);
    expect(await checkIn(server(), staff.checker, whole.ticketToken)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
      checkedInAt: iso(START - 10 * MINUTE_MS),
    });

    // One of the party came first with their own ticket; the booking ticket brings in the other two.
    successData(await checkIn(server(), staff.checker, partial.visitors[0].ticketToken));
    server().clock.advance(5 * MINUTE_MS);
    const rest = successData(await checkIn(server(), staff.checker, partial.ticketToken));
    expect(rest.admitted).toBe(2);
    expect(rest.booking).toMatchObject({ status: 'CHECKED_IN', checkedInCount: 3 });
  });

  it('checks a visitor in by document number', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const party = [visitor(), visitor()];
    const booking = await bookOk(server(), citizen, slot.id, { visitors: party });
    server().clock.set(START - 15 * MINUTE_MS);

    const byDocument = (documentNumber: string) =>
      call(
        server(),
        CheckInByDocumentDocument,
        { slotId: slot.id, documentType: 'RESIDENT_ID', documentNumber },
        staff.checker.token,
      );
    // Typed as people say it: lower-case x and spaces are normalised.
    const typed = party[1].documentNumber.toLowerCase().replace(/^(\d{6})/, '$1 ');
    const result = successData(await byDocument(typed));
    expect(result.admitted).toBe(1);
    expect(result.booking.id).toBe(booking.id);
    expect(result.booking.visitors.map((v) => [v.documentNumber, v.status])).toEqual([
      [maskDocumentNumber(party[0].documentNumber), 'CONFIRMED'],
      [maskDocumentNumber(party[1].documentNumber), 'CHECKED_IN'],
    ]);

    expect(await byDocument(party[1].documentNumber)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
    });
    expect(await byDocument(visitor().documentNumber)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'NOT_FOUND',
    });
  });

  it('counts walk-ins against capacity and holds their quota until the release time', async () => {
    const capacity = 10;
    const walkinQuota = 4;
    // The door opens 4 hours early here, so walk-ins come in before their held places are released at 13:00.
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy: { walkinReleaseMinutes: 60, checkinEarlyMinutes: 240 },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity, walkinQuota }],
    });
    server().clock.set(START - 240 * MINUTE_MS);
    const slot = await exhibition.slotAt(TEST_TODAY);
    expect(slot.remaining).toBe(capacity - walkinQuota);
    const alice = await signInCitizen(server());
    const bob = await signInCitizen(server());

    await bookOk(server(), alice, slot.id, { visitors: 5 });
    expect(await book(server(), bob, slot.id, { visitors: 2 })).toMatchObject({
      __typename: 'SlotFullError',
      remaining: 1,
    });

    const walkIn = successData(await registerWalkIn(server(), staff.checker, slot.id, 3));
    expect(walkIn).toMatchObject({ kind: 'WALK_IN', status: 'CHECKED_IN', partySize: 3, checkedInCount: 3 });
    expect(await staffSlot(server(), staff.checker, slot.id)).toMatchObject({
      booked: 8,
      walkinUsed: 3,
      walkinHeld: walkinQuota - 3,
      remaining: 1,
    });

    // Just before the release time the last held place is still kept for the door.
    server().clock.set(START - 60 * MINUTE_MS - 1000);
    expect((await exhibition.slotAt(TEST_TODAY)).remaining).toBe(1);
    expect(await book(server(), bob, slot.id, { visitors: 2 })).toMatchObject({ __typename: 'SlotFullError' });

    server().clock.set(START - 60 * MINUTE_MS);
    expect(await staffSlot(server(), staff.checker, slot.id)).toMatchObject({ walkinHeld: 0, remaining: capacity - 8 });
    await bookOk(server(), bob, slot.id, { visitors: 2 });
    expect((await exhibition.slotAt(TEST_TODAY)).remaining).toBe(0);

    // A full slot takes no more walk-ins either.
    expect(await registerWalkIn(server(), staff.checker, slot.id, 1)).toMatchObject({ __typename: 'SlotFullError' });
  });

  it('lists the slot roster with masked personal data', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const party = [visitor({ name: '陈嘉庚' }), visitor({ name: '林巧稚' })];
    const phone = '13612345678';
    const booking = await bookOk(server(), citizen, slot.id, { visitors: party, phone });
    const walkInParty = [visitor({ name: '黄道周' })];
    server().clock.set(DOOR_OPENS);
    const walkIn = successData(await registerWalkIn(server(), staff.checker, slot.id, walkInParty));

    const roster = await call(server(), SlotRosterDocument, { slotId: slot.id }, staff.checker.token);
    expect(roster.map((b) => b.id)).toEqual([booking.id, walkIn.id]);
    expect(roster[0]).toMatchObject({ phone: '136****5678', ticketToken: null });
    expect(roster[0].visitors.map((v) => [v.name, v.documentNumber])).toEqual(
      party.map((p) => [`${p.name[0]}**`, maskDocumentNumber(p.documentNumber)]),
    );
    expect(roster[1]).toMatchObject({ kind: 'WALK_IN', visitors: [{ name: '黄**', status: 'CHECKED_IN' }] });
    const text = JSON.stringify(roster);
    for (const plain of [phone, ...[...party, ...walkInParty].flatMap((p) => [p.name, p.documentNumber])]) {
      expect(text).not.toContain(plain);
    }
  });

  it('counts check-ins, no-shows, cancellations and walk-ins per day', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const statistics = async () =>
      successData(
        await call(
          server(),
          BookingStatisticsDocument,
          { exhibitionId: exhibition.id, from: TEST_TODAY, to: TOMORROW },
          staff.manager.token,
        ),
      );
    expect(await statistics()).toEqual([]);

    const came = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: visitors(2) });
    const absent = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 1 });
    const canceller = await signInCitizen(server());
    const cancelled = await bookOk(server(), canceller, slot.id, { visitors: 1 });
    successData(await cancelBooking(server(), canceller.token, cancelled.id));
    server().clock.set(START - 5 * MINUTE_MS);
    successData(await checkIn(server(), staff.checker, came.ticketToken));
    const walkIn = successData(await registerWalkIn(server(), staff.checker, slot.id, 2));
    server().clock.set(at(TEST_TODAY, '16:00'));
    await runNoShowJob(server());

    const checkedIn = came.partySize + walkIn.partySize;
    expect(await statistics()).toEqual([
      {
        date: TEST_TODAY,
        bookings: 4,
        bookedVisitors: checkedIn + absent.partySize,
        checkedIn,
        noShows: absent.partySize,
        cancelled: cancelled.partySize,
        walkIns: walkIn.partySize,
        groupVisitors: 0,
      },
    ]);
  });
});
