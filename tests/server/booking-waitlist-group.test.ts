// Waiting lists and group visits over real GraphQL: queueing for a full slot, offers made in order to the
// first party that fits, acceptance and expiry, capacity changes and closed slots; group requests from the
// group quota, their rules, staff review, the leader's ticket and the roster deadline.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { runScheduledWork } from '../../server/src/jobs/scheduler';
import { expireWaitlistOffers } from '../../server/src/jobs/waitlist-offers.job';
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
  joinWaitlist,
  MINUTE_MS,
  outboxOf,
  requestGroupVisit,
  resultAs,
  roster,
  runNoShowJob,
  staffSlot,
  successData,
  suspensionOf,
  TEST_TODAY,
  visitors,
  waitlistEntry,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  AcceptWaitlistOfferDocument,
  BookingStatisticsDocument,
  ChangeSlotCapacityDocument,
  CloseSlotDocument,
  GroupVisitIdsDocument,
  LeaveWaitlistDocument,
  ReviewGroupVisitDocument,
  UpdateGroupRosterDocument,
} from '../testkit/generated/graphql';
import { signInCitizen } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
/** Group visits are seeded two days ahead, so the default 24-hour roster deadline lies in the future. */
const GROUP_DAY = addDays(TEST_TODAY, 2);
const GROUP_PLAN = { startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 30 };

