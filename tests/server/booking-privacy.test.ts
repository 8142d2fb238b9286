// Personal data and access in the booking feature: responses carry masked names, documents and phones,
// stored rows carry none of them in plain text, citizens see only their own bookings and tickets, and staff
// act only within their role and their own archive.
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
  joinWaitlist,
  registerWalkIn,
  requestGroupVisit,
  residentId,
  resultAs,
  roster,
  staffSlot,
  successData,
  TEST_TODAY,
  visitor,
  withWrongCheckCharacter,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AddFrequentVisitorDocument,
  BookingIdDocument,
  BookingStatisticsDocument,
  ChangeSlotCapacityDocument,
  CheckInByDocumentDocument,
  CloseDayDocument,
  CloseSlotDocument,
  FrequentVisitorsDocument,
  GenerateSlotsDocument,
  MyBookingsDocument,
  RemoveFrequentVisitorDocument,
  ReviewGroupVisitDocument,
  SaveExhibitionDocument,
  SetBookingPolicyDocument,
  SetSlotTemplatesDocument,
  SlotRosterDocument,
  StaffExhibitionIdsDocument,
  StaffSlotDocument,
} from '../testkit/generated/graphql';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import type { TestServer, TypedDocument } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);

/** Asserts that none of the plaintexts appears anywhere in a response or a set of rows. */
function expectNoPlaintext(value: unknown, plaintexts: string[]) {
  const text = JSON.stringify(value);
  for (const plain of plaintexts) expect(text, `contains "${plain}"`).not.toContain(plain);
}

/** A query that lists no error types: an authorisation failure arrives as a GraphQL error with a code. */
async function errorCodeOf<TResult, TVariables>(
  server: TestServer,
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  token: string,
) {
  const result = await server.execute(document, variables, token);
  const rootField: unknown = Object.values(result.data ?? {})[0];
  expect(rootField ?? null).toBeNull();
  return result.errors?.[0]?.extensions?.code;
}

async function myBookingIds(server: TestServer, citizen: SignedInAs): Promise<string[]> {
  const connection = await call(server, MyBookingsDocument, { list: 'UPCOMING' }, citizen.token);
  return connection.edges.map((e) => e.node.id).sort();
}

