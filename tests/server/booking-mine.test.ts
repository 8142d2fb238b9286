// 我的预约 from the owner's side: the visitors' names in full for their own account only (documents stay masked),
// the three tabs (待参观 / 历史 / 已取消), cancelling one visitor of a party (cutoff, places, waiting list, the last
// one, idempotence, someone else's, groups) and 再次预约 (the same party booked again, the same account's only).
import { addDays, maskDocumentNumber } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  book,
  bookOk,
  call,
  cancelBooking,
  createBookableExhibition,
  joinWaitlist,
  outboxOf,
  requestGroupVisit,
  resultAs,
  roster,
  strikesOfBookings,
  successData,
  TEST_TODAY,
  visitor,
  waitlistEntry,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  BookingVisitorNamesDocument,
  CancelBookingVisitorDocument,
  CreateBookingDocument,
  MyBookingsDocument,
} from '../testkit/generated/graphql';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useStaffSuite } from '../testkit/suite';

const TOMORROW = addDays(TEST_TODAY, 1);

function cancelVisitor(server: TestServer, citizen: SignedInAs, bookingId: string, visitorId: string) {
  return call(server, CancelBookingVisitorDocument, { bookingId, visitorId }, citizen.token);
}

async function listOf(server: TestServer, citizen: SignedInAs, list: 'UPCOMING' | 'PAST' | 'CANCELLED') {
  return (await call(server, MyBookingsDocument, { list }, citizen.token)).edges.map((e) => e.node.id);
}

