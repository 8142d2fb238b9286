// Slots and their places at the edges: what a booking answers about the slot, the calendar's length and its
// days (a slot closed alone, the booking close instant off its default), slots that cannot be booked (an
// unpublished exhibition, a missing slot, a closed slot whose booking has not opened), staff tools on a
// missing slot, generation that finds nothing to generate, and the slot query on its own (no ids, no policy).
import { addDays, DEFAULT_BOOKING_POLICY } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { findSlotsWithPolicy } from '../../server/src/modules/scheduling/slot.repository';
import { findSlot } from '../../server/src/modules/scheduling/slot.service';
import { at, book, bookOk, call, createBookableExhibition, depsOf, successData, TEST_TODAY } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { CloseSlotDocument, GenerateSlotsDocument, SetSlotTemplatesDocument } from '../testkit/generated/graphql';
import { createExhibition, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);
/** The Monday after the test day: the archives close on Mondays by default. */
const MONDAY = addDays(TEST_TODAY, 6);
const MISSING_ID = '987654321';

describe.each(dialects)('slot and capacity rules (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect },
    {
      manager: ['BRANCH_STAFF'],
    },
  );

  it("answers a booking with the slot's places left after it", async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 10 }],
    });
    const slot = await exhibition.slotAt(TOMORROW);

    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 3 });
    expect(booking.slot).toMatchObject({ id: slot.id, remaining: 7 });
  });

  describe('the calendar', () => {
    it('has as many days as asked, at least 1 and at most 42', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);

      const ten = await exhibition.calendar(TEST_TODAY, 10);
      expect(ten.map((d) => d.date)).toEqual(Array.from({ length: 10 }, (_, i) => addDays(TEST_TODAY, i)));
      expect((await exhibition.calendar(TEST_TODAY, 0)).map((d) => d.date)).toEqual([TEST_TODAY]);
      const capped = await exhibition.calendar(TEST_TODAY, 100);
      expect(capped).toHaveLength(42);
      expect(capped[41].date).toBe(addDays(TEST_TODAY, 41));
    });

    it('shows a day whose only slot was closed as closed, with no places', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      successData(
        await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '设备检修' }, staff.manager.token),
      );

      const [day] = await exhibition.calendar(TOMORROW, 1);
      expect(day).toMatchObject({ date: TOMORROW, availability: 'CLOSED', remaining: 0 });
    });

    it("stops counting today's slot at the booking close instant the policy sets, not a millisecond before", async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, {
        policy: { closeMinutesBeforeStart: 60 },
      });
      const closesAt = at(TEST_TODAY, '13:00');

      server().clock.set(closesAt - 1);
      expect((await exhibition.calendar(TEST_TODAY, 1))[0]).toMatchObject({ availability: 'AVAILABLE', remaining: 20 });
      server().clock.set(closesAt);
      expect((await exhibition.calendar(TEST_TODAY, 1))[0]).toMatchObject({ availability: 'ENDED', remaining: 0 });
    });
  });

  describe('slots that cannot be booked', () => {
    it('refuses a slot of an exhibition that is no longer published, and a slot that does not exist', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager);
      const slot = await exhibition.slotAt(TOMORROW);
      await server()
        .db.updateTable('exhibition')
        .set({ published_at: null })
        .where('id', '=', Number(exhibition.id))
        .execute();
      const citizen = await signInCitizen(server());

      for (const slotId of [slot.id, MISSING_ID]) {
        expect(await book(server(), citizen, slotId)).toMatchObject({
          __typename: 'SlotNotFoundError',
          message: '该场次不存在',
        });
      }
    });

    it('names the closure of a closed slot even before its booking opens', async () => {
      const exhibition = await createBookableExhibition(server(), staff.manager, { days: 20 });
      // 19 days ahead: the default policy releases a day 7 days before.
      const slot = await exhibition.slotAt(addDays(TEST_TODAY, 19));
      successData(
        await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '布展调整' }, staff.manager.token),
      );

      expect(await book(server(), await signInCitizen(server()), slot.id)).toMatchObject({
        __typename: 'SlotClosedError',
        closedReason: '布展调整',
      });
    });

    it('answers staff tools on a slot that does not exist with not found', async () => {
      expect(
        await call(server(), CloseSlotDocument, { slotId: MISSING_ID, reason: '设备检修' }, staff.manager.token),
      ).toMatchObject({ __typename: 'NotFoundError', entity: 'Slot', message: '场次不存在' });
    });
  });

  it('generates no slots for a range of closed weekdays only', async () => {
    const exhibition = await createBookableExhibition(server(), staff.manager, { days: 1 });

    expect(
      successData(
        await call(
          server(),
          GenerateSlotsDocument,
          { exhibitionId: exhibition.id, from: MONDAY, to: MONDAY },
          staff.manager.token,
        ),
      ),
    ).toBe(0);
    expect(await exhibition.slotsOn(MONDAY)).toEqual([]);
  });

  describe('the slot query on its own', () => {
    it('finds nothing for no ids', async () => {
      expect(await findSlotsWithPolicy(server().db, [])).toEqual([]);
    });

    it('gives a slot of an exhibition without a policy of its own the default policy', async () => {
      // Inserted by the repository, as the demo seed does: no booking_policy row.
      const exhibition = await createExhibition(server(), { branchCode: 'city' });
      successData(
        await call(
          server(),
          SetSlotTemplatesDocument,
          {
            exhibitionId: String(exhibition.id),
            templates: [
              { weekday: 3, startTime: '09:00', endTime: '10:00', capacity: 8, walkinQuota: 0, groupQuota: 0 },
            ],
          },
          staff.manager.token,
        ),
      );
      successData(
        await call(
          server(),
          GenerateSlotsDocument,
          { exhibitionId: String(exhibition.id), from: TOMORROW, to: TOMORROW },
          staff.manager.token,
        ),
      );
      const [row] = await server()
        .db.selectFrom('slot')
        .select('id')
        .where('exhibition_id', '=', exhibition.id)
        .execute();

      const slot = await findSlot(depsOf(server()), row.id);
      expect(slot).toMatchObject({ capacity: 8, startAt: at(TOMORROW, '09:00'), published: true });
      expect(slot!.policy).toEqual({
        bookingEnabled: true,
        releaseDaysAhead: 7,
        releaseTime: '20:00',
        closeMinutesBeforeStart: 0,
        cancelCutoffMinutes: 120,
        maxVisitors: 5,
        closedWeekdays: [1],
        checkinEarlyMinutes: 30,
        checkinLateMinutes: 0,
        walkinReleaseMinutes: 60,
        waitlistHoldMinutes: 30,
        groupRosterDeadlineHours: 24,
      });
      expect(slot!.policy).toEqual(DEFAULT_BOOKING_POLICY);
    });
  });
});
