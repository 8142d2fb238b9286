// Rules the earlier suites exercised only on their happy side: branch scope of staff lists, the slot a
// document check-in looks in, saving visitors only when asked, the cancellation instants and a citizen's
// own group, and policy settings away from their defaults.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  book,
  bookOk,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  requestGroupVisit,
  resultAs,
  roster,
  staffSlot,
  successData,
  TEST_TODAY,
  visitor,
  visitors,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  BookingStatisticsDocument,
  CheckInByDocumentDocument,
  FrequentVisitorsDocument,
  GroupVisitIdsDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const GROUP_PLAN = { startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 40 };

describe.each(dialects)('booking rule edges (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      admin: ['ADMIN'],
      zhangpuStaff: ['BRANCH_STAFF', { branchCode: 'zhangpu' }],
    },
  );

  it('shows branch staff only their own archive in statistics without an exhibition and in the group list', async () => {
    const day = addDays(TEST_TODAY, 3);
    const city = await createBookableExhibition(server(), staff.admin, { branchCode: 'city', plans: [GROUP_PLAN] });
    const zhangpu = await createBookableExhibition(server(), staff.admin, {
      branchCode: 'zhangpu',
      plans: [GROUP_PLAN],
    });
    await bookOk(server(), await signInCitizen(server()), (await city.slotAt(day)).id, { visitors: 3 });
    await bookOk(server(), await signInCitizen(server()), (await zhangpu.slotAt(day)).id, { visitors: 2 });
    const cityGroup = successData(
      await requestGroupVisit(server(), await signInCitizen(server()), (await city.slotAt(day)).id, roster(10, 0, day)),
    );
    const zhangpuGroup = successData(
      await requestGroupVisit(
        server(),
        await signInCitizen(server()),
        (await zhangpu.slotAt(day)).id,
        roster(10, 0, day),
      ),
    );

    const visitorsSeen = async (token: string) =>
      successData(await call(server(), BookingStatisticsDocument, { from: day, to: day }, token)).reduce(
        (sum, d) => sum + d.bookedVisitors,
        0,
      );
    // Group visitors awaiting review are not booked visitors yet: 3 + 2 for the administrator, 2 for 漳浦.
    expect(await visitorsSeen(staff.admin.token)).toBe(5);
    expect(await visitorsSeen(staff.zhangpuStaff.token)).toBe(2);

    const groupIds = async (token: string) => (await call(server(), GroupVisitIdsDocument, {}, token)).map((g) => g.id);
    expect(await groupIds(staff.admin.token)).toEqual(expect.arrayContaining([cityGroup.id, zhangpuGroup.id]));
    expect(await groupIds(staff.zhangpuStaff.token)).toEqual([zhangpuGroup.id]);
  });

  it('finds a visitor by document only among the bookings of the slot asked for', async () => {
    const booked = await createBookableExhibition(server(), staff.admin);
    const other = await createBookableExhibition(server(), staff.admin);
    const guest = visitor();
    await bookOk(server(), await signInCitizen(server()), (await booked.slotAt(TEST_TODAY)).id, { visitors: [guest] });
    const lookup = async (slotId: string) =>
      resultAs(
        await call(
          server(),
          CheckInByDocumentDocument,
          { slotId, documentType: 'RESIDENT_ID', documentNumber: guest.documentNumber },
          staff.admin.token,
        ),
        'TicketRejectedError',
      ).reason;
    // Same archive, same day and hour, another exhibition: not this slot's visitor.
    expect(await lookup((await other.slotAt(TEST_TODAY)).id)).toBe('NOT_FOUND');
    // In the right slot the visitor is found, and refused only because the door opens at 13:30.
    expect(await lookup((await booked.slotAt(TEST_TODAY)).id)).toBe('TOO_EARLY');
  });

  it('stores frequent visitors only when the citizen asks', async () => {
    const exhibition = await createBookableExhibition(server(), staff.admin);
    const citizen = await signInCitizen(server());
    const saved = async () => call(server(), FrequentVisitorsDocument, {}, citizen.token);
    await bookOk(server(), citizen, (await exhibition.slotAt(TEST_TODAY)).id, { visitors: 2 });
    expect(await saved()).toEqual([]);
    const kept = visitor();
    await bookOk(server(), citizen, (await exhibition.slotAt(addDays(TEST_TODAY, 1))).id, {
      visitors: [kept],
      saveVisitors: true,
      visitorsConsent: true,
    });
    expect((await saved()).map((v) => v.documentNumber)).toEqual([
      `${kept.documentNumber.slice(0, 6)}********${kept.documentNumber.slice(-4)}`,
    ]);
  });

  it('cancels freely up to the cutoff instant itself, as a no-show after it, and not once the slot has started', async () => {
    const exhibition = await createBookableExhibition(server(), staff.admin, { policy: { cancelCutoffMinutes: 120 } });
    const day = addDays(TEST_TODAY, 1);
    const slot = await exhibition.slotAt(day);
    const bookings = await Promise.all(
      [0, 1, 2].map(async () => {
        const owner = await signInCitizen(server());
        return { owner, booking: await bookOk(server(), owner, slot.id) };
      }),
    );
    const cancel = (index: number) => cancelBooking(server(), bookings[index].owner.token, bookings[index].booking.id);
    server().clock.set(at(day, '12:00'));
    expect(successData(await cancel(0))).toMatchObject({ status: 'CANCELLED', cancelReason: 'CITIZEN' });
    server().clock.set(at(day, '12:00') + 1);
    expect(successData(await cancel(1))).toMatchObject({ status: 'CANCELLED', cancelReason: 'LATE_CITIZEN' });
    server().clock.set(at(day, '14:00'));
    expect(await cancel(2)).toMatchObject({ __typename: 'BookingNotCancellableError', status: 'CONFIRMED' });
    server().clock.set(at(TEST_TODAY, '10:00'));
  });

  it("cancels a citizen's own group visit by the group rules: the group places return, and no strike", async () => {
    const exhibition = await createBookableExhibition(server(), staff.admin, { plans: [GROUP_PLAN] });
    const day = addDays(TEST_TODAY, 2);
    const slot = await exhibition.slotAt(day);
    const organizer = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), organizer, slot.id, roster(10, 0, day)));
    expect((await staffSlot(server(), staff.admin, slot.id)).groupBooked).toBe(10);
    // After the individual cutoff: a group still cancels as CITIZEN.
    server().clock.set(at(day, '13:00'));
    const cancelled = successData(await cancelBooking(server(), organizer.token, group.id));
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancelReason: 'CITIZEN' });
    expect((await staffSlot(server(), staff.admin, slot.id)).groupBooked).toBe(0);
    const strikes = await server()
      .db.selectFrom('no_show_strike')
      .select('id')
      .where('booking_id', '=', Number(group.id))
      .execute();
    expect(strikes).toEqual([]);
    server().clock.set(at(TEST_TODAY, '10:00'));
  });

  it('closes booking closeMinutesBeforeStart before the slot and admits late arrivals for checkinLateMinutes', async () => {
    const exhibition = await createBookableExhibition(server(), staff.admin, {
      policy: { closeMinutesBeforeStart: 30, checkinLateMinutes: 15 },
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    server().clock.set(at(TEST_TODAY, '13:30') - 1);
    const early = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: visitors(1) });
    const late = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: visitors(1) });
    server().clock.set(at(TEST_TODAY, '13:30'));
    expect(await book(server(), await signInCitizen(server()), slot.id)).toMatchObject({
      __typename: 'BookingClosedError',
      closedAt: new Date(at(TEST_TODAY, '13:30')).toISOString(),
    });
    // The slot ends at 16:00; the door admits until 16:15 inclusive.
    server().clock.set(at(TEST_TODAY, '16:15'));
    expect(successData(await checkIn(server(), staff.admin, early.ticketToken)).admitted).toBe(1);
    server().clock.set(at(TEST_TODAY, '16:15') + 1);
    expect(resultAs(await checkIn(server(), staff.admin, late.ticketToken), 'TicketRejectedError').reason).toBe(
      'TOO_LATE',
    );
    server().clock.set(at(TEST_TODAY, '10:00'));
  });
});