describe.each(dialects)('my bookings (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { manager: ['BRANCH_STAFF'] });

  /** Tomorrow's 14:00 slot with `capacity` places, and a citizen's booking of 林晓 and 陈明 on it. */
  async function partyOfTwo(capacity = 20) {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity, groupQuota: capacity >= 20 ? 15 : 0 }],
    });
    const slot = await exhibition.slotAt(TOMORROW);
    const citizen = await signInCitizen(server());
    const party = [visitor({ name: '林晓' }), visitor({ name: '陈明' })];
    const booking = await bookOk(server(), citizen, slot.id, { visitors: party });
    return { exhibition, slot, citizen, party, booking };
  }

  const remainingOf = async (exhibition: { slotAt: (d: string) => Promise<{ remaining: number }> }) =>
    (await exhibition.slotAt(TOMORROW)).remaining;

  it("shows the owner the visitors' full names with masked documents, and nobody else", async () => {
    const { citizen, party, booking } = await partyOfTwo();
    const mine = await call(server(), BookingVisitorNamesDocument, { id: booking.id }, citizen.token);
    expect(mine?.visitors.map((v) => [v.fullName, v.name, v.documentNumber])).toEqual([
      ['林晓', '林*', maskDocumentNumber(party[0].documentNumber)],
      ['陈明', '陈*', maskDocumentNumber(party[1].documentNumber)],
    ]);
    expect(JSON.stringify(mine)).not.toContain(party[0].documentNumber);

    const stranger = await signInCitizen(server());
    expect(await call(server(), BookingVisitorNamesDocument, { id: booking.id }, stranger.token)).toBeNull();
    // Staff keep the masked view (their reveals are audited elsewhere).
    const seenByStaff = await call(server(), BookingVisitorNamesDocument, { id: booking.id }, staff.manager.token);
    expect(seenByStaff?.visitors.map((v) => [v.fullName, v.name])).toEqual([
      [null, '林*'],
      [null, '陈*'],
    ]);
  });

  it('moves a cancelled booking from 待参观 to 已取消 at once, and keeps attended or past ones in 历史', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const other = await bookOk(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 1))).id);
    expect((await listOf(server(), citizen, 'UPCOMING')).sort()).toEqual([booking.id, other.id].sort());

    successData(await cancelBooking(server(), citizen.token, booking.id));
    expect(await listOf(server(), citizen, 'UPCOMING')).toEqual([other.id]);
    expect(await listOf(server(), citizen, 'CANCELLED')).toEqual([booking.id]);
    expect(await listOf(server(), citizen, 'PAST')).toEqual([]);

    // Days later the booking not cancelled is history; the cancelled one stays under 已取消 only.
    server().clock.set(at(addDays(TOMORROW, 3), '10:00'));
    expect(await listOf(server(), citizen, 'UPCOMING')).toEqual([]);
    expect(await listOf(server(), citizen, 'PAST')).toEqual([other.id]);
    expect(await listOf(server(), citizen, 'CANCELLED')).toEqual([booking.id]);
  });

  it('cancels one visitor: one place back, the other stays, a second tap changes nothing', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const before = await remainingOf(exhibition);
    const [lin, chen] = booking.visitors;

    const after = successData(await cancelVisitor(server(), citizen, booking.id, lin.id));
    expect(after).toMatchObject({ status: 'CONFIRMED', partySize: 1 });
    expect(after.visitors.map((v) => [v.id, v.status])).toEqual([
      [lin.id, 'CANCELLED'],
      [chen.id, 'CONFIRMED'],
    ]);
    expect(after.visitors[0].ticketToken).toBeNull();
    expect(after.visitors[1].ticketToken).toEqual(expect.any(String));
    expect(await remainingOf(exhibition)).toBe(before + 1);

    expect(successData(await cancelVisitor(server(), citizen, booking.id, lin.id))).toMatchObject({ partySize: 1 });
    expect(await remainingOf(exhibition)).toBe(before + 1);
    expect(await listOf(server(), citizen, 'UPCOMING')).toEqual([booking.id]);
    // Before the cutoff: no strike.
    expect(await strikesOfBookings(server(), [booking.id])).toEqual([]);
  });

  it('cancels the booking with its last visitor, and the whole cancellation then frees nothing twice', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const before = await remainingOf(exhibition);
    successData(await cancelVisitor(server(), citizen, booking.id, booking.visitors[0].id));
    const last = successData(await cancelVisitor(server(), citizen, booking.id, booking.visitors[1].id));
    expect(last).toMatchObject({ status: 'CANCELLED', cancelReason: 'CITIZEN', ticketToken: null });
    expect(await remainingOf(exhibition)).toBe(before + 2);
    expect(await listOf(server(), citizen, 'CANCELLED')).toEqual([booking.id]);
    expect(
      resultAs(await cancelBooking(server(), citizen.token, booking.id), 'BookingNotCancellableError'),
    ).toBeTruthy();
    expect(await remainingOf(exhibition)).toBe(before + 2);
  });

  it('cancels both visitors sent at once: the booking ends cancelled, each place given back once', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const before = await remainingOf(exhibition);
    const answers = await Promise.all(booking.visitors.map((v) => cancelVisitor(server(), citizen, booking.id, v.id)));
    expect(answers.map((a) => a.__typename)).toEqual([
      'MutationCancelBookingVisitorSuccess',
      'MutationCancelBookingVisitorSuccess',
    ]);
    const names = await call(server(), BookingVisitorNamesDocument, { id: booking.id }, citizen.token);
    expect(names?.visitors.map((v) => v.status)).toEqual(['CANCELLED', 'CANCELLED']);
    expect(await listOf(server(), citizen, 'CANCELLED')).toEqual([booking.id]);
    expect(await remainingOf(exhibition)).toBe(before + 2);
  });

  it('after one visitor is cancelled, cancelling the booking gives back only the places still held', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const before = await remainingOf(exhibition);
    successData(await cancelVisitor(server(), citizen, booking.id, booking.visitors[0].id));
    successData(await cancelBooking(server(), citizen.token, booking.id));
    expect(await remainingOf(exhibition)).toBe(before + 2);
  });

  it('offers the freed place to the waiting list, as a whole cancellation does', async () => {
    const { exhibition, slot, citizen, booking } = await partyOfTwo(2);
    expect(await remainingOf(exhibition)).toBe(0);
    const waiting = await signInCitizen(server());
    const entry = successData(await joinWaitlist(server(), waiting, slot.id, { visitors: 1 }));

    successData(await cancelVisitor(server(), citizen, booking.id, booking.visitors[0].id));
    expect(await waitlistEntry(server(), waiting, entry.id)).toMatchObject({ status: 'OFFERED' });
    // The place is held for the offer, not open to anyone else.
    expect(await remainingOf(exhibition)).toBe(0);
    const messages = await outboxOf(server(), [waiting.accountId]);
    expect(messages.map((m) => m.kind)).toContain('WAITLIST_OFFER');
  });

  it('counts a cancellation after the cutoff as a no-show, and refuses once the slot has started', async () => {
    const { citizen, booking } = await partyOfTwo();
    server().clock.set(Date.parse(booking.cancelDeadline as string) + 60_000);
    successData(await cancelVisitor(server(), citizen, booking.id, booking.visitors[0].id));
    expect((await strikesOfBookings(server(), [booking.id])).map((s) => s.reason)).toEqual(['LATE_CANCEL']);

    server().clock.set(at(TOMORROW, '14:01'));
    expect(await cancelVisitor(server(), citizen, booking.id, booking.visitors[1].id)).toMatchObject({
      __typename: 'BookingNotCancellableError',
    });
  });

  it("refuses another account's visitor, a visitor of another booking, and a group member", async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    const stranger = await signInCitizen(server());
    expect(await cancelVisitor(server(), stranger, booking.id, booking.visitors[0].id)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    const otherBooking = await bookOk(server(), citizen, (await exhibition.slotAt(addDays(TOMORROW, 1))).id);
    expect(await cancelVisitor(server(), citizen, otherBooking.id, booking.visitors[0].id)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    expect(await cancelVisitor(server(), citizen, booking.id, 'x')).toMatchObject({
      __typename: 'BookingNotFoundError',
    });

    const groupDay = addDays(TOMORROW, 2);
    const group = successData(
      await requestGroupVisit(server(), citizen, (await exhibition.slotAt(groupDay)).id, roster(10, 0, groupDay)),
    );
    expect(await cancelVisitor(server(), citizen, group.id, group.visitors[0].id)).toMatchObject({
      __typename: 'VisitorNotCancellableError',
      reason: 'GROUP_ROSTER',
    });
  });

  it('books the same party again from an earlier booking of the same account, and no one else’s', async () => {
    const { exhibition, citizen, booking } = await partyOfTwo();
    successData(await cancelBooking(server(), citizen.token, booking.id));
    const nextSlot = await exhibition.slotAt(addDays(TOMORROW, 1));

    const input = (againFromBookingId: string) => ({
      slotId: nextSlot.id,
      visitors: [],
      phone: '13812345678',
      idempotencyKey: `again-${againFromBookingId}-${citizen.accountId}`,
      againFromBookingId,
    });
    const rebooked = successData(
      await call(server(), CreateBookingDocument, { input: input(booking.id) }, citizen.token),
    );
    const names = await call(server(), BookingVisitorNamesDocument, { id: rebooked.id }, citizen.token);
    expect(names?.visitors.map((v) => v.fullName)).toEqual(['林晓', '陈明']);
    expect(rebooked.visitors.map((v) => v.documentNumber)).toEqual(booking.visitors.map((v) => v.documentNumber));

    const stranger = await signInCitizen(server());
    expect(await call(server(), CreateBookingDocument, { input: input(booking.id) }, stranger.token)).toMatchObject({
      __typename: 'BookingNotFoundError',
    });
    expect(await book(server(), stranger, nextSlot.id, { visitors: 1 })).toMatchObject({
      __typename: 'MutationCreateBookingSuccess',
    });
  });
});
