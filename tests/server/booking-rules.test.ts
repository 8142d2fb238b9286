// Booking rules over real GraphQL: when a day opens and a slot closes, closed days, the availability
// calendar, party limits and document validation, one booking per document per day, idempotent retries,
// cancellation and its cutoff, no-show strikes, suspensions and the no-show job.
import { addDays, businessDateOf, DAY_MS, maskDocumentNumber, SUSPENSION_DAYS } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { markNoShows } from '../../server/src/jobs/no-shows.job';
import {
  at,
  book,
  bookingById,
  bookOk,
  call,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  HOUR_MS,
  idempotencyKey,
  iso,
  MINUTE_MS,
  outboxOf,
  resultAs,
  runNoShowJob,
  strikesOfBookings,
  successData,
  suspensionOf,
  TEST_TODAY,
  visitor,
  visitors,
  withWrongCheckCharacter,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { CloseDayDocument, GenerateSlotsDocument, SetBookingPolicyDocument } from '../testkit/generated/graphql';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);

describe.each(dialects)('booking rules (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  it('opens a day for booking N days ahead at the release time', async () => {
    const policy = { releaseDaysAhead: 3, releaseTime: '08:30' };
    const exhibition = await createBookableExhibition(server(), staff.manager, { policy });
    const visitDate = addDays(TEST_TODAY, 5);
    const releaseAt = at(addDays(visitDate, -policy.releaseDaysAhead), policy.releaseTime);
    const slot = await exhibition.slotAt(visitDate);
    const citizen = await signInCitizen(server());

    server().clock.set(releaseAt - 1000);
    const early = await book(server(), citizen, slot.id);
    expect(early).toMatchObject({ __typename: 'BookingNotOpenYetError', opensAt: iso(releaseAt) });
    expect((await exhibition.calendar(visitDate, 1))[0]).toMatchObject({
      availability: 'NOT_OPEN_YET',
      releaseAt: iso(releaseAt),
    });

    server().clock.set(releaseAt);
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
    expect(booking).toMatchObject({ status: 'CONFIRMED', partySize: 2, visitDate });
    expect((await exhibition.calendar(visitDate, 1))[0]).toMatchObject({
      availability: 'AVAILABLE',
      remaining: slot.capacity - 2,
    });
  });

  it('stops taking bookings when the slot starts', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY, '14:00');
    const startAt = at(TEST_TODAY, '14:00');
    const citizen = await signInCitizen(server());

    server().clock.set(startAt - MINUTE_MS);
    await bookOk(server(), citizen, slot.id);

    server().clock.set(startAt);
    expect(await book(server(), citizen, slot.id)).toMatchObject({
      __typename: 'BookingClosedError',
      closedAt: iso(startAt),
    });
  });

  it('stops offering a day in the calendar once its last slot no longer takes bookings', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const startAt = at(TEST_TODAY, '14:00');
    const slot = await exhibition.slotAt(TEST_TODAY, '14:00');
    const citizen = await signInCitizen(server());

    server().clock.set(startAt + 30 * MINUTE_MS);
    expect(await book(server(), citizen, slot.id)).toMatchObject({ __typename: 'BookingClosedError' });
    // The only slot of the day has started: the calendar must not advertise places nobody can book, and the
    // archive is not closed either: today's sessions are over (已结束).
    expect((await exhibition.calendar(TEST_TODAY, 1))[0]).toMatchObject({ availability: 'ENDED', remaining: 0 });
  });

  it('shows weekly closed days and closed days as CLOSED and refuses their slots', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const monday = addDays(TEST_TODAY, 6);
    const thursday = addDays(TEST_TODAY, 2);
    const friday = addDays(TEST_TODAY, 3);
    const citizen = await signInCitizen(server());

    // Mondays are closed by default: no slots are generated and the calendar says so.
    expect(await exhibition.slotsOn(monday)).toEqual([]);
    expect((await exhibition.calendar(monday, 1))[0]).toMatchObject({
      availability: 'CLOSED',
      remaining: 0,
      closedReason: '闭馆日',
    });

    // A day closed by staff after its slots were generated: its slots close and refuse bookings.
    const thursdaySlot = await exhibition.slotAt(thursday);
    const closed = successData(
      await call(
        server(),
        CloseDayDocument,
        { exhibitionId: exhibition.id, date: thursday, reason: '设备检修' },
        staff.manager.token,
      ),
    );
    expect(closed.map((s) => s.status)).toEqual(['CLOSED']);
    expect((await exhibition.calendar(thursday, 1))[0]).toMatchObject({
      availability: 'CLOSED',
      remaining: 0,
      closedReason: '设备检修',
    });
    expect(await book(server(), citizen, thursdaySlot.id)).toMatchObject({
      __typename: 'SlotClosedError',
      closedReason: '设备检修',
    });

    // A weekday closed by a policy change after its slots exist.
    const fridaySlot = await exhibition.slotAt(friday);
    successData(
      await call(
        server(),
        SetBookingPolicyDocument,
        { exhibitionId: exhibition.id, policy: { closedWeekdays: [1, 5] } },
        staff.manager.token,
      ),
    );
    expect((await exhibition.calendar(friday, 1))[0]).toMatchObject({ availability: 'CLOSED', remaining: 0 });
    expect(await book(server(), citizen, fridaySlot.id)).toMatchObject({ __typename: 'SlotClosedError' });
  });

  it('shows AVAILABLE, FULL, CLOSED and NOT_OPEN_YET days with what remains', async () => {
    const capacity = 2;
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity }],
    });
    const [wednesday, thursday, friday] = [1, 2, 3].map((d) => addDays(TEST_TODAY, d));
    const monday = addDays(TEST_TODAY, 6);
    const nextTuesday = addDays(TEST_TODAY, 7);
    const citizen = await signInCitizen(server());

    await bookOk(server(), citizen, (await exhibition.slotAt(wednesday)).id, { visitors: capacity });
    await bookOk(server(), citizen, (await exhibition.slotAt(thursday)).id, { visitors: 1 });

    const days = await exhibition.calendar(wednesday, 7);
    const byDate = Object.fromEntries(days.map((d) => [d.date, d]));
    expect(byDate[wednesday]).toMatchObject({ availability: 'FULL', remaining: 0 });
    expect(byDate[thursday]).toMatchObject({ availability: 'AVAILABLE', remaining: capacity - 1 });
    expect(byDate[friday]).toMatchObject({ availability: 'AVAILABLE', remaining: capacity });
    expect(byDate[monday]).toMatchObject({ availability: 'CLOSED', remaining: 0 });
    // Seven days ahead opens tonight at 20:00 under the default policy.
    expect(byDate[nextTuesday]).toMatchObject({
      availability: 'NOT_OPEN_YET',
      releaseAt: iso(at(TEST_TODAY, '20:00')),
    });

    expect(await book(server(), citizen, (await exhibition.slotAt(wednesday)).id)).toMatchObject({
      __typename: 'SlotFullError',
      remaining: 0,
    });
  });

  it('keeps existing slots and their bookings when slots are generated again', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, { days: 3 });
    const booked = await bookOk(server(), await signInCitizen(server()), (await exhibition.slotAt(TOMORROW)).id);
    const before = await exhibition.slotAt(TOMORROW);

    const range = { exhibitionId: exhibition.id, from: TEST_TODAY, to: addDays(TEST_TODAY, 3) };
    expect(successData(await call(server(), GenerateSlotsDocument, range, staff.manager.token))).toBe(1);
    expect(successData(await call(server(), GenerateSlotsDocument, range, staff.manager.token))).toBe(0);
    expect(await exhibition.slotAt(TOMORROW)).toEqual(before);
    expect(before.remaining).toBe(before.capacity - booked.partySize);
  });

  it('accepts at most five visitors per booking', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());

    const tooMany = resultAs(await book(server(), citizen, slot.id, { visitors: 6 }), 'InputValidationError');
    expect(tooMany.fieldErrors).toEqual([{ path: 'visitors', message: expect.any(String) }]);
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining);

    await bookOk(server(), citizen, slot.id, { visitors: 5 });
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining - 5);
  });

  it('rejects a resident ID with a wrong check character, naming the field', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const wrong = visitor();
    wrong.documentNumber = withWrongCheckCharacter(wrong.documentNumber);

    const result = resultAs(
      await book(server(), citizen, slot.id, { visitors: [visitor(), wrong], phone: '12345' }),
      'InputValidationError',
    );
    expect(result.fieldErrors).toEqual(
      expect.arrayContaining([
        { path: 'visitors.1.documentNumber', message: '身份证号码校验位不正确，请核对' },
        { path: 'phone', message: expect.any(String) },
      ]),
    );
    expect(result.fieldErrors).toHaveLength(2);
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining);
  });

  it('allows one live booking per document per exhibition per day', async () => {
    const plans = [
      { startTime: '10:00', endTime: '12:00', capacity: 10 },
      { startTime: '14:00', endTime: '16:00', capacity: 10 },
    ];
    const exhibition = await createBookableExhibition(server(), staff.manager, { plans });
    const other = await createBookableExhibition(server(), staff.manager, { plans });
    const alice = await signInCitizen(server());
    const bob = await signInCitizen(server());
    const shared = visitor();

    const first = await bookOk(server(), alice, (await exhibition.slotAt(TOMORROW, '10:00')).id, {
      visitors: [shared],
    });

    // Booked the day after, which does not clash with tomorrow: the refusal below must not name this person.
    const nextDayVisitor = visitor();
    await bookOk(server(), alice, (await exhibition.slotAt(addDays(TOMORROW, 1), '10:00')).id, {
      visitors: [nextDayVisitor],
    });

    // Another account, another slot of the same day: refused, and no place is taken.
    const afternoon = await exhibition.slotAt(TOMORROW, '14:00');
    expect(await book(server(), bob, afternoon.id, { visitors: [nextDayVisitor, shared] })).toMatchObject({
      __typename: 'DuplicateVisitorError',
      documentNumber: maskDocumentNumber(shared.documentNumber),
      visitDate: TOMORROW,
    });
    expect((await exhibition.slotAt(TOMORROW, '14:00')).remaining).toBe(afternoon.remaining);

    // The same person on another day, or at another exhibition the same day, is fine.
    await bookOk(server(), bob, (await exhibition.slotAt(addDays(TOMORROW, 1), '14:00')).id, { visitors: [shared] });
    await bookOk(server(), bob, (await other.slotAt(TOMORROW, '14:00')).id, { visitors: [shared] });

    // Once the first booking is cancelled the document is free for that day again.
    successData(await cancelBooking(server(), alice.token, first.id));
    const again = await bookOk(server(), bob, afternoon.id, { visitors: [shared] });
    expect(again).toMatchObject({ status: 'CONFIRMED', visitDate: TOMORROW });
  });

  it('returns the same booking for a retried idempotency key and takes the places once (on MySQL the copies really race to the insert; on SQLite they may run one after the other)', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const party = visitors(2);

    const key = idempotencyKey();
    const first = await bookOk(server(), citizen, slot.id, { visitors: party, idempotencyKey: key });
    const retry = await bookOk(server(), citizen, slot.id, { visitors: party, idempotencyKey: key });
    expect(retry.id).toBe(first.id);
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining - party.length);

    // Copies of one request racing each other. Their checks run before any of them writes, so a loser reaches
    // the insert, meets the idempotency index, rolls back and reads the winner's booking. Whether copies
    // overlap depends on scheduling, so rounds repeat (each with its own request) until one has raced; on
    // MySQL one must, on SQLite they may also run one after the other.
    let booked = party.length;
    let raced = 0;
    for (let round = 0; round < 6 && raced === 0; round++) {
      const racing = visitors(1);
      const raceKey = idempotencyKey();
      let results: Awaited<ReturnType<typeof bookOk>>[] = [];
      const statements = await server().statementsDuring(async () => {
        results = await Promise.all(
          Array.from({ length: 6 }, () =>
            bookOk(server(), citizen, slot.id, { visitors: racing, idempotencyKey: raceKey }),
          ),
        );
      });
      raced = statements.filter((sql) => /idempotency_key. = \?$/.test(sql) && !/union/i.test(sql)).length;
      booked += racing.length;
      expect(new Set(results.map((b) => b.id)).size).toBe(1);
      expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining - booked);
      const rows = await server()
        .db.selectFrom('booking')
        .select('id')
        .where('account_id', '=', citizen.accountId)
        .where('idempotency_key', '=', raceKey)
        .execute();
      expect(rows).toHaveLength(1);
    }
    if (dialect === 'mysql') expect(raced, 'copies raced to the insert in one of the rounds').toBeGreaterThanOrEqual(1);
  });

  it('never sells more places than the slot has when citizens race for the last ones', async () => {
    const capacity = 3;
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity }],
    });
    const slot = await exhibition.slotAt(TOMORROW);
    const citizens = await Promise.all([1, 2, 3, 4, 5, 6].map(() => signInCitizen(server())));

    const results = await Promise.all(citizens.map((c) => book(server(), c, slot.id)));
    const typenames = results.map((r) => r.__typename).sort();
    expect(typenames).toEqual([
      ...Array(capacity).fill('MutationCreateBookingSuccess'),
      ...Array(citizens.length - capacity).fill('SlotFullError'),
    ]);
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(0);
  });

  it('frees the places of a booking cancelled before the cutoff, without a strike', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 3 });
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining - 3);

    const cancelled = successData(await cancelBooking(server(), citizen.token, booking.id));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'CITIZEN', ticketToken: null });
    expect((await exhibition.slotAt(TOMORROW)).remaining).toBe(slot.remaining);
    expect(await suspensionOf(server(), citizen)).toMatchObject({ recentNoShows: 0, suspendedUntil: null });

    expect(await cancelBooking(server(), citizen.token, booking.id)).toMatchObject({
      __typename: 'BookingNotCancellableError',
      status: 'CANCELLED',
    });
  });

  it('cancels after the cutoff but counts it as a no-show', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy: { cancelCutoffMinutes: 120 },
    });
    const startAt = at(TEST_TODAY, '14:00');
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
    expect(booking.cancelDeadline).toBe(iso(startAt - 2 * HOUR_MS));

    server().clock.set(startAt - 2 * HOUR_MS + MINUTE_MS);
    const cancelled = successData(await cancelBooking(server(), citizen.token, booking.id));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'LATE_CITIZEN' });
    expect((await exhibition.slotAt(TEST_TODAY)).remaining).toBe(slot.remaining);
    expect(await suspensionOf(server(), citizen)).toMatchObject({ recentNoShows: 1, suspendedUntil: null });
  });

  it('suspends booking for 60 days from the third no-show within 180 days, then allows it again', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, { days: 75 });
    let citizen = await signInCitizen(server());
    const [day1, day2, day3, day4] = [1, 2, 3, 4].map((d) => addDays(TEST_TODAY, d));
    const missed1 = await bookOk(server(), citizen, (await exhibition.slotAt(day1)).id);
    const missed2 = await bookOk(server(), citizen, (await exhibition.slotAt(day2)).id);
    const lateCancelled = await bookOk(server(), citizen, (await exhibition.slotAt(day3)).id);

    // Two slots end without the visitor, then a cancellation after the cutoff.
    server().clock.set(at(day1, '16:00'));
    await runNoShowJob(server());
    server().clock.set(at(day2, '16:00'));
    await runNoShowJob(server());
    expect(await suspensionOf(server(), citizen)).toMatchObject({ recentNoShows: 2, suspendedUntil: null });
    const third = at(day3, '12:30');
    server().clock.set(third);
    successData(await cancelBooking(server(), citizen.token, lateCancelled.id));

    const suspendedUntil = third + SUSPENSION_DAYS * DAY_MS;
    expect(await suspensionOf(server(), citizen)).toEqual({
      recentNoShows: 3,
      suspendedFrom: iso(third),
      suspendedUntil: iso(suspendedUntil),
    });
    expect(
      (await strikesOfBookings(server(), [missed1.id, missed2.id, lateCancelled.id])).map((s) => s.reason),
    ).toEqual(['NO_SHOW', 'NO_SHOW', 'LATE_CANCEL']);
    // The citizen is told once, when the late cancellation starts the suspension, with its end.
    const suspensionNotices = async () =>
      (await outboxOf(server(), [citizen.accountId]))
        .filter((m) => m.kind === 'BOOKING_SUSPENDED')
        .map((m) => JSON.parse(m.payload));
    expect(await suspensionNotices()).toEqual([{ suspendedFrom: third, suspendedUntil }]);
    expect(await book(server(), citizen, (await exhibition.slotAt(day4)).id)).toMatchObject({
      __typename: 'BookingSuspendedError',
      suspendedFrom: iso(third),
      suspendedUntil: iso(suspendedUntil),
    });

    // The suspension ends on the instant 60 days after the third strike (sessions last 30 days: sign in again).
    const laterDay = businessDateOf(suspendedUntil);
    const laterSlot = await exhibition.slotAt(laterDay);
    server().clock.set(suspendedUntil - MINUTE_MS);
    citizen = { ...citizen, token: (await signInCitizen(server(), citizen.displayName)).token };
    expect(await book(server(), citizen, laterSlot.id)).toMatchObject({ __typename: 'BookingSuspendedError' });
    server().clock.set(suspendedUntil);
    const allowed = await bookOk(server(), citizen, laterSlot.id);
    expect(allowed).toMatchObject({ status: 'CONFIRMED', visitDate: laterDay });
  });

  it('tells the citizen once when the third no-show starts a suspension', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const days = [1, 2, 3].map((d) => addDays(TEST_TODAY, d));
    for (const day of days) await bookOk(server(), citizen, (await exhibition.slotAt(day)).id);
    const suspensions = async () =>
      (await outboxOf(server(), [citizen.accountId])).filter((m) => m.kind === 'BOOKING_SUSPENDED');

    for (const day of days.slice(0, 2)) {
      server().clock.set(at(day, '16:00'));
      await runNoShowJob(server());
    }
    expect(await suspensions()).toEqual([]);
    const third = at(days[2], '16:00');
    server().clock.set(third);
    await runNoShowJob(server());
    await runNoShowJob(server());
    expect((await suspensions()).map((m) => JSON.parse(m.payload))).toEqual([
      { suspendedFrom: third, suspendedUntil: third + SUSPENSION_DAYS * DAY_MS },
    ]);
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => m.kind)).toEqual([
      'BOOKING_CONFIRMED',
      'BOOKING_CONFIRMED',
      'BOOKING_CONFIRMED',
      'BOOKING_NO_SHOW',
      'BOOKING_NO_SHOW',
      'BOOKING_NO_SHOW',
      'BOOKING_SUSPENDED',
    ]);
  });

  it('marks confirmed visitors as no-shows after the slot ends, once', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const cameOne = await signInCitizen(server());
    const stayedAway = await signInCitizen(server());
    const partly = await bookOk(server(), cameOne, slot.id, { visitors: 2 });
    const absent = await bookOk(server(), stayedAway, slot.id, { visitors: 1 });

    server().clock.set(at(TEST_TODAY, '14:05'));
    successData(await checkIn(server(), staff.manager, partly.visitors[0].ticketToken));

    // Not before the slot has ended.
    server().clock.set(at(TEST_TODAY, '16:00') - 1);
    await runNoShowJob(server());
    expect((await bookingById(server(), stayedAway.token, absent.id))!.status).toBe('CONFIRMED');

    server().clock.set(at(TEST_TODAY, '16:00'));
    await runNoShowJob(server());
    const absentAfter = await bookingById(server(), stayedAway.token, absent.id);
    expect(absentAfter).toMatchObject({ status: 'NO_SHOW', visitors: [{ status: 'NO_SHOW' }] });
    const partlyAfter = (await bookingById(server(), cameOne.token, partly.id))!;
    expect(partlyAfter.status).toBe('CHECKED_IN');
    expect(partlyAfter.visitors.map((v) => v.status)).toEqual(['CHECKED_IN', 'NO_SHOW']);
    expect(await suspensionOf(server(), stayedAway)).toMatchObject({ recentNoShows: 1 });
    expect(await suspensionOf(server(), cameOne)).toMatchObject({ recentNoShows: 0 });
    const strikes = await strikesOfBookings(server(), [partly.id, absent.id]);
    expect(strikes.map((s) => [s.booking_id, s.reason])).toEqual([[Number(absent.id), 'NO_SHOW']]);

    // A second run changes nothing.
    await runNoShowJob(server());
    expect(await strikesOfBookings(server(), [partly.id, absent.id])).toEqual(strikes);
    expect(await bookingById(server(), stayedAway.token, absent.id)).toEqual(absentAfter);
    const notices = (await outboxOf(server(), [stayedAway.accountId])).filter((n) => n.kind === 'BOOKING_NO_SHOW');
    expect(notices.map((n) => n.dedupe_key)).toEqual([`no-show:${absent.id}`]);
  });

  it('gives one strike per booking when two no-show runs race', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizens = await Promise.all([1, 2, 3].map(() => signInCitizen(server())));
    const bookings = [];
    for (const [i, citizen] of citizens.entries()) {
      const slot = await exhibition.slotAt(i === 0 ? TEST_TODAY : TOMORROW);
      bookings.push(await bookOk(server(), citizen, slot.id, { visitors: i + 1 }));
    }

    server().clock.set(at(TOMORROW, '16:00'));
    await Promise.all([markNoShows(server().app.services), markNoShows(server().app.services)]);
    await runNoShowJob(server());

    const strikes = await strikesOfBookings(
      server(),
      bookings.map((b) => b.id),
    );
    expect(strikes.map((s) => s.booking_id).sort()).toEqual(bookings.map((b) => Number(b.id)).sort());
    for (const [i, citizen] of citizens.entries()) {
      expect(await suspensionOf(server(), citizen)).toMatchObject({ recentNoShows: 1 });
      expect((await bookingById(server(), citizen.token, bookings[i].id))!.status).toBe('NO_SHOW');
    }
  });
});