describe.each(dialects)('waiting lists (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  /** An exhibition whose slot tomorrow has `capacity` places. */
  async function slotWithCapacity(capacity: number, policy = {}) {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy,
      plans: [{ startTime: '14:00', endTime: '16:00', capacity }],
    });
    return exhibition.slotAt(TOMORROW);
  }

  it('refuses to queue a party while the slot has places for it', async () => {
    const slot = await slotWithCapacity(3);
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    const citizen = await signInCitizen(server());

    expect(await joinWaitlist(server(), citizen, slot.id, { visitors: 1 })).toMatchObject({
      __typename: 'WaitlistNotAvailableError',
      reason: 'SLOT_HAS_PLACES',
    });
    // One place left is not enough for two: they may wait.
    expect(successData(await joinWaitlist(server(), citizen, slot.id, { visitors: 2 }))).toMatchObject({
      status: 'WAITING',
      position: 1,
      partySize: 2,
    });
  });

  it('offers freed places to the first waiting party that fits, which can then book them', async () => {
    const slot = await slotWithCapacity(3);
    const leaving = await signInCitizen(server());
    const leavingBooking = await bookOk(server(), leaving, slot.id, { visitors: 1 });
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    const bigParty = await signInCitizen(server());
    const smallParty = await signInCitizen(server());

    const big = successData(await joinWaitlist(server(), bigParty, slot.id, { visitors: 3 }));
    const small = successData(await joinWaitlist(server(), smallParty, slot.id, { visitors: 1 }));
    expect([big.position, small.position]).toEqual([1, 2]);
    expect(await joinWaitlist(server(), smallParty, slot.id, { visitors: 1 })).toMatchObject({
      __typename: 'WaitlistNotAvailableError',
      reason: 'ALREADY_WAITING',
    });

    // One place frees up: too few for the first party, so the second is offered it.
    successData(await cancelBooking(server(), leaving.token, leavingBooking.id));
    expect(await waitlistEntry(server(), smallParty, small.id)).toMatchObject({
      status: 'OFFERED',
      offeredUntil: iso(DEFAULT_TEST_INSTANT + 30 * MINUTE_MS),
      position: null,
    });
    expect(await waitlistEntry(server(), bigParty, big.id)).toMatchObject({ status: 'WAITING', position: 1 });
    expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ offerHeld: 1, remaining: 0 });
    expect(await book(server(), await signInCitizen(server()), slot.id)).toMatchObject({ __typename: 'SlotFullError' });
    const offers = (await outboxOf(server(), [smallParty.accountId])).filter((n) => n.kind === 'WAITLIST_OFFER');
    expect(offers.map((n) => n.dedupe_key)).toEqual([`waitlist-offer:${small.id}`]);

    const booking = successData(await call(server(), AcceptWaitlistOfferDocument, { id: small.id }, smallParty.token));
    expect(booking).toMatchObject({ status: 'CONFIRMED', kind: 'INDIVIDUAL', partySize: 1 });
    expect(booking.ticketToken).toMatch(/^ZZT1\.b/);
    expect(await waitlistEntry(server(), smallParty, small.id)).toMatchObject({
      status: 'BOOKED',
      bookingId: booking.id,
    });
    expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ offerHeld: 0, booked: 3, remaining: 0 });

    expect(successData(await call(server(), LeaveWaitlistDocument, { id: big.id }, bigParty.token)).status).toBe(
      'CANCELLED',
    );
  });

  it('expires an unanswered offer and passes the places to the next party', async () => {
    const holdMinutes = 20;
    const slot = await slotWithCapacity(1, { waitlistHoldMinutes: holdMinutes });
    const leaving = await signInCitizen(server());
    const leavingBooking = await bookOk(server(), leaving, slot.id);
    const slow = await signInCitizen(server());
    const next = await signInCitizen(server());
    const slowEntry = successData(await joinWaitlist(server(), slow, slot.id));
    const nextEntry = successData(await joinWaitlist(server(), next, slot.id));

    successData(await cancelBooking(server(), leaving.token, leavingBooking.id));
    const offeredUntil = DEFAULT_TEST_INSTANT + holdMinutes * MINUTE_MS;
    expect(await waitlistEntry(server(), slow, slowEntry.id)).toMatchObject({
      status: 'OFFERED',
      offeredUntil: iso(offeredUntil),
    });

    server().clock.set(offeredUntil);
    expect(await call(server(), AcceptWaitlistOfferDocument, { id: slowEntry.id }, slow.token)).toMatchObject({
      __typename: 'WaitlistNotAvailableError',
      reason: 'OFFER_EXPIRED',
    });
    expect(await expireWaitlistOffers(server().app.services)).toBeGreaterThanOrEqual(1);
    expect((await waitlistEntry(server(), slow, slowEntry.id)).status).toBe('EXPIRED');
    expect(await waitlistEntry(server(), next, nextEntry.id)).toMatchObject({
      status: 'OFFERED',
      offeredUntil: iso(offeredUntil + holdMinutes * MINUTE_MS),
    });
    // Running the job again changes nothing.
    await expireWaitlistOffers(server().app.services);
    expect((await waitlistEntry(server(), next, nextEntry.id)).status).toBe('OFFERED');
    expect((await staffSlot(server(), staff.manager, slot.id)).offerHeld).toBe(1);

    expect(await call(server(), AcceptWaitlistOfferDocument, { id: slowEntry.id }, slow.token)).toMatchObject({
      __typename: 'WaitlistNotAvailableError',
      reason: 'NOT_OFFERED',
    });
    const booking = successData(await call(server(), AcceptWaitlistOfferDocument, { id: nextEntry.id }, next.token));
    expect(booking.status).toBe('CONFIRMED');
  });

  it("books an accepted offer once when the acceptance is sent several times at once (on MySQL the copies really race: a loser rolls back and answers with the winner's booking, not with an expired offer; SQLite may run them one after the other)", async () => {
    // Whether copies overlap depends on scheduling, so rounds repeat, each with its own offer, until one
    // has raced; every round must book exactly once.
    let raced = 0;
    for (let round = 0; round < 5 && raced === 0; round++) {
      const slot = await slotWithCapacity(1);
      const leaving = await signInCitizen(server());
      const leavingBooking = await bookOk(server(), leaving, slot.id);
      const waiting = await signInCitizen(server());
      const entry = successData(await joinWaitlist(server(), waiting, slot.id));
      successData(await cancelBooking(server(), leaving.token, leavingBooking.id));

      const acceptOffer = () => call(server(), AcceptWaitlistOfferDocument, { id: entry.id }, waiting.token);
      let results: Awaited<ReturnType<typeof acceptOffer>>[] = [];
      const statements = await server().statementsDuring(async () => {
        results = await Promise.all([acceptOffer(), acceptOffer(), acceptOffer()]);
      });
      // A losing acceptance's transaction found the offer taken, rolled back and ran again.
      raced = statements.filter((sql) => /^rollback/i.test(sql)).length;
      // Like a retried createBooking, every copy answers with the one booking made.
      const booked = results.filter((r) => r.__typename === 'MutationAcceptWaitlistOfferSuccess');
      expect(booked).toHaveLength(3);
      expect(new Set(booked.map((r) => r.data.id)).size).toBe(1);
      const rows = await server()
        .db.selectFrom('booking')
        .select('id')
        .where('account_id', '=', waiting.accountId)
        .execute();
      expect(rows.map((r) => String(r.id))).toEqual([booked[0].data.id]);
      expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({
        booked: 1,
        offerHeld: 0,
        remaining: 0,
      });
    }
    if (dialect === 'mysql') expect(raced, 'acceptances raced in one of the rounds').toBeGreaterThanOrEqual(1);
  });

  it('offers released walk-in places to the waiting list before anyone else', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy: { walkinReleaseMinutes: 60 },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 3, walkinQuota: 1 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: slot.remaining });
    const waiting = await signInCitizen(server());
    const entry = successData(await joinWaitlist(server(), waiting, slot.id));

    // The walk-in place is released an hour before the slot; the scheduler's next tick hands it on.
    server().clock.set(at(TEST_TODAY, '13:00'));
    await runScheduledWork(server().app.services);
    expect(await waitlistEntry(server(), waiting, entry.id)).toMatchObject({ status: 'OFFERED' });
    expect(await book(server(), await signInCitizen(server()), slot.id)).toMatchObject({
      __typename: 'SlotFullError',
    });
  });

  it('keeps capacity at or above what is booked, and offers added places to the waiting list', async () => {
    const slot = await slotWithCapacity(2);
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    const waiting = await signInCitizen(server());
    const entry = successData(await joinWaitlist(server(), waiting, slot.id, { visitors: 2 }));

    expect(
      await call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, capacity: 1 }, staff.manager.token),
    ).toMatchObject({
      __typename: 'CapacityBelowBookedError',
      taken: 2,
    });
    expect((await staffSlot(server(), staff.manager, slot.id)).capacity).toBe(2);

    const raised = successData(
      await call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, capacity: 4 }, staff.manager.token),
    );
    expect(raised).toMatchObject({ capacity: 4, booked: 2, offerHeld: 2, remaining: 0 });
    expect((await waitlistEntry(server(), waiting, entry.id)).status).toBe('OFFERED');
  });

  it('cancels the bookings of a closed slot without strikes and notifies each citizen once', async () => {
    const slot = await slotWithCapacity(3);
    const alice = await signInCitizen(server());
    const bob = await signInCitizen(server());
    const carol = await signInCitizen(server());
    const alicesBooking = await bookOk(server(), alice, slot.id, { visitors: 1 });
    const bobsBooking = await bookOk(server(), bob, slot.id, { visitors: 2 });
    const carolsEntry = successData(await joinWaitlist(server(), carol, slot.id));
    const reason = '临时闭馆';

    const closed = successData(
      await call(server(), CloseSlotDocument, { slotId: slot.id, reason }, staff.manager.token),
    );
    expect(closed).toMatchObject({ id: slot.id, status: 'CLOSED', closedReason: reason, remaining: 0 });
    for (const [citizen, booking] of [
      [alice, alicesBooking],
      [bob, bobsBooking],
    ] as const) {
      expect(await bookingById(server(), citizen.token, booking.id)).toMatchObject({
        status: 'CANCELLED',
        cancelReason: 'SLOT_CLOSED',
        ticketToken: null,
      });
      expect(await suspensionOf(server(), citizen)).toMatchObject({ recentNoShows: 0 });
    }
    expect((await waitlistEntry(server(), carol, carolsEntry.id)).status).toBe('CANCELLED');

    const notices = async () =>
      (await outboxOf(server(), [alice.accountId, bob.accountId])).filter(
        (n) => n.kind === 'BOOKING_CANCELLED_BY_ARCHIVE',
      );
    const first = await notices();
    expect(first.map((n) => [n.account_id, n.dedupe_key])).toEqual([
      [alice.accountId, `slot-closed:${alicesBooking.id}`],
      [bob.accountId, `slot-closed:${bobsBooking.id}`],
    ]);
    expect(JSON.parse(first[0].payload)).toMatchObject({ bookingId: Number(alicesBooking.id), reason });

    // Closing again changes nothing and notifies nobody twice; the slot refuses bookings.
    successData(await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '再次关闭' }, staff.manager.token));
    expect(await notices()).toEqual(first);
    expect(await book(server(), carol, slot.id)).toMatchObject({ __typename: 'SlotClosedError', closedReason: reason });
  });
});