describe.each(dialects)('booking privacy and access (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
      admin: ['ADMIN'],
      checker: ['CHECKER'],
      otherChecker: ['CHECKER', { branchCode: 'xiangcheng' }],
    },
  );

  it('masks names, document numbers and phones in every response', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const documentNumber = residentId({ region: '110105', birthDate: '1949-12-31', sequence: 2 });
    const longName = visitor({ name: '欧阳娜娜' });
    const phone = '13812345678';
    const plaintexts = [documentNumber, longName.documentNumber, '张三', '欧阳娜娜', phone];

    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id, {
      visitors: [{ name: '张三', documentType: 'RESIDENT_ID', documentNumber }, longName],
      phone,
      saveVisitors: true,
      visitorsConsent: true,
    });
    expect(booking.phone).toBe('138****5678');
    expect(booking.visitors.map((v) => [v.name, v.documentNumber])).toEqual([
      ['张*', '110105********002X'],
      ['欧***', `${longName.documentNumber.slice(0, 6)}********${longName.documentNumber.slice(-4)}`],
    ]);
    expectNoPlaintext(booking, plaintexts);

    const read = (await bookingById(server(), citizen.token, booking.id))!;
    expect(read.visitors[0]).toMatchObject({ name: '张*', documentNumber: '110105********002X' });
    expectNoPlaintext(read, plaintexts);
    expectNoPlaintext(await call(server(), MyBookingsDocument, { list: 'UPCOMING' }, citizen.token), plaintexts);

    // The owner's own list names people in full, so 林晓 and 林小 can be told apart; documents stay masked.
    const saved = await call(server(), FrequentVisitorsDocument, {}, citizen.token);
    expect(saved.map((v) => v.name).sort()).toEqual(['张三', '欧阳娜娜'].sort());
    expectNoPlaintext(saved, [documentNumber, longName.documentNumber, phone]);

    // Booking again with the saved visitors sends no document at all; the answer stays masked.
    const again = await bookOk(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 1))).id, {
      frequentVisitorIds: saved.map((v) => v.id),
      phone,
    });
    expect(again.visitors.map((v) => v.documentNumber).sort()).toEqual(
      booking.visitors.map((v) => v.documentNumber).sort(),
    );
    expectNoPlaintext(again, plaintexts);

    const roster = await call(server(), SlotRosterDocument, { slotId: booking.slot.id }, staff.manager.token);
    expect(roster.find((b) => b.id === booking.id)!.phone).toBe('138****5678');
    expectNoPlaintext(roster, plaintexts);

    const duplicate = await book(server(), await signInCitizen(server()), booking.slot.id, {
      visitors: [{ name: '张三', documentType: 'RESIDENT_ID', documentNumber }],
    });
    expect(duplicate).toMatchObject({ __typename: 'DuplicateVisitorError', documentNumber: '110105********002X' });
    expectNoPlaintext(duplicate, plaintexts);
  });

  it("keeps each citizen's frequent visitors to that citizen, named in full to them, documents masked", async () => {
    const alice = await signInCitizen(server());
    const bob = await signInCitizen(server());
    const grandma = visitor({ name: '蔡奶奶' });

    const added = successData(
      await call(server(), AddFrequentVisitorDocument, { visitor: grandma, consent: true }, alice.token),
    );
    expect(added).toEqual([
      {
        id: expect.any(String),
        name: '蔡奶奶',
        documentType: 'RESIDENT_ID',
        documentNumber: maskDocumentNumber(grandma.documentNumber),
      },
    ]);
    // Saving the same document again keeps one entry.
    expect(
      successData(await call(server(), AddFrequentVisitorDocument, { visitor: grandma, consent: true }, alice.token)),
    ).toHaveLength(1);
    const invalid = resultAs(
      await call(
        server(),
        AddFrequentVisitorDocument,
        {
          visitor: { ...visitor(), documentNumber: withWrongCheckCharacter(grandma.documentNumber) },
          consent: true,
        },
        alice.token,
      ),
      'InputValidationError',
    );
    expect(invalid.fieldErrors).toEqual([{ path: 'visitor.documentNumber', message: expect.any(String) }]);

    expect(await call(server(), FrequentVisitorsDocument, {}, bob.token)).toEqual([]);
    // Removing someone else's saved visitor is "not found", never a quiet success.
    expect(await call(server(), RemoveFrequentVisitorDocument, { id: added[0].id }, bob.token)).toMatchObject({
      __typename: 'NotFoundError',
    });
    expect(await call(server(), FrequentVisitorsDocument, {}, alice.token)).toEqual(added);
    // Bob cannot book with Alice's saved visitor either.
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const borrowed = resultAs(
      await book(server(), bob, (await exhibition.slotAt(TOMORROW)).id, { frequentVisitorIds: [added[0].id] }),
      'InputValidationError',
    );
    expect(borrowed.fieldErrors).toEqual([{ path: 'frequentVisitorIds.0', message: expect.any(String) }]);

    expect(successData(await call(server(), RemoveFrequentVisitorDocument, { id: added[0].id }, alice.token))).toEqual(
      [],
    );
  });

  it('stores no document number, name or phone in plain text', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1, groupQuota: 20 }],
    });
    const citizen = await signInCitizen(server());
    const person = visitor({ name: '林语堂' });
    const phone = '13912345678';
    const groupMembers = roster(2, 8, addDays(TOMORROW, 2));
    const leaderName = '王老师';
    const leaderPhone = '13712345678';

    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id, {
      visitors: [person],
      phone,
      saveVisitors: true,
      visitorsConsent: true,
    });
    // The next day is full, so the same person waits for a place there.
    const nextDay = await exhibition.slotAt(addDays(TOMORROW, 1));
    await bookOk(server(), await signInCitizen(server()), nextDay.id);
    successData(await joinWaitlist(server(), citizen, nextDay.id, { visitors: [person], phone }));
    const group = successData(
      await requestGroupVisit(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 2))).id, groupMembers, {
        leaderName,
        leaderPhone,
      }),
    );

    const db = server().db;
    const rows = {
      bookings: await db.selectFrom('booking').selectAll().where('account_id', '=', citizen.accountId).execute(),
      visitors: await db
        .selectFrom('booking_visitor')
        .selectAll()
        .where('booking_id', 'in', [Number(booking.id), Number(group.id)])
        .execute(),
      frequent: await db
        .selectFrom('frequent_visitor')
        .selectAll()
        .where('account_id', '=', citizen.accountId)
        .execute(),
      waitlist: await db.selectFrom('waitlist_entry').selectAll().where('account_id', '=', citizen.accountId).execute(),
      outbox: await db
        .selectFrom('notification_outbox')
        .selectAll()
        .where('account_id', '=', citizen.accountId)
        .execute(),
    };
    expect(rows.bookings).toHaveLength(2);
    expect(rows.visitors).toHaveLength(1 + groupMembers.length);
    expect(rows.frequent).toHaveLength(1);
    expect(rows.waitlist).toHaveLength(1);
    expect(rows.visitors.every((v) => v.name_cipher.startsWith('v1:') && v.document_cipher.startsWith('v1:'))).toBe(
      true,
    );
    expectNoPlaintext(rows, [
      person.documentNumber,
      person.name,
      phone,
      leaderName,
      leaderPhone,
      ...groupMembers.flatMap((m) => [m.documentNumber, m.name]),
    ]);
  });

  it("lets nobody else read, cancel or list a citizen's booking", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const alice = await signInCitizen(server());
    const bob = await signInCitizen(server());
    const alicesBooking = await bookOk(server(), alice, slot.id);
    const bobsBooking = await bookOk(server(), bob, slot.id);

    expect(await bookingById(server(), bob.token, alicesBooking.id)).toBeNull();
    expect(await cancelBooking(server(), bob.token, alicesBooking.id)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    expect((await bookingById(server(), alice.token, alicesBooking.id))!.status).toBe('CONFIRMED');
    expect(await myBookingIds(server(), alice)).toEqual([alicesBooking.id]);
    expect(await myBookingIds(server(), bob)).toEqual([bobsBooking.id]);

    const anonymous = await server().execute(BookingIdDocument, { id: alicesBooking.id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await book(server(), { ...alice, token: '' }, slot.id)).toMatchObject({
      __typename: 'NotAuthorizedError',
      reason: 'UNAUTHENTICATED',
    });
  });

  it('refuses staff operations to citizens with FORBIDDEN', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id);
    const group = successData(await requestGroupVisit(server(), citizen, slot.id, roster(2, 8, TEST_TODAY)));
    server().clock.set(at(TEST_TODAY, '13:45'));

    const forbidden = { __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' };
    const token = citizen.token;
    expect(await checkIn(server(), citizen, booking.ticketToken)).toMatchObject(forbidden);
    expect(await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '测试' }, token)).toMatchObject(
      forbidden,
    );
    expect(
      await call(server(), CloseDayDocument, { exhibitionId: exhibition.id, date: TOMORROW, reason: '测试' }, token),
    ).toMatchObject(forbidden);
    expect(await call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, capacity: 1 }, token)).toMatchObject(
      forbidden,
    );
    expect(
      await call(
        server(),
        SetBookingPolicyDocument,
        { exhibitionId: exhibition.id, policy: { maxVisitors: 1 } },
        token,
      ),
    ).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        GenerateSlotsDocument,
        { exhibitionId: exhibition.id, from: TEST_TODAY, to: TOMORROW },
        token,
      ),
    ).toMatchObject(forbidden);
    expect(await registerWalkIn(server(), citizen, slot.id, 1)).toMatchObject(forbidden);
    expect(await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, token)).toMatchObject(
      forbidden,
    );

    expect(await errorCodeOf(server(), SlotRosterDocument, { slotId: slot.id }, token)).toBe('FORBIDDEN');
    expect(await errorCodeOf(server(), StaffSlotDocument, { id: slot.id }, token)).toBe('FORBIDDEN');
    expect(await call(server(), BookingStatisticsDocument, { from: TEST_TODAY, to: TEST_TODAY }, token)).toMatchObject(
      forbidden,
    );
    expect(await errorCodeOf(server(), StaffExhibitionIdsDocument, {}, token)).toBe('FORBIDDEN');

    // Nothing changed.
    expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({
      status: 'OPEN',
      booked: 1,
      groupBooked: 10,
    });
    expect(await bookingById(server(), token, booking.id)).toMatchObject({ status: 'CONFIRMED', checkedInCount: 0 });
    expect((await bookingById(server(), token, group.id))!.status).toBe('PENDING_REVIEW');
  });

  it("keeps branch staff to their own archive's exhibitions", async () => {
    const elsewhere = await createBookableExhibition(server(), staff.admin, { branchCode: 'xiangcheng' });
    const own = await createBookableExhibition(server(), staff.manager);
    const slot = await elsewhere.slotAt(TOMORROW);
    const forbidden = { __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' };
    const token = staff.manager.token;

    expect(
      await call(server(), SetBookingPolicyDocument, { exhibitionId: elsewhere.id, policy: { maxVisitors: 1 } }, token),
    ).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        SetSlotTemplatesDocument,
        { exhibitionId: elsewhere.id, templates: [{ weekday: 2, startTime: '09:00', endTime: '10:00', capacity: 1 }] },
        token,
      ),
    ).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        GenerateSlotsDocument,
        { exhibitionId: elsewhere.id, from: TEST_TODAY, to: TOMORROW },
        token,
      ),
    ).toMatchObject(forbidden);
    expect(await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '测试' }, token)).toMatchObject(
      forbidden,
    );
    expect(
      await call(server(), CloseDayDocument, { exhibitionId: elsewhere.id, date: TOMORROW, reason: '测试' }, token),
    ).toMatchObject(forbidden);
    expect(await call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, capacity: 1 }, token)).toMatchObject(
      forbidden,
    );
    expect(await registerWalkIn(server(), staff.manager, slot.id, 1)).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        SaveExhibitionDocument,
        {
          input: {
            id: elsewhere.id,
            title: '改名',
            mode: 'ONSITE',
            summary: '简介',
            description: '介绍',
            opensOn: TEST_TODAY,
          },
        },
        token,
      ),
    ).toMatchObject(forbidden);
    expect(await errorCodeOf(server(), SlotRosterDocument, { slotId: slot.id }, token)).toBe('FORBIDDEN');
    expect(
      await call(
        server(),
        BookingStatisticsDocument,
        { exhibitionId: elsewhere.id, from: TEST_TODAY, to: TEST_TODAY },
        token,
      ),
    ).toMatchObject(forbidden);

    const listed = (await call(server(), StaffExhibitionIdsDocument, {}, token)).map((e) => e.id);
    expect(listed).toContain(own.id);
    expect(listed).not.toContain(elsewhere.id);
    expect(await staffSlot(server(), staff.admin, slot.id)).toMatchObject({ status: 'OPEN', capacity: slot.capacity });
    expect((await elsewhere.slotsOn(TOMORROW)).map((s) => s.startAt)).toEqual([slot.startAt]);
  });

  it('lets a checker check visitors in but not close slots or change plans', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
    server().clock.set(at(TEST_TODAY, '13:45'));

    const admitted = successData(await checkIn(server(), staff.checker, booking.visitors[0].ticketToken));
    expect(admitted.admitted).toBe(1);
    const rosterIds = (await call(server(), SlotRosterDocument, { slotId: slot.id }, staff.checker.token)).map(
      (b) => b.id,
    );
    expect(rosterIds).toContain(booking.id);

    const forbidden = { __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' };
    expect(
      await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '测试' }, staff.checker.token),
    ).toMatchObject(forbidden);
    expect(
      await call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, capacity: 50 }, staff.checker.token),
    ).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        SetBookingPolicyDocument,
        { exhibitionId: exhibition.id, policy: { maxVisitors: 1 } },
        staff.checker.token,
      ),
    ).toMatchObject(forbidden);
    expect(await staffSlot(server(), staff.checker, slot.id)).toMatchObject({
      status: 'OPEN',
      capacity: slot.capacity,
    });
  });

  it("does not let a checker of another archive check in this archive's visitors", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const party = [visitor(), visitor()];
    const booking = await bookOk(server(), citizen, slot.id, { visitors: party });
    server().clock.set(at(TEST_TODAY, '13:45'));

    expect(await errorCodeOf(server(), SlotRosterDocument, { slotId: slot.id }, staff.otherChecker.token)).toBe(
      'FORBIDDEN',
    );
    const forbidden = { __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' };
    expect(await checkIn(server(), staff.otherChecker, booking.visitors[0].ticketToken)).toMatchObject(forbidden);
    expect(
      await call(
        server(),
        CheckInByDocumentDocument,
        { slotId: slot.id, documentType: 'RESIDENT_ID', documentNumber: party[1].documentNumber },
        staff.otherChecker.token,
      ),
    ).toMatchObject(forbidden);
    expect((await bookingById(server(), citizen.token, booking.id))!.checkedInCount).toBe(0);
  });

  it("hides another archive's bookings from its staff", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, (await exhibition.slotAt(TOMORROW)).id);

    // Staff of the exhibition's own archive (and admins) may read it; staff of another archive may not,
    // as with its slot roster.
    expect((await bookingById(server(), staff.checker.token, booking.id))?.id).toBe(booking.id);
    expect((await bookingById(server(), staff.admin.token, booking.id))?.id).toBe(booking.id);
    expect(await errorCodeOf(server(), SlotRosterDocument, { slotId: booking.slot.id }, staff.otherChecker.token)).toBe(
      'FORBIDDEN',
    );
    expect(await bookingById(server(), staff.otherChecker.token, booking.id)).toBeNull();
  });

  it("shows tickets to the booking's owner only", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });

    const owners = (await bookingById(server(), citizen.token, booking.id))!;
    expect(owners.ticketToken).toMatch(new RegExp(`^ZZT1\\.b${booking.id}\\.[A-Za-z0-9_-]{22}$`));
    for (const v of owners.visitors) {
      expect(v.ticketToken).toMatch(new RegExp(`^ZZT1\\.v${v.id}\\.[A-Za-z0-9_-]{22}$`));
    }

    const staffView = (await bookingById(server(), staff.manager.token, booking.id))!;
    expect(staffView.id).toBe(booking.id);
    expect([staffView.ticketToken, ...staffView.visitors.map((v) => v.ticketToken)]).toEqual([null, null, null]);
    const roster = await call(server(), SlotRosterDocument, { slotId: slot.id }, staff.manager.token);
    const listed = roster.find((b) => b.id === booking.id)!;
    expect([listed.ticketToken, ...listed.visitors.map((v) => v.ticketToken)]).toEqual([null, null, null]);

    successData(await cancelBooking(server(), citizen.token, booking.id));
    const cancelled = (await bookingById(server(), citizen.token, booking.id))!;
    expect([cancelled.ticketToken, ...cancelled.visitors.map((v) => v.ticketToken)]).toEqual([null, null, null]);
  });

  it('rejects a tampered ticket as INVALID', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager);
    const slot = await exhibition.slotAt(TEST_TODAY);
    const citizen = await signInCitizen(server());
    const booking = await bookOk(server(), citizen, slot.id, { visitors: 2 });
    server().clock.set(at(TEST_TODAY, '13:45'));

    const genuine = booking.ticketToken!;
    const [, , signature] = genuine.split('.');
    const [first, second] = booking.visitors;
    const otherCharacter = signature.endsWith('A') ? 'B' : 'A';
    const tampered = [
      `ZZT1.b${Number(booking.id) + 1}.${signature}`,
      `ZZT1.v${booking.id}.${signature}`,
      `${genuine.slice(0, -1)}${otherCharacter}`,
      first.ticketToken!.replace(`.v${first.id}.`, `.v${second.id}.`),
      `${genuine}x`,
      `ZZT2${genuine.slice(4)}`,
      'not a ticket',
    ];
    for (const token of tampered) {
      expect(await checkIn(server(), staff.checker, token), token).toMatchObject({
        __typename: 'TicketRejectedError',
        reason: 'INVALID',
      });
    }
    expect((await bookingById(server(), citizen.token, booking.id))!.checkedInCount).toBe(0);
    expect(successData(await checkIn(server(), staff.checker, genuine)).admitted).toBe(2);
  });
});
