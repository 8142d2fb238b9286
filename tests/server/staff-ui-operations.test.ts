// The staff tools' own GraphQL documents (client/src/features/staff/**/*.graphql), sent to a real server the
// way the pages send them: every operation validates against the committed schema, and every answer the pages
// switch on (__typename, TicketRejectedError.reason, CapacityBelowBookedError.limit, NotAuthorizedError.reason,
// GroupRuleError.rule) arrives with the fields they read. The exhibition is set up through the editor's
// operations, so the suite also walks the path a branch's staff take: save, policy, weekly plan, generate.
// Every test sets up its own exhibition that way, so each can run alone (`-t`) and in any order.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, businessDateOf, instantOf, isoWeekday, residentIdCheckCharacter } from '@zz/shared';
import { buildSchema, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  StaffChangeSlotCapacityDocument,
  StaffCheckInByDocumentDocument,
  StaffCheckInTicketDocument,
  StaffCloseDayDocument,
  StaffCloseSlotDocument,
  StaffDaySlotsDocument,
  StaffExhibitionsDocument,
  StaffGenerateSlotsDocument,
  StaffGroupVisitsDocument,
  StaffRegisterWalkInDocument,
  StaffReviewGroupVisitDocument,
  StaffRosterDocument,
  StaffSaveExhibitionDocument,
  StaffSetBookingPolicyDocument,
  StaffSetSlotTemplatesDocument,
  StaffStatisticsDocument,
  StaffTicketBookingDocument,
  StaffTodayDocument,
} from '../../client/src/graphql/generated/staff/operations';
import { REPO_ROOT } from '../../server/src/config';
import { clientOperations } from '../testkit/client-operations';
import { dialects } from '../testkit/dialects';
import {
  BookingDocument,
  CancelBookingDocument,
  CreateBookingDocument,
  RequestGroupVisitDocument,
} from '../testkit/generated/graphql';
import { call, resultAs, successData } from '../testkit/graphql';
import { createStaff, type SignedInAs, type StaffSignedIn, signInCitizen, unique } from '../testkit/seed';
import type { TypedDocument } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

/** Each staff operation as its own document with the fragments it needs, as codegen emits it for the client. */
const operations = clientOperations('features/staff');

