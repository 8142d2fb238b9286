// Boundaries of places: a group quota filled exactly, a capacity change against the places groups and
// waiting-list offers hold, and an offer that would outlive the slot's start.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  bookOk,
  cancelBooking,
  createBookableExhibition,
  iso,
  joinWaitlist,
  requestGroupVisit,
  resultAs,
  roster,
  staffSlot,
  successData,
  TEST_TODAY,
  waitlistEntry,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { ChangeSlotCapacityDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

describe.each(dialects)('place boundaries (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      manager: ['ADMIN'],
    },
  );

  it('fills a group quota exactly, then answers that no group place is left', async () => {
    const day = addDays(TEST_TODAY, 2);
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, groupQuota: 20 }],
    });
    const slot = await exhibition.slotAt(day);
    successData(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(10, 0, day)));
    successData(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(10, 0, day)));
    expect((await staffSlot(server(), staff.manager, slot.id)).groupBooked).toBe(20);
    const refused = await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(10, 0, day));
    expect(resultAs(refused, 'GroupQuotaFullError').remaining).toBe(0);
    expect((await staffSlot(server(), staff.manager, slot.id)).groupBooked).toBe(20);
  });

  it('keeps capacity at or above the places booked plus those held for an offer, and the group quota above its groups', async () => {
    const day = addDays(TEST_TODAY, 3);
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 2, groupQuota: 20 }],
    });
    const slot = await exhibition.slotAt(day);
    const first = await signInCitizen(server());
    const firstBooking = await bookOk(server(), first, slot.id);
    await bookOk(server(), await signInCitizen(server()), slot.id);
    successData(await joinWaitlist(server(), await signInCitizen(server()), slot.id));
    successData(await cancelBooking(server(), first.token, firstBooking.id));
    expect(await staffSlot(server(), staff.manager, slot.id)).toMatchObject({ booked: 1, offerHeld: 1 });
    successData(await requestGroupVisit(server(), await signInCitizen(server()), slot.id, roster(10, 0, day)));

    const change = (counts: { capacity: number; groupQuota?: number }) =>
      call(server(), ChangeSlotCapacityDocument, { slotId: slot.id, ...counts }, staff.manager.token);
    expect(resultAs(await change({ capacity: 1 }), 'CapacityBelowBookedError')).toMatchObject({
      taken: 2,
      limit: 'CAPACITY',
    });
    expect(successData(await change({ capacity: 2 })).capacity).toBe(2);
    expect(resultAs(await change({ capacity: 2, groupQuota: 9 }), 'CapacityBelowBookedError')).toMatchObject({
      taken: 10,
      limit: 'GROUP_QUOTA',
    });
    expect(successData(await change({ capacity: 2, groupQuota: 10 })).groupRemaining).toBe(0);
  });

  it('holds an offer made ten minutes before the slot only until the slot starts', async () => {
    const day = addDays(TEST_TODAY, 1);
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      policy: { waitlistHoldMinutes: 30, cancelCutoffMinutes: 0 },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1 }],
    });
    const slot = await exhibition.slotAt(day);
    const leaving = await signInCitizen(server());
    const leavingBooking = await bookOk(server(), leaving, slot.id);
    const waiting = await signInCitizen(server());
    const entry = successData(await joinWaitlist(server(), waiting, slot.id));
    server().clock.set(at(day, '13:50'));
    successData(await cancelBooking(server(), leaving.token, leavingBooking.id));
    expect(await waitlistEntry(server(), waiting, entry.id)).toMatchObject({
      status: 'OFFERED',
      offeredUntil: iso(at(day, '14:00')),
    });
    server().clock.set(at(TEST_TODAY, '10:00'));
  });
});
