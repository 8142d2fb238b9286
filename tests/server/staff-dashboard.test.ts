// The staff dashboard and trends over real GraphQL: today's counters relative to what the test seeds, scope by
// archive (the city administration may filter), the honest rates (walk-ins apart, small samples as counts) and
// a constant number of SQL statements.
import { addDays, MIN_RATE_SAMPLE } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { median } from '../../server/src/modules/reporting/reporting.service';
import {
  at,
  bookOk,
  call,
  checkIn,
  createBookableExhibition,
  registerWalkIn,
  requestGroupVisit,
  roster,
  runNoShowJob,
  successData,
  TEST_TODAY,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { StaffDashboardDocument, StaffTrendsDocument } from '../testkit/generated/graphql';
import { branchId, submitLookupOk } from '../testkit/lookup';
import { signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

async function dashboard(server: TestServer, token: string, branch?: string) {
  return successData(await call(server, StaffDashboardDocument, { branchId: branch ?? null }, token));
}
async function trendsOf(server: TestServer, token: string, branch?: string, days = 30) {
  return successData(await call(server, StaffTrendsDocument, { days, branchId: branch ?? null }, token));
}

describe.each(dialects)('staff dashboard (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
      checker: ['CHECKER'],
      elsewhere: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
      admin: ['ADMIN'],
    },
  );

  it("counts today's slot: booked, arrived (walk-ins among them) and remaining places", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy: { checkinEarlyMinutes: 30 },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    const first = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 1 });
    server().clock.set(at(TEST_TODAY, '14:00'));
    successData(await checkIn(server(), staff.checker, first.visitors[0].ticketToken));
    successData(await registerWalkIn(server(), staff.manager, slot.id, 1));

    const today = await dashboard(server(), staff.manager.token);
    expect(today.date).toBe(TEST_TODAY);
    expect(today.slots.find((s) => s.id === slot.id)).toMatchObject({
      exhibitionTitle: exhibition.title,
      capacity: 20,
      booked: 4,
      arrived: 2,
      walkIns: 1,
      remaining: 20 - 4,
    });
    // Another archive's staff never see it; the city administration does, unless it filters another archive.
    expect((await dashboard(server(), staff.elsewhere.token)).slots.map((s) => s.id)).not.toContain(slot.id);
    expect((await dashboard(server(), staff.admin.token)).slots.map((s) => s.id)).toContain(slot.id);
    const xiangcheng = await branchId(server(), 'xiangcheng');
    expect((await dashboard(server(), staff.admin.token, xiangcheng)).slots.map((s) => s.id)).not.toContain(slot.id);
    // Branch staff cannot widen their scope by naming another archive.
    const refused = await call(server(), StaffDashboardDocument, { branchId: xiangcheng }, staff.manager.token);
    expect(refused.__typename).toBe('NotAuthorizedError');
  });

  it('counts group visits awaiting review and open lookup requests by state, with the overdue ones', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 30 }],
    });
    const before = await dashboard(server(), staff.manager.token);
    const submittedBefore = before.openLookups.find((s) => s.status === 'SUBMITTED')?.count ?? 0;
    const slot = await exhibition.slotAt(addDays(TEST_TODAY, 3));
    successData(
      await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(10, 0, addDays(TEST_TODAY, 3))),
    );
    await submitLookupOk(server(), await signInCitizen(server()));

    const after = await dashboard(server(), staff.manager.token);
    expect(after.groupsAwaitingReview).toBe(before.groupsAwaitingReview + 1);
    expect(after.openLookups.find((s) => s.status === 'SUBMITTED')?.count).toBe(submittedBefore + 1);
    // Not due yet today; two weeks later every request still submitted is past its due date.
    server().clock.set(at(addDays(TEST_TODAY, 14), '10:00'));
    const later = await dashboard(server(), staff.manager.token);
    expect(later.lookupsOverdue).toBeGreaterThanOrEqual(after.lookupsOverdue + 1);
    expect(later.openLookups.find((s) => s.status === 'SUBMITTED')?.overdue).toBe(submittedBefore + 1);
    // A request received by the city archive is not the other archive's.
    expect(
      (await dashboard(server(), staff.elsewhere.token)).openLookups.find((s) => s.status === 'SUBMITTED'),
    ).toBeUndefined();
  });

  it('counts messages that failed to send in the archive', async () => {
    const before = await dashboard(server(), staff.manager.token);
    const elsewhereBefore = await dashboard(server(), staff.elsewhere.token);
    const city = Number(await branchId(server(), 'city'));
    await server()
      .db.insertInto('notification_outbox')
      .values({
        account_id: staff.manager.accountId,
        kind: 'BOOKING_CONFIRMED',
        dedupe_key: `dashboard-test-${Date.now()}`,
        payload: '{}',
        created_at: server().clock.now(),
        sent_at: null,
        status: 'FAILED',
        template_key: null,
        next_attempt_at: null,
        lease_token: null,
        lease_until: null,
        branch_id: city,
        last_errcode: 43101,
        last_error: 'user refuse to accept the msg',
        settled_at: server().clock.now(),
        read_at: null,
      })
      .execute();
    expect((await dashboard(server(), staff.manager.token)).undeliveredMessages).toBe(before.undeliveredMessages + 1);
    expect((await dashboard(server(), staff.elsewhere.token)).undeliveredMessages).toBe(
      elsewhereBefore.undeliveredMessages,
    );
  });

  it('reads the dashboard in the same number of statements however many slots there are', async () => {
    const count = async () => (await server().statementsDuring(() => dashboard(server(), staff.admin.token))).length;
    const few = await count();
    for (let i = 0; i < 3; i += 1) {
      await createBookableExhibition(server(), staff.manager, {
        plans: [
          { startTime: '09:00', endTime: '10:00', capacity: 10 },
          { startTime: '14:00', endTime: '16:00', capacity: 10 },
        ],
      });
    }
    expect(await count()).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });

  it('keeps walk-ins out of the attendance rate and shows a small sample as counts, not a percentage', async () => {
    // Zhangpu has nothing else in this suite, so its figures are exactly this test's.
    const zhangpu = await branchId(server(), 'zhangpu');
    const exhibition = await createBookableExhibition(server(), staff.admin, {
      branchCode: 'zhangpu',
      policy: { checkinEarlyMinutes: 30 },
      plans: [
        { startTime: '09:00', endTime: '10:00', capacity: 30 },
        { startTime: '14:00', endTime: '16:00', capacity: 30 },
      ],
    });
    const morning = await exhibition.slotAt(TEST_TODAY, '09:00');
    const afternoon = await exhibition.slotAt(TEST_TODAY, '14:00');
    server().clock.set(at(TEST_TODAY, '08:00'));
    const booked = await bookOk(server(), await signInCitizen(server()), morning.id, { visitors: 4 });
    server().clock.set(at(TEST_TODAY, '09:00'));
    successData(await registerWalkIn(server(), staff.admin, morning.id, 1));
    // One walk-in alone: nothing to rate (it was 100% before).
    const walkInOnly = await trendsOf(server(), staff.admin.token, zhangpu);
    expect(walkInOnly.walkIns).toBe(1);
    expect(walkInOnly.attendance).toEqual({ part: 0, whole: 0, percent: null });

    for (const v of booked.visitors.slice(0, 3)) successData(await checkIn(server(), staff.admin, v.ticketToken));
    server().clock.set(at(TEST_TODAY, '11:00'));
    await runNoShowJob(server());
    const small = await trendsOf(server(), staff.admin.token, zhangpu);
    expect(small.attendance).toEqual({ part: 3, whole: 4, percent: null });
    expect(small.noShowRate).toEqual({ part: 1, whole: 4, percent: null });
    expect(small.days.find((d) => d.date === TEST_TODAY)).toEqual({
      date: TEST_TODAY,
      bookedArrived: 3,
      walkIns: 1,
      noShows: 1,
    });

    // Enough visitors whose day is over: now a percentage, of booked visitors only.
    for (let i = 0; i < 4; i += 1) {
      await bookOk(server(), await signInCitizen(server()), afternoon.id, { visitors: 5 });
    }
    server().clock.set(at(TEST_TODAY, '17:00'));
    await runNoShowJob(server());
    const large = await trendsOf(server(), staff.admin.token, zhangpu);
    expect(large.attendance.whole).toBe(4 + 20);
    expect(large.attendance.whole).toBeGreaterThanOrEqual(MIN_RATE_SAMPLE);
    expect(large.attendance).toEqual({ part: 3, whole: 24, percent: Math.round((3 / 24) * 100) });
    expect(large.noShowRate).toEqual({ part: 21, whole: 24, percent: Math.round((21 / 24) * 100) });
    // The city archive's staff see none of Zhangpu's visitors.
    const elsewhere = await trendsOf(server(), staff.elsewhere.token);
    expect(elsewhere.days.find((d) => d.date === TEST_TODAY)?.noShows ?? 0).toBe(0);
  });

  it('counts lookup requests per archive and refuses a range other than 30 or 90 days', async () => {
    const before = await trendsOf(server(), staff.manager.token, undefined, 90);
    const cityId = await branchId(server(), 'city');
    const submittedBefore = before.lookups.find((l) => l.branchId === cityId)?.submitted ?? 0;
    await submitLookupOk(server(), await signInCitizen(server()));
    const after = await trendsOf(server(), staff.manager.token, undefined, 90);
    expect(after.from).toBe(addDays(after.to, -89));
    expect(after.lookups.find((l) => l.branchId === cityId)?.submitted).toBe(submittedBefore + 1);
    const refused = await call(server(), StaffTrendsDocument, { days: 45, branchId: null }, staff.manager.token);
    expect(refused.__typename).toBe('InputValidationError');
  });
});

describe('median days to answer', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
