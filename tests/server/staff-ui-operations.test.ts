// The staff tools' own GraphQL documents (client/src/features/staff/**/*.graphql), sent to a real server the
// way the pages send them: every operation validates against the committed schema, and every answer the pages
// switch on (__typename, TicketRejectedError.reason, CapacityBelowBookedError.limit, NotAuthorizedError.reason,
// GroupRuleError.rule) arrives with the fields they read. The exhibition is set up through the editor's
// operations, so the suite also walks the path a branch's staff take: save, policy, weekly plan, generate.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addDays, businessDateOf, isoWeekday, residentIdCheckCharacter } from '@zz/shared';
import { buildSchema, print, validate } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { clientOperations } from '../testkit/client-operations';
import { dialects } from '../testkit/dialects';
import { createStaff, type SignedInAs, type StaffSignedIn, signInCitizen, unique } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

/** Each staff operation as its own document with the fragments it needs, as codegen emits it for the client. */
const operations = clientOperations('features/staff');

function op(name: string): string {
  const document = operations[name];
  if (!document) throw new Error(`no staff operation named ${name}`);
  return print(document);
}

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
  const visitor = (name: string) => ({ name, documentType: 'RESIDENT_ID', documentNumber: residentId(nextId++) });

  async function run(name: string, variables: Record<string, unknown>, token: string) {
    const result = await server().execute(op(name), variables, token);
    expect(result.errors, `${name}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    return result.data;
  }

  async function book(visitors: ReturnType<typeof visitor>[]) {
    const result = await server().execute(
      `mutation ($input: CreateBookingInput!) {
        createBooking(input: $input) {
          __typename
          ... on MutationCreateBookingSuccess { data { id ticketToken visitors { ticketToken } } }
          ... on Error { message }
        }
      }`,
      { input: { slotId, phone: '13800138000', idempotencyKey: unique('key').replace(/-/g, ''), visitors } },
      citizen.token,
    );
    const answer = result.data?.createBooking;
    if (answer?.__typename !== 'MutationCreateBookingSuccess') throw new Error(JSON.stringify(result));
    return answer.data as { id: string; ticketToken: string; visitors: Array<{ ticketToken: string }> };
  }

  beforeAll(async () => {
    admin = await createStaff(server(), 'ADMIN');
    checker = await createStaff(server(), 'CHECKER');
    citizen = await signInCitizen(server());
    today = businessDateOf(server().clock.now());
  });

  it('sets up an exhibition with the editor: information, policy, weekly plan, slots', async () => {
    const saved = await run(
      'StaffSaveExhibition',
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
    exhibitionId = saved.saveExhibition.data.id;

    const invalid = await run(
      'StaffSaveExhibition',
      { input: { id: exhibitionId, title: '', mode: 'ONSITE', summary: '', description: '', opensOn: today } },
      admin.token,
    );
    expect(invalid.saveExhibition.__typename).toBe('InputValidationError');
    expect(invalid.saveExhibition.fieldErrors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['title', 'summary', 'description']),
    );

    // Check-in opens two hours early, so a slot starting an hour from the test clock can be checked in now.
    const policy = await run(
      'StaffSetBookingPolicy',
      { exhibitionId, policy: { closedWeekdays: [], checkinEarlyMinutes: 120 } },
      admin.token,
    );
    expect(policy.setBookingPolicy.data).toMatchObject({ closedWeekdays: [], checkinEarlyMinutes: 120 });

    const plan = await run(
      'StaffSetSlotTemplates',
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
    expect(plan.setSlotTemplates.data).toHaveLength(1);

    const generated = await run(
      'StaffGenerateSlots',
      { exhibitionId, from: today, to: addDays(today, 13) },
      admin.token,
    );
    expect(generated.generateSlots).toEqual({ __typename: 'MutationGenerateSlotsSuccess', data: 2 });
    const again = await run('StaffGenerateSlots', { exhibitionId, from: today, to: addDays(today, 13) }, admin.token);
    expect(again.generateSlots.data).toBe(0);

    const day = await run('StaffDaySlots', { exhibitionId, date: today }, admin.token);
    expect(day.exhibition.slots).toHaveLength(1);
    slotId = day.exhibition.slots[0].id;

    const list = await run('StaffExhibitions', {}, admin.token);
    expect(list.staffExhibitions.find((e: { id: string }) => e.id === exhibitionId)).toMatchObject({ published: true });
  });

  it('checks in a ticket once and explains every refusal', async () => {
    const booking = await book([visitor('张三'), visitor('李四')]);
    const [first, second] = booking.visitors.map((v) => v.ticketToken);

    const admitted = await run('StaffCheckInTicket', { token: first }, checker.token);
    expect(admitted.checkInTicket.__typename).toBe('MutationCheckInTicketSuccess');
    expect(admitted.checkInTicket.data.admitted).toBe(1);
    expect(admitted.checkInTicket.data.booking.visitors.map((v: { name: string }) => v.name)).toEqual(['张*', '李*']);

    const twice = await run('StaffCheckInTicket', { token: first }, checker.token);
    expect(twice.checkInTicket).toMatchObject({ __typename: 'TicketRejectedError', reason: 'ALREADY_CHECKED_IN' });
    expect(Date.parse(twice.checkInTicket.checkedInAt)).toBe(server().clock.now());

    const forged = await run('StaffCheckInTicket', { token: `${first.slice(0, -3)}AAA` }, checker.token);
    expect(forged.checkInTicket).toMatchObject({ __typename: 'TicketRejectedError', reason: 'INVALID' });

    // A whole-booking ticket of an individual booking: no headcount question, the rest of the party comes in.
    const peek = await run('StaffTicketBooking', { id: booking.id }, checker.token);
    expect(peek.booking).toMatchObject({ kind: 'INDIVIDUAL', partySize: 2, checkedInCount: 1 });
    const rest = await run('StaffCheckInTicket', { token: booking.ticketToken }, checker.token);
    expect(rest.checkInTicket.data.admitted).toBe(1);
    expect(second).toBeTruthy();
  });

  it('checks in by document number, and refuses a document without a booking', async () => {
    const person = visitor('王五');
    await book([person]);
    const admitted = await run(
      'StaffCheckInByDocument',
      { slotId, documentType: 'RESIDENT_ID', documentNumber: person.documentNumber },
      checker.token,
    );
    expect(admitted.checkInByDocument.data.admitted).toBe(1);
    const unknown = await run(
      'StaffCheckInByDocument',
      { slotId, documentType: 'RESIDENT_ID', documentNumber: visitor('无').documentNumber },
      checker.token,
    );
    expect(unknown.checkInByDocument).toMatchObject({ __typename: 'TicketRejectedError', reason: 'NOT_FOUND' });
  });

  it('registers walk-ins on the roster and refuses a visitor booked already', async () => {
    const before = await run('StaffRoster', { slotId }, checker.token);
    const walkIn = await run('StaffRegisterWalkIn', { slotId, visitors: [visitor('赵六')] }, checker.token);
    expect(walkIn.registerWalkIn).toMatchObject({
      __typename: 'MutationRegisterWalkInSuccess',
      data: { partySize: 1 },
    });

    const after = await run('StaffRoster', { slotId }, checker.token);
    expect(after.slotRoster).toHaveLength(before.slotRoster.length + 1);
    expect(after.staffSlot.walkinUsed).toBe(before.staffSlot.walkinUsed + 1);
    expect(after.staffSlot.exhibition.bookingPolicy.maxVisitors).toBeGreaterThan(0);

    const person = visitor('孙七');
    await book([person]);
    const duplicate = await run('StaffRegisterWalkIn', { slotId, visitors: [person] }, checker.token);
    expect(duplicate.registerWalkIn.__typename).toBe('DuplicateVisitorError');
    expect(duplicate.registerWalkIn.documentNumber).toContain('*');
  });

  it('explains a capacity below the places taken and keeps managers’ tools from checkers', async () => {
    const { staffSlot } = await run('StaffRoster', { slotId }, admin.token);
    const below = await run('StaffChangeSlotCapacity', { slotId, capacity: 1, walkinQuota: 0 }, admin.token);
    expect(below.changeSlotCapacity).toMatchObject({
      __typename: 'CapacityBelowBookedError',
      limit: 'CAPACITY',
      taken: staffSlot.booked + staffSlot.offerHeld,
    });
    const raised = await run('StaffChangeSlotCapacity', { slotId, capacity: staffSlot.capacity + 5 }, admin.token);
    expect(raised.changeSlotCapacity.data.capacity).toBe(staffSlot.capacity + 5);

    const refused = await run('StaffCloseSlot', { slotId, reason: '检修' }, checker.token);
    expect(refused.closeSlot).toMatchObject({ __typename: 'NotAuthorizedError', reason: 'FORBIDDEN' });
    // A query that lists no error types answers a checker with the FORBIDDEN code the failure state reads.
    const groups = await server().execute(op('StaffGroupVisits'), { status: 'PENDING_REVIEW' }, checker.token);
    expect(groups.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const statistics = await run('StaffStatistics', { from: addDays(today, -6), to: today }, checker.token);
    const day = statistics.bookingStatistics.data.find((d: { date: string }) => d.date === today);
    expect(day.checkedIn).toBeGreaterThan(0);
    expect(day.walkIns).toBe(1);
    // The dashboard's 入馆 figure: check-ins of the slot, counted by the server.
    const dashboard = await run('StaffToday', { date: today }, checker.token);
    const todaySlot = dashboard.staffExhibitions
      .flatMap((e: { slots: Array<{ id: string; checkedIn: number }> }) => e.slots)
      .find((s: { id: string }) => s.id === slotId);
    expect(todaySlot.checkedIn).toBe(day.checkedIn);
  });

  it('reviews a group visit once and takes the headcount at the door', async () => {
    const leader = await signInCitizen(server());
    const request = await server().execute(
      `mutation ($input: GroupVisitInput!) {
        requestGroupVisit(input: $input) {
          __typename
          ... on MutationRequestGroupVisitSuccess { data { id } }
          ... on Error { message }
        }
      }`,
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
    const bookingId = request.data?.requestGroupVisit?.data?.id;
    expect(bookingId, JSON.stringify(request)).toBeTruthy();

    const pending = await run('StaffGroupVisits', { status: 'PENDING_REVIEW' }, admin.token);
    expect(pending.groupVisits.find((g: { id: string }) => g.id === bookingId)).toMatchObject({
      organization: '漳州市实验小学',
      leaderName: expect.stringContaining('*'),
      partySize: 10,
    });

    const approved = await run('StaffReviewGroupVisit', { bookingId, approve: true, note: '请准时' }, admin.token);
    expect(approved.reviewGroupVisit.data.status).toBe('CONFIRMED');
    const again = await run('StaffReviewGroupVisit', { bookingId, approve: false, note: '重复' }, admin.token);
    expect(again.reviewGroupVisit).toMatchObject({ __typename: 'GroupRuleError', rule: 'NOT_PENDING' });

    const ticket = await server().execute(
      `query ($id: ID!) { booking(id: $id) { ticketToken } }`,
      { id: bookingId },
      leader.token,
    );
    const token = ticket.data.booking.ticketToken as string;
    const peek = await run('StaffTicketBooking', { id: bookingId }, checker.token);
    expect(peek.booking).toMatchObject({ kind: 'GROUP', status: 'CONFIRMED', partySize: 10, checkedInCount: 0 });

    const tooMany = await run('StaffCheckInTicket', { token, headcount: 11 }, checker.token);
    expect(tooMany.checkInTicket.__typename).toBe('InputValidationError');
    const part = await run('StaffCheckInTicket', { token, headcount: 6 }, checker.token);
    expect(part.checkInTicket.data).toMatchObject({ admitted: 6, booking: { checkedInCount: 6, partySize: 10 } });
    const rest = await run('StaffCheckInTicket', { token, headcount: 4 }, checker.token);
    expect(rest.checkInTicket.data.admitted).toBe(4);
  });

  it('closes a slot and a whole day with a reason', async () => {
    const noReason = await run('StaffCloseSlot', { slotId, reason: ' ' }, admin.token);
    expect(noReason.closeSlot.__typename).toBe('InputValidationError');
    const closed = await run('StaffCloseSlot', { slotId, reason: '设备检修' }, admin.token);
    expect(closed.closeSlot.data.status).toBe('CLOSED');

    const nextWeek = addDays(today, 7);
    const day = await run('StaffCloseDay', { exhibitionId, date: nextWeek, reason: '调休闭馆' }, admin.token);
    expect(day.closeDay.data.every((s: { status: string }) => s.status === 'CLOSED')).toBe(true);
    const calendar = await run('StaffDaySlots', { exhibitionId, date: nextWeek }, admin.token);
    expect(calendar.exhibition.calendar[0]).toMatchObject({ availability: 'CLOSED', closedReason: '调休闭馆' });
  });
});
