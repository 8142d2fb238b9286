// Group visits' rules at their edges, over real GraphQL: what a roster with several problems is told, a member
// already booked that day, the review (places kept or returned, a second review, the note, the message to the
// organizer), and the roster change (whose group, which statuses, the deadline instant, the ratio judged on
// the visit date, places returned when the roster shrinks). The idempotency race is staged by calling the
// service directly with a database that lets the rival request write first.
import { addDays, maskDocumentNumber } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { RerunTransaction } from '../../server/src/db/executor';
import * as groups from '../../server/src/modules/group-visits/group-visit.service';
import {
  actorOf,
  at,
  bookingById,
  bookOk,
  call,
  createBookableExhibition,
  depsOf,
  HOUR_MS,
  idempotencyKey,
  outboxOf,
  phoneNumber,
  requestGroupVisit,
  residentId,
  resultAs,
  rivalBeforeFirstUpdate,
  roster,
  successData,
  TEST_TODAY,
  type VisitorInput,
  visitor,
  withWrongCheckCharacter,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { ReviewGroupVisitDocument, UpdateGroupRosterDocument } from '../testkit/generated/graphql';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

/** Two days ahead, so the default 24-hour roster deadline lies in the future. */
const GROUP_DAY = addDays(TEST_TODAY, 2);
const GROUP_QUOTA = 30;
/** The default roster deadline: 24 hours before the 14:00 start. */
const DEADLINE = at(GROUP_DAY, '14:00') - 24 * HOUR_MS;
const RATIO_MESSAGE = '每10名未成年人至少需要1名成年人带队';
const MISSING_ID = '987654321';

describe.each(dialects)('group visit rules (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  async function groupSlot() {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: GROUP_QUOTA }],
    });
    const slot = await exhibition.slotAt(GROUP_DAY);
    return { slot, groupRemaining: async () => (await exhibition.slotAt(GROUP_DAY)).groupRemaining };
  }

  /** A group requested by a new organizer (2 adults, 10 minors unless told otherwise). */
  async function requested(slotId: string, members: VisitorInput[] = roster(2, 10, GROUP_DAY)) {
    const organizer = await signInCitizen(server());
    const group = successData(await requestGroupVisit(server(), organizer, slotId, members));
    return { organizer, group };
  }

  const review = (bookingId: string, approve: boolean, note?: string) =>
    call(server(), ReviewGroupVisitDocument, { bookingId, approve, note }, staff.manager.token);
  const updateRoster = (citizen: SignedInAs, bookingId: string, members: VisitorInput[]) =>
    call(server(), UpdateGroupRosterDocument, { bookingId, roster: members }, citizen.token);

  describe('the request', () => {
    it('names every problem of a roster that lacks adults and has a mistyped document, not the ratio alone', async () => {
      const { slot, groupRemaining } = await groupSlot();
      const members = roster(1, 12, GROUP_DAY);
      members[5] = { ...members[5], documentNumber: withWrongCheckCharacter(members[5].documentNumber) };

      const refused = resultAs(
        await requestGroupVisit(server(), await signInCitizen(server()), slot.id, members),
        'InputValidationError',
      );
      expect(refused.fieldErrors).toEqual([
        { path: 'roster.5.documentNumber', message: '身份证号码校验位不正确，请核对' },
        { path: 'roster', message: RATIO_MESSAGE },
      ]);
      expect(await groupRemaining()).toBe(GROUP_QUOTA);
    });

    it('refuses a group naming someone already booked for that day, and keeps its places free', async () => {
      const { slot, groupRemaining } = await groupSlot();
      const members = roster(2, 10, GROUP_DAY);
      await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [members[4]] });

      expect(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, members)).toMatchObject({
        __typename: 'DuplicateVisitorError',
        documentNumber: maskDocumentNumber(members[4].documentNumber),
        visitDate: GROUP_DAY,
      });
      expect(await groupRemaining()).toBe(GROUP_QUOTA);
    });

    it('asks for a rerun when the same request (same key) was written between its read and its insert, which then answers with that booking', async () => {
      const { slot } = await groupSlot();
      const organizer = await signInCitizen(server());
      const actor = await actorOf(server(), organizer);
      const input = {
        slotId: Number(slot.id),
        organization: '漳州市第一中学',
        leaderName: '林老师',
        leaderPhone: phoneNumber(),
        roster: roster(2, 10, GROUP_DAY),
        idempotencyKey: idempotencyKey(),
      };
      let rivalId = 0;
      // The rival runs just before this request takes its group places, after it looked for the key.
      const race = rivalBeforeFirstUpdate(server().db, 'slot', async () => {
        rivalId = (await groups.requestGroupVisit(depsOf(server()), actor, input)).id;
      });

      const attempt = groups.requestGroupVisit(depsOf(server(), race.db), actor, input);
      await expect(attempt).rejects.toBeInstanceOf(RerunTransaction);
      await expect(attempt).rejects.toMatchObject({ reason: 'idempotency key taken' });
      expect(race.raced()).toBe(true);
      // The rerun (inMutation runs it again in a new transaction) finds the rival's booking by the key.
      expect((await groups.requestGroupVisit(depsOf(server()), actor, input)).id).toBe(rivalId);
    });
  });

  describe('the review', () => {
    it("keeps an approved group's places taken", async () => {
      const { slot, groupRemaining } = await groupSlot();
      const { group } = await requested(slot.id);
      expect(await groupRemaining()).toBe(GROUP_QUOTA - 12);

      expect(successData(await review(group.id, true)).status).toBe('CONFIRMED');
      expect(await groupRemaining()).toBe(GROUP_QUOTA - 12);
    });

    it('refuses a second review and says the group was reviewed', async () => {
      const { slot } = await groupSlot();
      const { group } = await requested(slot.id);
      successData(await review(group.id, false));

      expect(await review(group.id, true)).toMatchObject({
        __typename: 'GroupRuleError',
        rule: 'NOT_PENDING',
        message: '该团体预约已审核',
      });
    });

    it('finds no group to review behind an individual booking or an id that does not exist', async () => {
      const { slot } = await groupSlot();
      const individual = await bookOk(server(), await signInCitizen(server()), slot.id);

      for (const id of [individual.id, MISSING_ID]) {
        expect(await review(id, false)).toMatchObject({ __typename: 'BookingNotFoundError', message: '未找到该预约' });
      }
      expect((await bookingById(server(), staff.manager.token, individual.id))!.status).toBe('CONFIRMED');
    });

    it('refuses a review note over 200 characters on the note field', async () => {
      const { slot } = await groupSlot();
      const { group } = await requested(slot.id);

      expect(resultAs(await review(group.id, false, '长'.repeat(201)), 'InputValidationError').fieldErrors).toEqual([
        { path: 'note', message: '审核意见不能超过200字' },
      ]);
      expect(successData(await review(group.id, false, '长'.repeat(200))).reviewNote).toBe('长'.repeat(200));
    });

    it('tells the organizer the outcome with the booking and the note', async () => {
      const { slot } = await groupSlot();
      const { organizer, group } = await requested(slot.id);
      successData(await review(group.id, false, '当日已有其他团体'));

      const messages = await outboxOf(server(), [organizer.accountId]);
      expect(messages.map((m) => [m.kind, JSON.parse(m.payload)])).toEqual([
        ['GROUP_REJECTED', { bookingId: Number(group.id), note: '当日已有其他团体' }],
      ]);
    });
  });

  describe('changing the roster', () => {
    it("finds nothing to change behind someone else's group, one's own individual booking, or a missing id", async () => {
      const { slot } = await groupSlot();
      const { group } = await requested(slot.id);
      const other = await signInCitizen(server());
      const own = await bookOk(server(), other, slot.id);

      for (const id of [group.id, own.id, MISSING_ID]) {
        expect(await updateRoster(other, id, roster(2, 10, GROUP_DAY))).toMatchObject({
          __typename: 'BookingNotFoundError',
          message: '未找到该预约',
        });
      }
      expect((await bookingById(server(), staff.manager.token, group.id))!.partySize).toBe(12);
    });

    it('locks the roster of a rejected group, and lets an approved group change it', async () => {
      const { slot } = await groupSlot();
      const rejected = await requested(slot.id);
      const approved = await requested(slot.id);
      successData(await review(rejected.group.id, false));
      successData(await review(approved.group.id, true));

      expect(await updateRoster(rejected.organizer, rejected.group.id, roster(2, 10, GROUP_DAY))).toMatchObject({
        __typename: 'GroupRuleError',
        rule: 'ROSTER_LOCKED',
        message: '该团体预约已不能修改名单',
      });
      expect(
        successData(await updateRoster(approved.organizer, approved.group.id, roster(2, 9, GROUP_DAY))),
      ).toMatchObject({ status: 'CONFIRMED', partySize: 11 });
    });

    it('accepts a change one millisecond before the deadline and refuses it at the deadline, naming the hours', async () => {
      const { slot } = await groupSlot();
      const { organizer, group } = await requested(slot.id);

      server().clock.set(DEADLINE - 1);
      expect(successData(await updateRoster(organizer, group.id, roster(2, 9, GROUP_DAY))).partySize).toBe(11);
      server().clock.set(DEADLINE);
      expect(await updateRoster(organizer, group.id, roster(2, 10, GROUP_DAY))).toMatchObject({
        __typename: 'GroupRuleError',
        rule: 'ROSTER_LOCKED',
        message: '名单须在参观前24小时之前修改',
      });
    });

    it("names a new roster's problems under roster, member by member", async () => {
      const { slot } = await groupSlot();
      const { organizer, group } = await requested(slot.id);
      const members = roster(2, 10, GROUP_DAY);
      members[3] = { ...members[3], documentNumber: withWrongCheckCharacter(members[3].documentNumber) };

      expect(resultAs(await updateRoster(organizer, group.id, members), 'InputValidationError').fieldErrors).toEqual([
        { path: 'roster.3.documentNumber', message: '身份证号码校验位不正确，请核对' },
      ]);
    });

    it('judges the adult ratio on the visit date: a member turning 18 that day leads ten minors, one a day younger does not', async () => {
      const { slot } = await groupSlot();
      const { organizer, group } = await requested(slot.id);
      const minors = roster(0, 10, GROUP_DAY);
      // GROUP_DAY is 2026-11-26: born 2008-11-26, 18 that day; born 2008-11-27, 18 the day after.
      const eighteenThatDay = visitor({ documentNumber: residentId({ birthDate: '2008-11-26' }) });
      const eighteenNextDay = visitor({ documentNumber: residentId({ birthDate: '2008-11-27' }) });

      expect(await updateRoster(organizer, group.id, [eighteenNextDay, ...minors])).toMatchObject({
        __typename: 'GroupRuleError',
        rule: 'ADULT_RATIO',
        message: RATIO_MESSAGE,
      });
      expect(successData(await updateRoster(organizer, group.id, [eighteenThatDay, ...minors])).partySize).toBe(11);
    });

    it('returns the places a shrinking roster frees to the group quota', async () => {
      const { slot, groupRemaining } = await groupSlot();
      const { organizer, group } = await requested(slot.id);
      expect(await groupRemaining()).toBe(GROUP_QUOTA - 12);

      successData(await updateRoster(organizer, group.id, roster(2, 8, GROUP_DAY)));
      expect(await groupRemaining()).toBe(GROUP_QUOTA - 10);
    });
  });
});