describe.each(dialects)('group visits (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  async function groupSlot() {
    const exhibition = await createBookableExhibition(server(), staff.manager, { plans: [GROUP_PLAN] });
    return { exhibition, slot: await exhibition.slotAt(GROUP_DAY) };
  }

  it('holds a group of 10–50 from the group quota pending review', async () => {
    const { exhibition, slot } = await groupSlot();
    const organizer = await signInCitizen(server());
    const members = roster(2, 10, GROUP_DAY);
    const key = idempotencyKey();

    const group = successData(
      await requestGroupVisit(server(), organizer, slot.id, members, {
        organization: '芗城实验小学',
        leaderName: '郑老师',
        leaderPhone: '13512345678',
        idempotencyKey: key,
      }),
    );
    expect(group).toMatchObject({
      kind: 'GROUP',
      status: 'PENDING_REVIEW',
      partySize: members.length,
      organization: '芗城实验小学',
      leaderName: '郑**',
      phone: '135****5678',
      ticketToken: null,
    });
    expect(group.visitors).toHaveLength(members.length);
    expect(group.visitors.filter((v) => v.isMinor)).toHaveLength(10);
    expect(group.visitors.every((v) => v.status === 'PENDING_REVIEW')).toBe(true);
    const after = await exhibition.slotAt(GROUP_DAY);
    expect(after.groupRemaining).toBe(slot.groupRemaining - members.length);
    expect(after.remaining).toBe(slot.remaining);

    // A retry returns the same request and holds nothing more.
    const retry = successData(await requestGroupVisit(server(), organizer, slot.id, members, { idempotencyKey: key }));
    expect(retry.id).toBe(group.id);
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(after.groupRemaining);

    const tooSmall = resultAs(
      await requestGroupVisit(server(), organizer, slot.id, roster(2, 7, GROUP_DAY)),
      'InputValidationError',
    );
    expect(tooSmall.fieldErrors).toEqual([{ path: 'roster', message: expect.any(String) }]);

    expect(await requestGroupVisit(server(), organizer, slot.id, roster(1, 11, GROUP_DAY))).toMatchObject({
      __typename: 'GroupRuleError',
      rule: 'ADULT_RATIO',
    });

    const another = await signInCitizen(server());
    expect(await requestGroupVisit(server(), another, slot.id, roster(5, 15, GROUP_DAY))).toMatchObject({
      __typename: 'GroupQuotaFullError',
      remaining: after.groupRemaining,
    });
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(after.groupRemaining);
  });

  it('releases the places of a rejected group and confirms an approved one with a leader ticket', async () => {
    const { exhibition, slot } = await groupSlot();
    const refused = await signInCitizen(server());
    const approved = await signInCitizen(server());
    const refusedGroup = successData(await requestGroupVisit(server(), refused, slot.id, roster(2, 10, GROUP_DAY)));
    const approvedGroup = successData(await requestGroupVisit(server(), approved, slot.id, roster(3, 12, GROUP_DAY)));
    const held = refusedGroup.partySize + approvedGroup.partySize;
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(slot.groupRemaining - held);
    const pending = (await call(server(), GroupVisitIdsDocument, {}, staff.manager.token)).map((b) => b.id);
    expect(pending).toEqual(expect.arrayContaining([refusedGroup.id, approvedGroup.id]));

    const rejected = successData(
      await call(
        server(),
        ReviewGroupVisitDocument,
        { bookingId: refusedGroup.id, approve: false, note: '名额调整' },
        staff.manager.token,
      ),
    );
    expect(rejected).toMatchObject({ status: 'REJECTED', reviewNote: '名额调整', cancelReason: 'REJECTED' });
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(slot.groupRemaining - approvedGroup.partySize);

    successData(
      await call(
        server(),
        ReviewGroupVisitDocument,
        { bookingId: approvedGroup.id, approve: true },
        staff.manager.token,
      ),
    );
    const confirmed = (await bookingById(server(), approved.token, approvedGroup.id))!;
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.ticketToken).toMatch(new RegExp(`^ZZT1\\.b${approvedGroup.id}\\.`));
    expect(confirmed.visitors).toHaveLength(approvedGroup.partySize);
    expect(approvedGroup.partySize).toBe(15);
    expect(confirmed.visitors.every((v) => v.ticketToken === null)).toBe(true);
    expect(confirmed.visitors.every((v) => v.status === 'CONFIRMED')).toBe(true);
    expect(
      await call(
        server(),
        ReviewGroupVisitDocument,
        { bookingId: approvedGroup.id, approve: false },
        staff.manager.token,
      ),
    ).toMatchObject({ __typename: 'GroupRuleError', rule: 'NOT_PENDING' });

    const kinds = (await outboxOf(server(), [refused.accountId, approved.accountId])).map((n) => [
      n.account_id,
      n.kind,
    ]);
    expect(kinds).toEqual(
      expect.arrayContaining([
        [refused.accountId, 'GROUP_REJECTED'],
        [approved.accountId, 'GROUP_APPROVED'],
      ]),
    );
  });

  it("admits the headcount given at the door with the leader's ticket", async () => {
    const { slot } = await groupSlot();
    const organizer = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), organizer, slot.id, roster(2, 10, GROUP_DAY)));
    successData(
      await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, staff.manager.token),
    );
    const ticket = (await bookingById(server(), organizer.token, group.id))!.ticketToken;
    server().clock.set(at(GROUP_DAY, '13:45'));

    const first = successData(await checkIn(server(), staff.manager, ticket, 7));
    expect(first).toMatchObject({ admitted: 7, booking: { status: 'CHECKED_IN', checkedInCount: 7 } });

    const tooMany = resultAs(
      await checkIn(server(), staff.manager, ticket, group.partySize - 7 + 1),
      'InputValidationError',
    );
    expect(tooMany.fieldErrors).toEqual([{ path: 'headcount', message: expect.any(String) }]);

    const rest = successData(await checkIn(server(), staff.manager, ticket));
    expect(rest).toMatchObject({ admitted: group.partySize - 7, booking: { checkedInCount: group.partySize } });
    expect(await checkIn(server(), staff.manager, ticket, 1)).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
    });
  });

  it('counts only the admitted headcount of a group as checked in', async () => {
    const { exhibition, slot } = await groupSlot();
    const organizer = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), organizer, slot.id, roster(2, 10, GROUP_DAY)));
    successData(
      await call(server(), ReviewGroupVisitDocument, { bookingId: group.id, approve: true }, staff.manager.token),
    );
    const ticket = (await bookingById(server(), organizer.token, group.id))!.ticketToken;
    const admitted = 7;

    server().clock.set(at(GROUP_DAY, '13:45'));
    successData(await checkIn(server(), staff.manager, ticket, admitted));
    server().clock.set(at(GROUP_DAY, '16:00'));
    await runNoShowJob(server());

    const [day] = successData(
      await call(
        server(),
        BookingStatisticsDocument,
        { exhibitionId: exhibition.id, from: GROUP_DAY, to: GROUP_DAY },
        staff.manager.token,
      ),
    );
    expect(day).toMatchObject({ date: GROUP_DAY, groupVisitors: group.partySize, checkedIn: admitted });
  });

  it('lets the organizer change the roster until the deadline, then locks it', async () => {
    const { exhibition, slot } = await groupSlot();
    const organizer = await signInCitizen(server());
    const members = roster(2, 10, GROUP_DAY);
    const group = successData(await requestGroupVisit(server(), organizer, slot.id, members));
    const update = (list: typeof members) =>
      call(server(), UpdateGroupRosterDocument, { bookingId: group.id, roster: list }, organizer.token);

    const grown = [...members, ...visitors(1, { age: 'adult', on: GROUP_DAY })];
    const updated = successData(await update(grown));
    expect(updated).toMatchObject({ partySize: grown.length, status: 'PENDING_REVIEW' });
    expect(updated.visitors).toHaveLength(grown.length);
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(slot.groupRemaining - grown.length);

    // The default deadline is 24 hours before the slot starts.
    server().clock.set(at(GROUP_DAY, '14:00') - 24 * HOUR_MS);
    expect(await update(members)).toMatchObject({ __typename: 'GroupRuleError', rule: 'ROSTER_LOCKED' });
    expect((await bookingById(server(), organizer.token, group.id))!.partySize).toBe(grown.length);
    expect((await exhibition.slotAt(GROUP_DAY)).groupRemaining).toBe(slot.groupRemaining - grown.length);
  });
});
