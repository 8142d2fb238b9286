// The door of issue 12 over real GraphQL: one entry window for tickets and walk-ins (at its edges), refusals that
// say who and when, the full name revealed on admission and audited, a party checked in split from the roster,
// undo within the limit only, an offline queue replayed twice that checks in once, and two doors racing on one
// ticket.
import { describe, expect, it } from 'vitest';
import {
  at,
  bookingById,
  bookOk,
  call,
  checkIn,
  createBookableExhibition,
  iso,
  MINUTE_MS,
  registerWalkIn,
  successData,
  TEST_TODAY,
  visitor,
} from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  CheckInTicketDocument,
  CheckInVisitorsDocument,
  SlotDoorFiguresDocument,
  SlotRosterDocument,
  UndoCheckInDocument,
} from '../testkit/generated/graphql';
import { signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';
import '../../server/src/modules/door/door.table';

/** Today's 14:00–16:00 slot; the default policy opens the door 30 minutes early and closes it at the end. */
const START = at(TEST_TODAY, '14:00');
const END = at(TEST_TODAY, '16:00');
const OPENS = START - 30 * MINUTE_MS;

describe.each(dialects)('the door (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { manager: ['BRANCH_STAFF'], checker: ['CHECKER'] });

  async function todaysSlot() {
    const exhibition = await createBookableExhibition(server(), staff.manager, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20, walkinQuota: 10 }],
    });
    return exhibition.slotAt(TEST_TODAY);
  }

  const auditRows = (action: string) =>
    server().db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

  describe('one entry window for tickets and walk-ins', () => {
    for (const [label, instant, allowed] of [
      ['a millisecond before the door opens', OPENS - 1, false],
      ['as the door opens', OPENS, true],
      ['as the slot ends', END, true],
      ['a millisecond after it ends', END + 1, false],
    ] as const) {
      it(`${allowed ? 'admits' : 'refuses'} a ticket and a walk-in alike ${label}`, async () => {
        const slot = await todaysSlot();
        const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
        server().clock.set(instant);

        const ticket = await checkIn(server(), staff.checker, booking.ticketToken);
        const walkIn = await registerWalkIn(server(), staff.checker, slot.id, 1);
        if (allowed) {
          expect(ticket.__typename).toBe('MutationCheckInTicketSuccess');
          expect(walkIn.__typename).toBe('MutationRegisterWalkInSuccess');
        } else {
          const reason = instant < OPENS ? 'TOO_EARLY' : 'TOO_LATE';
          const message =
            reason === 'TOO_EARLY'
              ? '尚未到入场时间：14:00 场次 13:30 起可入场'
              : '入场时间已过：14:00 场次 16:00 停止入场';
          expect(ticket).toMatchObject({ __typename: 'TicketRejectedError', reason, message });
          expect(walkIn).toMatchObject({
            __typename: 'OutsideEntryWindowError',
            reason,
            message,
            opensAt: iso(OPENS),
            closesAt: iso(END),
          });
        }
      });
    }

    it('refuses the 00:05 walk-in for a 14:00 slot that a ticket is refused for too', async () => {
      const slot = await todaysSlot();
      server().clock.set(at(TEST_TODAY, '00:05'));
      expect(await registerWalkIn(server(), staff.checker, slot.id, 1)).toMatchObject({
        __typename: 'OutsideEntryWindowError',
        reason: 'TOO_EARLY',
      });
      expect(await call(server(), SlotDoorFiguresDocument, { slotId: slot.id }, staff.checker.token)).toMatchObject({
        booked: 0,
        arrived: 0,
      });
    });
  });

  it('shows the full name and the last 4 of the document on admission, and audits the reveal', async () => {
    const slot = await todaysSlot();
    const person = visitor({ name: '陈嘉庚' });
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: [person] });
    server().clock.set(START);
    const before = (await auditRows('BOOKING_CHECKED_IN')).length;

    const result = successData(await checkIn(server(), staff.checker, booking.visitors[0].ticketToken));
    expect(result.revealed).toEqual([
      {
        visitorId: booking.visitors[0].id,
        name: '陈嘉庚',
        documentType: 'RESIDENT_ID',
        documentTail: person.documentNumber.slice(-4),
      },
    ]);
    const rows = (await auditRows('BOOKING_CHECKED_IN')).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      result: 'OK',
      actor_account_id: staff.checker.accountId,
      target_kind: 'BOOKING',
      target_id: booking.id,
      revealed_fields: 'VISITOR_NAME,DOCUMENT_NUMBER_TAIL',
    });
    expect(rows[0].person_hash).toMatch(/^[0-9a-f]{64}$/);
    // The log keeps a keyed hash, never the name or the number.
    expect(JSON.stringify(rows[0])).not.toContain(person.documentNumber);
    expect(JSON.stringify(rows[0])).not.toContain('陈嘉庚');
  });

  it('checks a party of 4 in split, 2 now and 2 later, never beyond the party, with live counters', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 4 });
    const ids = booking.visitors.map((v) => v.id);
    server().clock.set(START);
    const figures = () => call(server(), SlotDoorFiguresDocument, { slotId: slot.id }, staff.checker.token);
    expect(await figures()).toMatchObject({ booked: 4, arrived: 0, remaining: 4 });

    const first = successData(
      await call(
        server(),
        CheckInVisitorsDocument,
        { bookingId: booking.id, visitorIds: ids.slice(0, 2) },
        staff.checker.token,
      ),
    );
    expect(first).toMatchObject({ admitted: 2, booking: { status: 'CHECKED_IN', checkedInCount: 2 } });
    expect(first.revealed.map((r) => r.visitorId)).toEqual(ids.slice(0, 2));
    expect(await figures()).toMatchObject({ booked: 4, arrived: 2, remaining: 2 });

    // The rest arrive; asking for all four admits only the two still expected.
    const rest = successData(
      await call(server(), CheckInVisitorsDocument, { bookingId: booking.id, visitorIds: ids }, staff.checker.token),
    );
    expect(rest).toMatchObject({ admitted: 2, booking: { checkedInCount: 4 } });
    expect(
      await call(server(), CheckInVisitorsDocument, { bookingId: booking.id, visitorIds: ids }, staff.checker.token),
    ).toMatchObject({ __typename: 'TicketRejectedError', reason: 'ALREADY_CHECKED_IN', partySize: 4 });
    expect(await figures()).toMatchObject({ booked: 4, arrived: 4, remaining: 0 });
    expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(4);
  });

  it('finds bookings on the roster by name, phone tail or reference', async () => {
    const slot = await todaysSlot();
    const chen = await bookOk(server(), await signInCitizen(server()), slot.id, {
      visitors: [visitor({ name: '陈嘉庚' })],
      phone: '13612345678',
    });
    const lin = await bookOk(server(), await signInCitizen(server()), slot.id, {
      visitors: [visitor({ name: '林巧稚' })],
      phone: '13900001111',
    });
    const search = async (text: string) =>
      (await call(server(), SlotRosterDocument, { slotId: slot.id, search: text }, staff.checker.token)).map(
        (b) => b.id,
      );

    expect(await search('嘉庚')).toEqual([chen.id]);
    expect(await search('1111')).toEqual([lin.id]);
    expect(await search(lin.reference.toLowerCase())).toEqual([lin.id]);
    expect(await search('无此人')).toEqual([]);
    expect(await search('')).toEqual([chen.id, lin.id]);
  });

  it('undoes a mistaken check-in within the limit, records it, and refuses after', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
    const [first, second] = booking.visitors;
    server().clock.set(START);
    successData(await checkIn(server(), staff.checker, first.ticketToken));
    successData(await checkIn(server(), staff.checker, second.ticketToken));
    const undoMinutes = server().app.services.config.door.undoMinutes;
    const undo = (visitorId: string) => call(server(), UndoCheckInDocument, { visitorId }, staff.checker.token);
    const undoneBefore = (await auditRows('BOOKING_CHECK_IN_UNDONE')).length;

    server().clock.set(START + undoMinutes * MINUTE_MS);
    const undone = successData(await undo(first.id));
    expect(undone).toMatchObject({ status: 'CHECKED_IN', checkedInCount: 1 });
    expect(undone.visitors.map((v) => v.status)).toEqual(['CONFIRMED', 'CHECKED_IN']);
    const rows = (await auditRows('BOOKING_CHECK_IN_UNDONE')).slice(undoneBefore);
    expect(rows).toMatchObject([{ actor_account_id: staff.checker.accountId, target_id: booking.id, result: 'OK' }]);
    expect(await undo(first.id)).toMatchObject({ __typename: 'CheckInUndoRefusedError', reason: 'NOT_CHECKED_IN' });

    server().clock.set(START + undoMinutes * MINUTE_MS + 1);
    expect(await undo(second.id)).toMatchObject({
      __typename: 'CheckInUndoRefusedError',
      reason: 'TOO_LATE',
      undoMinutes,
      message: `入馆超过 ${undoMinutes} 分钟，不能撤销`,
    });
    expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(1);
    // The visitor undone can come in again; the last one out puts the booking back to confirmed.
    successData(await checkIn(server(), staff.checker, first.ticketToken));
  });

  it('puts a booking back to confirmed when its only check-in is undone', async () => {
    const slot = await todaysSlot();
    const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
    server().clock.set(START);
    successData(await checkIn(server(), staff.checker, booking.ticketToken));
    const undone = successData(
      await call(server(), UndoCheckInDocument, { visitorId: booking.visitors[0].id }, staff.checker.token),
    );
    expect(undone).toMatchObject({ status: 'CONFIRMED', checkedInCount: 0, checkedInAt: null });
  });

  describe('offline scans', () => {
    it('checks in once when the queue is replayed twice, at the device time, answering the replay with the first outcome', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
      const scannedAt = at(TEST_TODAY, '14:05');
      server().clock.set(at(TEST_TODAY, '14:40'));
      const send = () =>
        call(
          server(),
          CheckInTicketDocument,
          { token: booking.ticketToken!, scanId: 'scan-0001-abcdef', scannedAt: iso(scannedAt) },
          staff.checker.token,
        );

      const first = successData(await send());
      expect(first).toMatchObject({ admitted: 2, replayed: false, booking: { checkedInAt: iso(scannedAt) } });
      const again = successData(await send());
      expect(again).toMatchObject({ admitted: 2, replayed: true, booking: { checkedInCount: 2 } });
      expect(again.revealed.map((r) => r.visitorId)).toEqual(first.revealed.map((r) => r.visitorId));
      const scans = await server()
        .db.selectFrom('door_scan')
        .selectAll()
        .where('scan_id', '=', 'scan-0001-abcdef')
        .execute();
      expect(scans).toHaveLength(1);
      expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(2);
    });

    it('checks in once when two copies of the same queued scan arrive at the same time', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id, { visitors: 2 });
      server().clock.set(at(TEST_TODAY, '14:30'));
      const send = () =>
        call(
          server(),
          CheckInTicketDocument,
          { token: booking.ticketToken!, scanId: 'scan-twin-000001', scannedAt: iso(at(TEST_TODAY, '14:20')) },
          staff.checker.token,
        );

      const answers = await Promise.all([send(), send()]);
      const admitted = answers.filter((a) => a.__typename === 'MutationCheckInTicketSuccess');
      // One applies the scan; the other answers with its outcome (or, having lost the race outright, says it is in).
      expect(admitted.filter((a) => !successData(a).replayed)).toHaveLength(1);
      for (const other of answers.filter((a) => a !== admitted.find((x) => !successData(x).replayed))) {
        if (other.__typename === 'MutationCheckInTicketSuccess') expect(successData(other).replayed).toBe(true);
        else expect(other).toMatchObject({ reason: 'ALREADY_CHECKED_IN' });
      }
      expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(2);
      const scans = await server()
        .db.selectFrom('door_scan')
        .selectAll()
        .where('scan_id', '=', 'scan-twin-000001')
        .execute();
      expect(scans).toHaveLength(1);
    });

    it('judges a queued scan by when it was scanned, and refuses a device time in the future', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      server().clock.set(END + 60 * MINUTE_MS);
      const send = (scanId: string, scannedAt: number) =>
        call(
          server(),
          CheckInTicketDocument,
          { token: booking.ticketToken!, scanId, scannedAt: iso(scannedAt) },
          staff.checker.token,
        );

      expect(await send('scan-future-0001', END + 70 * MINUTE_MS)).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ path: 'scannedAt' }],
      });
      expect(await send('scan-early-00001', OPENS - 1)).toMatchObject({ reason: 'TOO_EARLY' });
      // Scanned within the window while offline, synced after the door closed: admitted.
      expect(successData(await send('scan-inside-0001', END - MINUTE_MS))).toMatchObject({ admitted: 1 });
    });

    it('settles one ticket scanned at two doors: one admits, the other is told when it came in', async () => {
      const slot = await todaysSlot();
      const booking = await bookOk(server(), await signInCitizen(server()), slot.id);
      const otherDoor = staff.manager;
      server().clock.set(at(TEST_TODAY, '14:20'));
      const send = (who: { token: string }, scanId: string, minute: string) =>
        call(
          server(),
          CheckInTicketDocument,
          { token: booking.visitors[0].ticketToken!, scanId, scannedAt: iso(at(TEST_TODAY, minute)) },
          who.token,
        );

      const answers = await Promise.all([
        send(staff.checker, 'door-a-scan-0001', '14:12'),
        send(otherDoor, 'door-b-scan-0001', '14:10'),
      ]);
      const won = answers.filter((a) => a.__typename === 'MutationCheckInTicketSuccess');
      const lost = answers.filter((a) => a.__typename === 'TicketRejectedError');
      expect(won).toHaveLength(1);
      expect(lost).toMatchObject([{ reason: 'ALREADY_CHECKED_IN', checkedInAt: expect.any(String) }]);
      expect((await bookingById(server(), staff.checker.token, booking.id))!.checkedInCount).toBe(1);
    });
  });
});
