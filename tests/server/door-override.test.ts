// 特殊放行 over real GraphQL: a manager admits a party the entry window refuses that day, with a reason the audit
// log keeps; a checker is refused; no reason changes nothing; a cancelled booking or another day's stays out; and
// admitting twice never goes beyond the party.
import { addDays } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import {
  at,
  bookOk,
  call,
  cancelBooking,
  checkIn,
  createBookableExhibition,
  MINUTE_MS,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import { OverrideCheckInDocument, SlotDoorFiguresDocument } from '../testkit/generated/graphql';
import { type StaffSignedIn, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

/** Today's 14:00–16:00 slot; the default policy opens the door 30 minutes early and closes it at the end. */
const START = at(TEST_TODAY, '14:00');
const END = at(TEST_TODAY, '16:00');
const TOO_EARLY = START - 30 * MINUTE_MS - 1;

describe.each(dialects)('特殊放行 at the door (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { manager: ['BRANCH_STAFF'], checker: ['CHECKER'] });

  async function todaysSlot() {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    return exhibition.slotAt(TEST_TODAY);
  }

  const override = (
    who: StaffSignedIn,
    variables: { token?: string; slotId?: string; documentNumber?: string; reason: string },
  ) => call(server(), OverrideCheckInDocument, variables, who.token);
  const overrideRows = () =>
    server()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'BOOKING_CHECK_IN_OVERRIDE')
      .orderBy('seq')
      .execute();
  const arrived = async (slotId: string) =>
    (await call(server(), SlotDoorFiguresDocument, { slotId }, staff.manager.token))!.arrived;

  it('refuses a checker, and a manager without a reason, changing nothing', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    server().clock.set(TOO_EARLY);
    const rowsBefore = (await overrideRows()).length;

    expect(await override(staff.checker, { token: booking.ticketToken!, reason: '航班延误' })).toMatchObject({
      __typename: 'NotAuthorizedError',
      reason: 'FORBIDDEN',
    });
    for (const reason of ['', '  ', '急', 'x'.repeat(101)]) {
      expect(await override(staff.manager, { token: booking.ticketToken!, reason })).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ path: 'reason', message: '请填写特殊放行原因（2–100字）' }],
      });
    }
    expect(await arrived(slot.id)).toBe(0);
    expect(await overrideRows()).toHaveLength(rowsBefore);
  });

  it('admits a party refused as too early, shows who, and records the override with its reason', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '陈嘉庚' });
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [person, visitor()] });
    server().clock.set(TOO_EARLY);
    expect(await checkIn(server(), staff.manager, booking.ticketToken)).toMatchObject({ reason: 'TOO_EARLY' });
    const rowsBefore = (await overrideRows()).length;

    const result = successData(await override(staff.manager, { token: booking.ticketToken!, reason: '  航班延误  ' }));
    expect(result.admitted).toBe(2);
    expect(result.revealed.map((r) => r.name)).toContain('陈嘉庚');
    expect(result.revealed.find((r) => r.name === '陈嘉庚')?.documentTail).toBe(person.documentNumber.slice(-4));
    expect(await arrived(slot.id)).toBe(2);

    const rows = (await overrideRows()).slice(rowsBefore);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({
        result: 'OK',
        actor_account_id: staff.manager.accountId,
        target_kind: 'BOOKING',
        target_id: booking.id,
        reason: '航班延误',
        revealed_fields: 'VISITOR_NAME,DOCUMENT_NUMBER_TAIL',
      });
      expect(row.person_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(row)).not.toContain(person.documentNumber);
      expect(JSON.stringify(row)).not.toContain('陈嘉庚');
    }

    // Admitting twice goes no further than the party: the second override is refused as already checked in.
    expect(await override(staff.manager, { token: booking.ticketToken!, reason: '航班延误' })).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
    });
    expect(
      await override(staff.manager, { token: booking.visitors[0].ticketToken!, reason: '航班延误' }),
    ).toMatchObject({ __typename: 'TicketRejectedError', reason: 'ALREADY_CHECKED_IN' });
    expect(await arrived(slot.id)).toBe(2);
    expect(await overrideRows()).toHaveLength(rowsBefore + 2);
  });

  it('admits one visitor too late the same day, and only that visitor', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    server().clock.set(END + 1);
    const result = successData(
      await override(staff.manager, { token: booking.visitors[1].ticketToken!, reason: '排队超时' }),
    );
    expect(result.admitted).toBe(1);
    expect(await arrived(slot.id)).toBe(1);
  });

  it('admits a visitor found by document number too late the same day, and only that visitor', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '林语堂' });
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [person, visitor()] });
    server().clock.set(END + 1);
    const document = { slotId: slot.id, documentNumber: person.documentNumber };
    const result = successData(await override(staff.manager, { ...document, reason: '证件遗失补办后到馆' }));
    expect(result.admitted).toBe(1);
    expect(result.revealed).toEqual([expect.objectContaining({ name: '林语堂' })]);
    expect(result.booking.id).toBe(booking.id);
    expect(await override(staff.manager, { ...document, reason: '证件遗失补办后到馆' })).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'ALREADY_CHECKED_IN',
    });
    expect(await arrived(slot.id)).toBe(1);
  });

  it('still refuses a cancelled booking and another day’s, writing no override', async () => {
    const slot = await todaysSlot();
    const citizen = await signInCitizen(server());
    const cancelled = await bookOk(server(), citizen, slot.id);
    successData(await cancelBooking(server(), citizen.token, cancelled.id));
    const tomorrow = await (await createBookableExhibition(server(), staff.manager)).slotAt(addDays(TEST_TODAY, 1));
    const later = await bookOk(server(), await signInCitizen(server()), tomorrow.id);
    server().clock.set(TOO_EARLY);
    const rowsBefore = (await overrideRows()).length;

    expect(await override(staff.manager, { token: cancelled.ticketToken!, reason: '航班延误' })).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'CANCELLED',
    });
    expect(await override(staff.manager, { token: later.ticketToken!, reason: '航班延误' })).toMatchObject({
      __typename: 'TicketRejectedError',
      reason: 'WRONG_DAY',
    });
    expect(await arrived(slot.id)).toBe(0);
    expect(await overrideRows()).toHaveLength(rowsBefore);
  });
});
