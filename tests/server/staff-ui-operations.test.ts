// The staff tools' own GraphQL documents (client/src/features/staff/**/*.graphql), sent to a real server the
// way the pages send them: every operation validates against the committed schema, and every answer the pages
// switch on (__typename, TicketRejectedError.reason, CapacityBelowBookedError.limit, NotAuthorizedError.reason,
// GroupRuleError.rule) arrives with the fields they read. The exhibition is set up through the editor's
// operations, so the suite also walks the path a branch's staff take: save, policy, weekly plan, generate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, businessDateOf, isoWeekday, residentIdCheckCharacter } from '@zz/shared';
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
import { BookingDocument, CreateBookingDocument, RequestGroupVisitDocument } from '../testkit/generated/graphql';
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
  let exhibitionId: string;
  let slotId: string;
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
  async function book(visitors: ReturnType<typeof visitor>[]) {
    const input = { slotId, phone: '13800138000', idempotencyKey: unique('key').replace(/-/g, ''), visitors };
    return successData(await call(server(), CreateBookingDocument, { input }, citizen.token));
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
    exhibitionId = successData(saved.saveExhibition).id;

    const invalid = await run(
      StaffSaveExhibitionDocument,
      { input: { id: exhibitionId, title: '', mode: 'ONSITE', summary: '', description: '', opensOn: today } },
      admin.token,
    );
    const { fieldErrors } = resultAs(invalid.saveExhibition, 'InputValidationError');
    expect(fieldErrors.map((e) => e.path)).toEqual(expect.arrayContaining(['title', 'summary', 'description']));

    // Check-in opens two hours early, so a slot starting an hour from the test clock can be checked in now.
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
    slotId = day.exhibition!.slots[0].id;

    const list = await run(StaffExhibitionsDocument, {}, admin.token);
    expect(list.staffExhibitions.find((e) => e.id === exhibitionId)).toMatchObject({ published: true });
  });

  it('checks in a ticket once and explains every refusal', async () => {
    const booking = await book([visitor('张三'), visitor('李四')]);
    const [first, second] = booking.visitors.map((v) => v.ticketToken!);

    const admitted = await run(StaffCheckInTicketDocument, { token: first }, checker.token);
    expect(admitted.checkInTicket.__typename).toBe('MutationCheckInTicketSuccess');
    const admission = successData(admitted.checkInTicket);
    expect(admission.admitted).toBe(1);
    expect(admission.booking.visitors.map((v) => v.name)).toEqual(['张*', '李*']);

    const twice = await run(StaffCheckInTicketDocument, { token: first }, checker.token);
    expect(twice.checkInTicket).toMatchObject({ __typename: 'TicketRejectedError', reason: 'ALREADY_CHECKED_IN' });
    expect(Date.parse(resultAs(twice.checkInTicket, 'TicketRejectedError').checkedInAt!)).toBe(server().clock.now());

    const forged = await run(StaffCheckInTicketDocument, { token: `${first.slice(0, -3)}AAA` }, checker.token);
    expect(forged.checkInTicket).toMatchObject({ __typename: 'TicketRejectedError', reason: 'INVALID' });

    // A whole-booking ticket of an individual booking: no headcount question, the rest of the party comes in.
    const peek = await run(StaffTicketBookingDocument, { id: booking.id }, checker.token);
    expect(peek.booking).toMatchObject({ kind: 'INDIVIDUAL', partySize: 2, checkedInCount: 1 });
    const rest = await run(StaffCheckInTicketDocument, { token: booking.ticketToken! }, checker.token);
    expect(successData(rest.checkInTicket).admitted).toBe(1);
    expect(second).toBeTruthy();
  });

  it('checks in by document number, and refuses a document without a booking', async () => {
    const person = visitor('王五');
    await book([person]);
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
    const before = await run(StaffRosterDocument, { slotId }, checker.token);
    const walkIn = await run(StaffRegisterWalkInDocument, { slotId, visitors: [visitor('赵六')] }, checker.token);
    expect(walkIn.registerWalkIn).toMatchObject({
      __typename: 'MutationRegisterWalkInSuccess',
      data: { partySize: 1 },
    });

    const after = await run(StaffRosterDocument, { slotId }, checker.token);
    expect(after.slotRoster).toHaveLength(before.slotRoster.length + 1);
    expect(after.staffSlot!.walkinUsed).toBe(before.staffSlot!.walkinUsed + 1);
    expect(after.staffSlot!.exhibition!.bookingPolicy.maxVisitors).toBeGreaterThan(0);

    const person = visitor('孙七');
    await book([person]);
    const duplicate = await run(StaffRegisterWalkInDocument, { slotId, visitors: [person] }, checker.token);
    expect(resultAs(duplicate.registerWalkIn, 'DuplicateVisitorError').documentNumber).toContain('*');
  });

  it('explains a capacity below the places taken and keeps managers’ tools from checkers', async () => {
    const staffSlot = (await run(StaffRosterDocument, { slotId }, admin.token)).staffSlot!;
    const below = await run(StaffChangeSlotCapacityDocument, { slotId, capacity: 1, walkinQuota: 0 }, admin.token);
    expect(below.changeSlotCapacity).toMatchObject({
      __typename: 'CapacityBelowBookedError',
      limit: 'CAPACITY',
      taken: staffSlot.booked + staffSlot.offerHeld,
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

    const statistics = await run(StaffStatisticsDocument, { from: addDays(today, -6), to: today }, checker.token);
    const day = successData(statistics.bookingStatistics).find((d) => d.date === today)!;
    expect(day.checkedIn).toBeGreaterThan(0);
    expect(day.walkIns).toBe(1);
    // The dashboard's 入馆 figure: check-ins of the slot, counted by the server.
    const dashboard = await run(StaffTodayDocument, { date: today }, checker.token);
    const todaySlot = dashboard.staffExhibitions.flatMap((e) => e.slots).find((s) => s.id === slotId)!;
    expect(todaySlot.checkedIn).toBe(day.checkedIn);
  });

  it('reviews a group visit once and takes the headcount at the door', async () => {
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
    const bookingId = successData(request).id;
    expect(bookingId, JSON.stringify(request)).toBeTruthy();

    const pending = await run(StaffGroupVisitsDocument, { status: 'PENDING_REVIEW' }, admin.token);
    expect(pending.groupVisits.find((g) => g.id === bookingId)).toMatchObject({
      organization: '漳州市实验小学',
      leaderName: expect.stringContaining('*'),
      partySize: 10,
    });

    const approved = await run(
      StaffReviewGroupVisitDocument,
      { bookingId, approve: true, note: '请准时' },
      admin.token,
    );
    expect(successData(approved.reviewGroupVisit).status).toBe('CONFIRMED');
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
    const noReason = await run(StaffCloseSlotDocument, { slotId, reason: ' ' }, admin.token);
    expect(noReason.closeSlot.__typename).toBe('InputValidationError');
    const closed = await run(StaffCloseSlotDocument, { slotId, reason: '设备检修' }, admin.token);
    expect(successData(closed.closeSlot).status).toBe('CLOSED');

    const nextWeek = addDays(today, 7);
    const day = await run(StaffCloseDayDocument, { exhibitionId, date: nextWeek, reason: '调休闭馆' }, admin.token);
    expect(successData(day.closeDay).every((s) => s.status === 'CLOSED')).toBe(true);
    const calendar = await run(StaffDaySlotsDocument, { exhibitionId, date: nextWeek }, admin.token);
    expect(calendar.exhibition!.calendar[0]).toMatchObject({ availability: 'CLOSED', closedReason: '调休闭馆' });
  });
});