/** A valid resident ID (check character computed) that differs per `n` (< 1000); born 1985, so an adult. */
function residentId(n: number): string {
  const first17 = `35060219850101${String(n).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

describe('staff operations', () => {
  it('every one is valid against server/schema.graphql', () => {
    const schema = buildSchema(readFileSync(resolve(REPO_ROOT, 'server/schema.graphql'), 'utf8'));
    expect(Object.keys(operations).length).toBeGreaterThan(15);
    for (const [name, document] of Object.entries(operations)) {
      expect(
        validate(schema, document).map((e) => e.message),
        name,
      ).toEqual([]);
    }
  });
});

describe.each(dialects)('staff tools against the server (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let admin: StaffSignedIn;
  let checker: StaffSignedIn;
  let citizen: SignedInAs;
  let today: string;
  let nextId = 1;
  const visitor = (name: string) => ({
    name,
    documentType: 'RESIDENT_ID' as const,
    documentNumber: residentId(nextId++),
  });

  /** Sends one of the client's generated staff documents, exactly as the pages send it, and expects no errors. */
  async function run<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    token: string,
  ) {
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(String(document))?.[1];
    const result = await server().execute(document, variables, token);
    expect(result.errors, `${name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    if (!result.data) throw new Error(`${name} answered without data`);
    return result.data;
  }

  /** A citizen's booking through the test kit's own document (the staff pages do not book). */
  async function book(slotId: string, visitors: ReturnType<typeof visitor>[]) {
    const input = { slotId, phone: '13800138000', idempotencyKey: unique('key').replace(/-/g, ''), visitors };
    return successData(await call(server(), CreateBookingDocument, { input }, citizen.token));
  }

  interface Plan {
    date: string;
    startTime: string;
    endTime: string;
  }
  const ELEVEN: Omit<Plan, 'date'> = { startTime: '11:00', endTime: '12:00' };

  /**
   * A fresh exhibition set up with the editor's operations (save, policy, weekly plan, generate): one weekly
   * template per plan (dates within a week of today, on distinct weekdays or times), slots generated from today
   * through `through`, and the id of each plan's slot. Check-in opens two hours early, so an 11:00 slot can be
   * checked in at the test clock's 10:00.
   */
  async function exhibitionWith(plans: Plan[], through = plans.map((p) => p.date).sort()[plans.length - 1]) {
    const saved = await run(
      StaffSaveExhibitionDocument,
      {
        input: {
          title: unique('测试展'),
          mode: 'ONSITE',
          summary: '简介',
          description: '介绍',
          opensOn: today,
          published: true,
        },
      },
      admin.token,
    );
    const exhibitionId = successData(saved.saveExhibition).id;
    const policy = { closedWeekdays: [], checkinEarlyMinutes: 120 };
    successData((await run(StaffSetBookingPolicyDocument, { exhibitionId, policy }, admin.token)).setBookingPolicy);
    const templates = plans.map((plan) => ({
      weekday: isoWeekday(plan.date),
      startTime: plan.startTime,
      endTime: plan.endTime,
      capacity: 10,
      walkinQuota: 2,
      groupQuota: 20,
    }));
    successData((await run(StaffSetSlotTemplatesDocument, { exhibitionId, templates }, admin.token)).setSlotTemplates);
    successData(
      (await run(StaffGenerateSlotsDocument, { exhibitionId, from: today, to: through }, admin.token)).generateSlots,
    );
    const slotIds: string[] = [];
    for (const plan of plans) {
      const day = await run(StaffDaySlotsDocument, { exhibitionId, date: plan.date }, admin.token);
      const startAt = new Date(instantOf(plan.date, plan.startTime)).toISOString();
      const slot = day.exhibition!.slots.find((s) => s.startAt === startAt);
      if (!slot) throw new Error(`no slot on ${plan.date} at ${plan.startTime}`);
      slotIds.push(slot.id);
    }
    return { exhibitionId, slotIds };
  }

  /** An exhibition with one 11:00–12:00 slot today, for ten people (two walk-ins, twenty in groups). */
  async function slotToday() {
    const { exhibitionId, slotIds } = await exhibitionWith([{ date: today, ...ELEVEN }]);
    return { exhibitionId, slotId: slotIds[0] };
  }

  beforeAll(async () => {
    admin = await createStaff(server(), 'ADMIN');
    checker = await createStaff(server(), 'CHECKER');
    citizen = await signInCitizen(server());
    today = businessDateOf(server().clock.now());
  });

  it('sets up an exhibition with the editor: information, policy, weekly plan, slots', async () => {
    const saved = await run(
      StaffSaveExhibitionDocument,
      {
        input: {
          title: '测试 · 侨批里的漳州',
          mode: 'ONSITE',
          summary: '简介',
          description: '第一段。\n\n第二段。',
          opensOn: today,
          published: true,
        },
      },
      admin.token,
    );
    expect(saved.saveExhibition.__typename).toBe('MutationSaveExhibitionSuccess');
    const exhibitionId = successData(saved.saveExhibition).id;

    const invalid = await run(
      StaffSaveExhibitionDocument,
      { input: { id: exhibitionId, title: '', mode: 'ONSITE', summary: '', description: '', opensOn: today } },
      admin.token,
    );
    const { fieldErrors } = resultAs(invalid.saveExhibition, 'InputValidationError');
    expect(fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['title', 'summary', 'description']));

    const policy = await run(
      StaffSetBookingPolicyDocument,
      { exhibitionId, policy: { closedWeekdays: [], checkinEarlyMinutes: 120 } },
      admin.token,
    );
    expect(successData(policy.setBookingPolicy)).toMatchObject({ closedWeekdays: [], checkinEarlyMinutes: 120 });

    const plan = await run(
      StaffSetSlotTemplatesDocument,
      {
        exhibitionId,
        templates: [
          {
            weekday: isoWeekday(today),
            startTime: '11:00',
            endTime: '12:00',
            capacity: 10,
            walkinQuota: 2,
            groupQuota: 20,
          },
        ],
      },
      admin.token,
    );
    expect(successData(plan.setSlotTemplates)).toHaveLength(1);

    const generated = await run(
      StaffGenerateSlotsDocument,
      { exhibitionId, from: today, to: addDays(today, 13) },
      admin.token,
    );
    expect(generated.generateSlots).toEqual({ __typename: 'MutationGenerateSlotsSuccess', data: 2 });
    const again = await run(
      StaffGenerateSlotsDocument,
      { exhibitionId, from: today, to: addDays(today, 13) },
      admin.token,
    );
    expect(successData(again.generateSlots)).toBe(0);

    const day = await run(StaffDaySlotsDocument, { exhibitionId, date: today }, admin.token);
    expect(day.exhibition!.slots).toHaveLength(1);
    expect(day.exhibition!.slots[0]).toMatchObject({
      visitDate: today,
      startAt: new Date(instantOf(today, '11:00')).toISOString(),
      capacity: 10,
      walkinQuota: 2,
      groupQuota: 20,
      status: 'OPEN',
    });

    const list = await run(StaffExhibitionsDocument, {}, admin.token);
    expect(list.staffExhibitions.find((e) => e.id === exhibitionId)).toMatchObject({ published: true });
  });

  it('checks in a ticket once, and the booking’s ticket admits the rest of the party', async () => {
    const { slotId } = await slotToday();
    const booking = await book(slotId, [visitor('张三'), visitor('李四')]);
    const [first, second] = booking.visitors.map((v) => v.ticketToken!);

    const admitted = await run(StaffCheckInTicketDocument, { token: first }, checker.token);
    expect(admitted.checkInTicket.__typename).toBe('MutationCheckInTicketSuccess');
    const admission = successData(admitted.checkInTicket);
    expect(admission.admitted).toBe(1);
    expect(admission.booking.visitors.map((v) => v.name)).toEqual(['张*', '李*']);

    const twice = await run(StaffCheckInTicketDocument, { token: first }, checker.token);
    expect(twice.checkInTicket).toMatchObject({ __typename: 'TicketRejectedError', reason: 'ALREADY_CHECKED_IN' });
    expect(Date.parse(resultAs(twice.checkInTicket, 'TicketRejectedError').checkedInAt!)).toBe(server().clock.now());

    // A whole-booking ticket of an individual booking: no headcount question, the rest of the party comes in.
    const peek = await run(StaffTicketBookingDocument, { id: booking.id }, checker.token);
    expect(peek.booking).toMatchObject({ kind: 'INDIVIDUAL', partySize: 2, checkedInCount: 1 });
    const rest = await run(StaffCheckInTicketDocument, { token: booking.ticketToken! }, checker.token);
    expect(successData(rest.checkInTicket).admitted).toBe(1);
    // …so the second visitor's own ticket has been used.
    const secondAgain = await run(StaffCheckInTicketDocument, { token: second }, checker.token);
    expect(secondAgain.checkInTicket).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
    });
  });

  it('explains every refusal the door page names: invalid, not found, checked in, cancelled, unreviewed, wrong day, too early, too late', async () => {
    const tomorrow = addDays(today, 1);
    const {
      slotIds: [now, later, nextDay],
    } = await exhibitionWith([
      { date: today, ...ELEVEN },
      { date: today, startTime: '15:00', endTime: '16:00' },
      { date: tomorrow, ...ELEVEN },
    ]);
    const refusal = async (token: string) =>
      resultAs((await run(StaffCheckInTicketDocument, { token }, checker.token)).checkInTicket, 'TicketRejectedError');
    const refusalByDocument = async (slotId: string, documentNumber: string) =>
      resultAs(
        (
          await run(
            StaffCheckInByDocumentDocument,
            { slotId, documentType: 'RESIDENT_ID', documentNumber },
            checker.token,
          )
        ).checkInByDocument,
        'TicketRejectedError',
      );

    const booked = await book(now, [visitor('张三')]);
    expect((await refusal(`${booked.ticketToken!.slice(0, -3)}AAA`)).reason).toBe('INVALID');

    expect(await refusalByDocument(now, visitor('无').documentNumber)).toMatchObject({
      reason: 'NOT_FOUND',
      message: '该证件在本场次没有预约',
    });

    successData((await run(StaffCheckInTicketDocument, { token: booked.ticketToken! }, checker.token)).checkInTicket);
    expect(await refusal(booked.ticketToken!)).toMatchObject({
      reason: 'ALREADY_CHECKED_IN',
      checkedInAt: new Date(server().clock.now()).toISOString(),
    });

    const cancelled = await book(nextDay, [visitor('王五')]);
    successData(await call(server(), CancelBookingDocument, { id: cancelled.id }, citizen.token));
    expect((await refusal(cancelled.ticketToken!)).reason).toBe('CANCELLED');

    const leader = await signInCitizen(server());
    const members = Array.from({ length: 10 }, (_, i) => visitor(`学生${i}`));
    const group = await call(
      server(),
      RequestGroupVisitDocument,
      {
        input: {
          slotId: now,
          organization: '漳州市实验小学',
          leaderName: '李老师',
          leaderPhone: '13900139000',
          idempotencyKey: unique('group').replace(/-/g, ''),
          roster: members,
        },
      },
      leader.token,
    );
    expect(successData(group).status).toBe('PENDING_REVIEW');
    // A group waiting for review has no ticket yet; its members can be looked up by document at the door.
    expect((await refusalByDocument(now, members[0].documentNumber)).reason).toBe('NOT_CONFIRMED');

    const tomorrows = await book(nextDay, [visitor('赵六')]);
    expect(await refusal(tomorrows.ticketToken!)).toMatchObject({ reason: 'WRONG_DAY', visitDate: tomorrow });

    const afternoon = await book(later, [visitor('孙七')]);
    expect(await refusal(afternoon.ticketToken!)).toMatchObject({
      reason: 'TOO_EARLY',
      slotStartAt: new Date(instantOf(today, '15:00')).toISOString(),
    });

    const late = await book(now, [visitor('周八')]);
    const start = server().clock.now();
    try {
      // The 11:00–12:00 slot admits until its end (no late minutes by default).
      server().clock.set(instantOf(today, '12:01'));
      expect(await refusal(late.ticketToken!)).toMatchObject({
        reason: 'TOO_LATE',
        slotStartAt: new Date(instantOf(today, '11:00')).toISOString(),
      });
    } finally {
      server().clock.set(start);
    }
  });

  it('checks in by document number, and refuses a document without a booking', async () => {
    const { slotId } = await slotToday();
    const person = visitor('王五');
    await book(slotId, [person]);
    const admitted = await run(
      StaffCheckInByDocumentDocument,
      { slotId, documentType: 'RESIDENT_ID', documentNumber: person.documentNumber },
      checker.token,
    );
    expect(successData(admitted.checkInByDocument).admitted).toBe(1);
    const unknown = await run(
      StaffCheckInByDocumentDocument,
      { slotId, documentType: 'RESIDENT_ID', documentNumber: visitor('无').documentNumber },
      checker.token,
    );
    expect(unknown.checkInByDocument).toMatchObject({ __typename: 'TicketRejectedError', reason: 'NOT_FOUND' });
  });

  it('registers walk-ins on the roster and refuses a visitor booked already', async () => {
    const { slotId } = await slotToday();
    const before = await run(StaffRosterDocument, { slotId }, checker.token);
    expect(before.slotRoster).toHaveLength(0);
    expect(before.staffSlot!.walkinUsed).toBe(0);
    const walkIn = await run(StaffRegisterWalkInDocument, { slotId, visitors: [visitor('赵六')] }, checker.token);
    expect(walkIn.registerWalkIn).toMatchObject({
      __typename: 'MutationRegisterWalkInSuccess',
      data: { partySize: 1 },
    });

    const after = await run(StaffRosterDocument, { slotId }, checker.token);
    expect(after.slotRoster).toHaveLength(1);
    expect(after.slotRoster[0]).toMatchObject({ kind: 'WALK_IN', partySize: 1, checkedInCount: 1 });
    expect(after.slotRoster[0].visitors.map((v) => v.name)).toEqual(['赵*']);
    expect(after.staffSlot!.walkinUsed).toBe(1);
    // The walk-in form's limit: the default policy's five visitors (the editor left it unchanged).
    expect(after.staffSlot!.exhibition!.bookingPolicy.maxVisitors).toBe(5);

    const person = visitor('孙七');
    await book(slotId, [person]);
    const duplicate = await run(StaffRegisterWalkInDocument, { slotId, visitors: [person] }, checker.token);
    // The region code and the last four characters stay; the birth date and the rest are starred.
    expect(resultAs(duplicate.registerWalkIn, 'DuplicateVisitorError').documentNumber).toBe(
      `350602********${person.documentNumber.slice(-4)}`,
    );
  });

  it('explains a capacity below the places taken, keeps managers’ tools from checkers, and counts the day', async () => {
    const { exhibitionId, slotId } = await slotToday();
    const booking = await book(slotId, [visitor('张三'), visitor('李四')]);
    successData((await run(StaffCheckInTicketDocument, { token: booking.ticketToken! }, checker.token)).checkInTicket);
    successData(
      (await run(StaffRegisterWalkInDocument, { slotId, visitors: [visitor('赵六')] }, checker.token)).registerWalkIn,
    );

    const staffSlot = (await run(StaffRosterDocument, { slotId }, admin.token)).staffSlot!;
    // Booked places count the walk-in too: two booked online and one at the door.
    expect(staffSlot).toMatchObject({ capacity: 10, booked: 3, offerHeld: 0, walkinUsed: 1 });
    const below = await run(StaffChangeSlotCapacityDocument, { slotId, capacity: 1, walkinQuota: 0 }, admin.token);
    expect(below.changeSlotCapacity).toMatchObject({
      __typename: 'CapacityBelowBookedError',
      limit: 'CAPACITY',
      taken: 3,
    });
    const raised = await run(
      StaffChangeSlotCapacityDocument,
      { slotId, capacity: staffSlot.capacity + 5 },
      admin.token,
    );
    expect(successData(raised.changeSlotCapacity).capacity).toBe(staffSlot.capacity + 5);

    const refused = await run(StaffCloseSlotDocument, { slotId, reason: '检修' }, checker.token);
    expect(refused.closeSlot).toMatchObject({ __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' });
    // A query that lists no error types answers a checker with the FORBIDDEN code the failure state reads.
    const groups = await server().execute(StaffGroupVisitsDocument, { status: 'PENDING_REVIEW' }, checker.token);
    expect(groups.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // 统计 is the managers': a checker works the door and is refused the figures.
    const range = { exhibitionId, from: addDays(today, -6), to: today };
    const refusedStatistics = await run(StaffStatisticsDocument, range, checker.token);
    expect(refusedStatistics.bookingStatistics).toMatchObject({
      __typename: 'NotAuthorizedError',
      reason: 'FORBIDDEN',
    });

    // This exhibition's day: one booking of two checked in, and one walk-in (checked in when registered).
    const statistics = await run(StaffStatisticsDocument, range, admin.token);
    expect(successData(statistics.bookingStatistics)).toEqual([
      {
        date: today,
        bookings: 2,
        bookedVisitors: 3,
        checkedIn: 3,
        noShows: 0,
        cancelled: 0,
        walkIns: 1,
        groupVisitors: 0,
      },
    ]);
    // The dashboard's 入馆 figure: check-ins of the slot, counted by the server.
    const dashboard = await run(StaffTodayDocument, { date: today }, checker.token);
    const todaySlot = dashboard.staffExhibitions.flatMap((e) => e.slots).find((s) => s.id === slotId)!;
    expect(todaySlot.checkedIn).toBe(3);
  });

  it('reviews a group visit once and takes the headcount at the door', async () => {
    const { slotId } = await slotToday();
    const leader = await signInCitizen(server());
    const request = await call(
      server(),
      RequestGroupVisitDocument,
      {
        input: {
          slotId,
          organization: '漳州市实验小学',
          leaderName: '李老师',
          leaderPhone: '13900139000',
          idempotencyKey: unique('group').replace(/-/g, ''),
          roster: Array.from({ length: 10 }, (_, i) => visitor(`学生${i}`)),
        },
      },
      leader.token,
    );
    expect(request).toMatchObject({
      __typename: 'MutationRequestGroupVisitSuccess',
      data: { kind: 'GROUP', status: 'PENDING_REVIEW', partySize: 10 },
    });
    const bookingId = successData(request).id;

    const pending = await run(StaffGroupVisitsDocument, { status: 'PENDING_REVIEW' }, admin.token);
    expect(pending.groupVisits.find((g) => g.id === bookingId)).toMatchObject({
      organization: '漳州市实验小学',
      leaderName: '李**',
      phone: '139****9000',
      partySize: 10,
    });

    const approved = await run(
      StaffReviewGroupVisitDocument,
      { bookingId, approve: true, note: '请准时' },
      admin.token,
    );
    expect(successData(approved.reviewGroupVisit).status).toBe('CONFIRMED');
    // The review list shows the status asked for: the approved visit leaves 待审核 for 已通过.
    const idsWith = async (status: 'PENDING_REVIEW' | 'CONFIRMED') =>
      (await run(StaffGroupVisitsDocument, { status }, admin.token)).groupVisits.map((g) => g.id);
    expect(await idsWith('PENDING_REVIEW')).not.toContain(bookingId);
    expect(await idsWith('CONFIRMED')).toContain(bookingId);
    const again = await run(StaffReviewGroupVisitDocument, { bookingId, approve: false, note: '重复' }, admin.token);
    expect(again.reviewGroupVisit).toMatchObject({ __typename: 'GroupRuleError', rule: 'NOT_PENDING' });

    const token = (await call(server(), BookingDocument, { id: bookingId }, leader.token))!.ticketToken!;
    const peek = await run(StaffTicketBookingDocument, { id: bookingId }, checker.token);
    expect(peek.booking).toMatchObject({ kind: 'GROUP', status: 'CONFIRMED', partySize: 10, checkedInCount: 0 });

    const tooMany = await run(StaffCheckInTicketDocument, { token, headcount: 11 }, checker.token);
    expect(tooMany.checkInTicket.__typename).toBe('InputValidationError');
    const part = await run(StaffCheckInTicketDocument, { token, headcount: 6 }, checker.token);
    expect(successData(part.checkInTicket)).toMatchObject({
      admitted: 6,
      booking: { checkedInCount: 6, partySize: 10 },
    });
    const rest = await run(StaffCheckInTicketDocument, { token, headcount: 4 }, checker.token);
    expect(successData(rest.checkInTicket).admitted).toBe(4);
  });

  it('closes a slot and a whole day with a reason', async () => {
    const nextWeek = addDays(today, 7);
    const {
      exhibitionId,
      slotIds: [slotId],
    } = await exhibitionWith([{ date: today, ...ELEVEN }], nextWeek);
    const noReason = await run(StaffCloseSlotDocument, { slotId, reason: ' ' }, admin.token);
    expect(noReason.closeSlot.__typename).toBe('InputValidationError');
    const closed = await run(StaffCloseSlotDocument, { slotId, reason: '设备检修' }, admin.token);
    expect(successData(closed.closeSlot).status).toBe('CLOSED');

    const nextWeeksSlots = (await run(StaffDaySlotsDocument, { exhibitionId, date: nextWeek }, admin.token)).exhibition!
      .slots;
    expect(nextWeeksSlots).toHaveLength(1);
    const day = await run(StaffCloseDayDocument, { exhibitionId, date: nextWeek, reason: '调休闭馆' }, admin.token);
    expect(successData(day.closeDay)).toEqual([{ id: nextWeeksSlots[0].id, status: 'CLOSED' }]);
    const calendar = await run(StaffDaySlotsDocument, { exhibitionId, date: nextWeek }, admin.token);
    expect(calendar.exhibition!.calendar[0]).toMatchObject({ availability: 'CLOSED', closedReason: '调休闭馆' });
  });
});
