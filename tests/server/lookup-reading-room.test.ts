// Reading-room appointments come from the scheduling module: each archive's reading room is a calendar of mode
// READING_ROOM whose seats are slots (weekly plan, closed days, capacity). Lookups add that a seat belongs to a
// request that needs a visit, a lead time in working days and the city's holidays. Reading rooms never show up
// as exhibitions, and exhibition bookings cannot take their seats.

import { describe, expect, it } from 'vitest';
import { READING_ROOM_NO_WALKINS } from '../../server/src/modules/door/door.service';
import { cancelVisitIfBooked, listVisitsOfRequests } from '../../server/src/modules/lookup/lookup.repository';
import { at, book, outboxOf, resultAs, successData, TEST_TODAY, visitors } from '../testkit/booking';
import { dialects } from '../testkit/dialects';
import {
  BookLookupVisitDocument,
  CancelLookupVisitDocument,
  ClearWorkingCalendarDayDocument,
  CloseSlotDocument,
  ExhibitionByIdDocument,
  ExhibitionsDocument,
  LookupArchivesDocument,
  ReadingRoomCalendarIdDocument,
  ReadingRoomDocument,
  RegisterWalkInDocument,
  SaveExhibitionDocument,
  SetLookupSettingsDocument,
  SetWorkingCalendarDayDocument,
  StaffExhibitionTitlesDocument,
  WithdrawLookupRequestDocument,
} from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { branchId, lookupRequest, submitLookupOk } from '../testkit/lookup';
import { type SignedInAs, signInCitizen } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const WEDNESDAY = '2026-11-25';
const THURSDAY = '2026-11-26';
const SATURDAY = '2026-11-28';
const iso = (date: string, time: string) => new Date(at(date, time)).toISOString();

describe.each(dialects)('reading-room appointments (%s)', (dialect) => {
  const { server, staff } = useStaffSuite(
    { dialect, resetClock: false },
    {
      admin: ['ADMIN'],
      xiangcheng: ['BRANCH_STAFF', { branchCode: 'xiangcheng' }],
    },
  );

  async function readingRoom(code: string, date: string, from = TEST_TODAY, days = 7) {
    const archive = await call(server(), ReadingRoomDocument, {
      branchId: await branchId(server(), code),
      from,
      days,
      date,
    });
    if (!archive?.readingRoom) throw new Error(`no reading room at ${code}`);
    return archive.readingRoom;
  }
  async function seat(code: string, date: string, time: string) {
    const slot = (await readingRoom(code, date)).slots.find((s) => s.startAt === iso(date, time));
    if (!slot) throw new Error(`no ${time} session on ${date} at ${code}`);
    return slot;
  }
  const bookSeat = (citizen: SignedInAs, requestId: string, slotId: string) =>
    call(server(), BookLookupVisitDocument, { requestId, slotId }, citizen.token);

  it('gives each of the 12 archives a reading room: Tuesday to Saturday, two sessions of six seats, one working day ahead', async () => {
    const archives = await call(server(), LookupArchivesDocument, {});
    expect(archives).toHaveLength(12);
    expect(archives[0]).toMatchObject({
      branch: { code: 'city' },
      enabledRecordTypes: [
        'MARRIAGE',
        'EDUCATED_YOUTH',
        'EMPLOYMENT',
        'SCHOOL',
        'MILITARY',
        'FAMILY_PLANNING',
        'PROPERTY',
        'TITLES',
        'RETIREMENT',
        'NOTARY',
        'OTHER',
      ],
      targets: { acceptDays: 1, answerDays: 4, notifyDays: 2 },
      visitLeadDays: 1,
    });
    const room = await readingRoom('xiangcheng', WEDNESDAY);
    expect(room.calendar.map((d) => [d.date, d.availability, d.remaining, d.closedReason])).toEqual([
      ['2026-11-24', 'CLOSED', 0, '需至少提前一个工作日预约'],
      ['2026-11-25', 'AVAILABLE', 12, null],
      ['2026-11-26', 'AVAILABLE', 12, null],
      ['2026-11-27', 'AVAILABLE', 12, null],
      ['2026-11-28', 'AVAILABLE', 12, null],
      ['2026-11-29', 'CLOSED', 0, '闭馆日'],
      ['2026-11-30', 'CLOSED', 0, '闭馆日'],
    ]);
    expect(room.slots.map((s) => [s.startAt, s.endAt, s.capacity, s.remaining])).toEqual([
      [iso(WEDNESDAY, '09:00'), iso(WEDNESDAY, '11:30'), 6, 6],
      [iso(WEDNESDAY, '14:30'), iso(WEDNESDAY, '17:00'), 6, 6],
    ]);
  });

  it('keeps reading rooms out of every exhibition list and page, and their seats out of exhibition bookings', async () => {
    const calendar = await call(
      server(),
      ReadingRoomCalendarIdDocument,
      { branchId: await branchId(server(), 'city') },
      staff.admin.token,
    );
    const roomId = calendar?.readingRoom?.calendarId as string;
    expect(roomId).toMatch(/^\d+$/);
    const listed = await call(server(), ExhibitionsDocument, { first: 50 });
    expect(listed.edges.filter((e) => e.node.id === roomId || e.node.mode === 'READING_ROOM')).toEqual([]);
    expect(
      (await call(server(), StaffExhibitionTitlesDocument, {}, staff.admin.token)).filter((e) => e.id === roomId),
    ).toEqual([]);
    expect(await call(server(), ExhibitionByIdDocument, { id: roomId })).toBeNull();
    const slot = await seat('city', WEDNESDAY, '09:00');
    expect((await book(server(), await signInCitizen(server()), slot.id)).__typename).toBe('SlotNotFoundError');
    const edit = await call(
      server(),
      SaveExhibitionDocument,
      {
        input: {
          id: roomId,
          title: '改成展览',
          mode: 'ONSITE',
          summary: '简介',
          description: '介绍',
          opensOn: TEST_TODAY,
        },
      },
      staff.admin.token,
    );
    expect(edit.__typename).toBe('NotFoundError');
    // Citizens are not even told the calendar's id.
    const anonymous = await server().execute(ReadingRoomCalendarIdDocument, {
      branchId: await branchId(server(), 'city'),
    });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('books a seat for a request that needs a visit, once, and gives it back when cancelled or when the request is withdrawn', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng', use: 'READ' });
    expect(filed.needsVisit).toBe(true);
    const morning = await seat('xiangcheng', WEDNESDAY, '09:00');
    const afternoon = await seat('xiangcheng', WEDNESDAY, '14:30');
    const booked = successData(await bookSeat(citizen, filed.id, morning.id));
    expect(booked.visit).toMatchObject({
      status: 'BOOKED',
      visitDate: WEDNESDAY,
      slot: { id: morning.id, remaining: 5 },
    });
    expect(resultAs(await bookSeat(citizen, filed.id, afternoon.id), 'LookupVisitNotAvailableError').visitReason).toBe(
      'ALREADY_BOOKED',
    );
    expect((await seat('xiangcheng', WEDNESDAY, '14:30')).remaining).toBe(6);

    const cancelled = successData(
      await call(server(), CancelLookupVisitDocument, { requestId: filed.id }, citizen.token),
    );
    expect(cancelled.visit).toMatchObject({ status: 'CANCELLED', cancelReason: '本人取消', slot: { remaining: 6 } });
    expect(
      resultAs(
        await call(server(), CancelLookupVisitDocument, { requestId: filed.id }, citizen.token),
        'LookupVisitNotAvailableError',
      ).visitReason,
    ).toBe('NONE_BOOKED');

    successData(await bookSeat(citizen, filed.id, afternoon.id));
    expect((await seat('xiangcheng', WEDNESDAY, '14:30')).remaining).toBe(5);
    const withdrawn = successData(await call(server(), WithdrawLookupRequestDocument, { id: filed.id }, citizen.token));
    expect(withdrawn.visit).toMatchObject({ status: 'CANCELLED', cancelReason: '申请已结束', slot: { remaining: 6 } });
    const timeline = (await lookupRequest(server(), citizen.token, filed.id))?.timeline ?? [];
    expect(timeline.map((e) => [e.kind, e.note])).toEqual([
      ['SUBMIT', null],
      ['BOOK_VISIT', '2026-11-25 09:00–11:30'],
      ['CANCEL_VISIT', null],
      ['BOOK_VISIT', '2026-11-25 14:30–17:00'],
      ['WITHDRAW', null],
      ['CANCEL_VISIT', '申请已结束'],
    ]);
    expect(resultAs(await bookSeat(citizen, filed.id, afternoon.id), 'LookupVisitNotAvailableError').visitReason).toBe(
      'REQUEST_CLOSED',
    );
    // The cancelling statement itself cancels a visit once, so a seat is never given back twice by two cancels
    // that both read the visit as booked.
    const [visit] = await listVisitsOfRequests(server().db, [Number(filed.id)]);
    expect(await cancelVisitIfBooked(server().db, visit.id, { now: server().clock.now(), reason: '重复' })).toBe(false);
    expect((await seat('xiangcheng', WEDNESDAY, '14:30')).remaining).toBe(6);
  });

  it('refuses walk-ins into a reading-room session: its seats are for 查档 appointments only', async () => {
    const session = await seat('xiangcheng', WEDNESDAY, '09:00');
    const answer = await call(
      server(),
      RegisterWalkInDocument,
      { slotId: session.id, visitors: visitors(1) },
      staff.xiangcheng.token,
    );
    expect(answer).toMatchObject({
      __typename: 'SlotClosedError',
      message: `该场次已关闭：${READING_ROOM_NO_WALKINS}`,
    });
    expect((await seat('xiangcheng', WEDNESDAY, '09:00')).remaining).toBe(session.remaining);
  });

  it('books seats only for requests that need a visit, and only in the receiving archive’s reading room', async () => {
    const citizen = await signInCitizen(server());
    const copies = await submitLookupOk(server(), citizen, { receiving: 'xiangcheng', use: 'COPY' });
    const slot = await seat('xiangcheng', WEDNESDAY, '09:00');
    expect(resultAs(await bookSeat(citizen, copies.id, slot.id), 'LookupVisitNotAvailableError').visitReason).toBe(
      'NOT_NEEDED',
    );
    const reading = await submitLookupOk(server(), citizen, {
      receiving: 'xiangcheng',
      use: 'READ',
      recordType: 'RETIREMENT',
      clues: { description: '离休审批表' },
    });
    const elsewhere = await seat('longhai', WEDNESDAY, '09:00');
    expect((await bookSeat(citizen, reading.id, elsewhere.id)).__typename).toBe('SlotNotFoundError');
    expect((await bookSeat(citizen, reading.id, 'abc')).__typename).toBe('SlotNotFoundError');
  });

  it('refuses a seat sooner than the archive’s lead time in working days, and on the city’s holidays', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, {
      receiving: 'xiangcheng',
      use: 'READ',
      recordType: 'MILITARY',
      clues: { unit: '31集团军', year: '1979' },
    });
    const today = await seat('xiangcheng', TEST_TODAY, '14:30');
    expect(resultAs(await bookSeat(citizen, filed.id, today.id), 'LookupVisitTooSoonError').earliestDate).toBe(
      WEDNESDAY,
    );

    const xiangchengId = await branchId(server(), 'xiangcheng');
    const settings = (visitLeadDays: number) => ({
      branchId: xiangchengId,
      settings: {
        enabledRecordTypes: ['MILITARY' as const, 'EMPLOYMENT' as const, 'RETIREMENT' as const],
        targets: { acceptDays: 1, answerDays: 4, notifyDays: 2 },
        visitLeadDays,
      },
    });
    successData(await call(server(), SetLookupSettingsDocument, settings(2), staff.xiangcheng.token));
    const wednesday = await seat('xiangcheng', WEDNESDAY, '09:00');
    expect(resultAs(await bookSeat(citizen, filed.id, wednesday.id), 'LookupVisitTooSoonError').earliestDate).toBe(
      THURSDAY,
    );
    successData(await call(server(), SetLookupSettingsDocument, settings(1), staff.xiangcheng.token));

    // On a Friday, one working day ahead is the Monday: Saturday's seats are too soon.
    server().clock.set(at('2026-11-27', '10:00'));
    const saturday = await seat('xiangcheng', SATURDAY, '09:00');
    expect(resultAs(await bookSeat(citizen, filed.id, saturday.id), 'LookupVisitTooSoonError').earliestDate).toBe(
      '2026-11-30',
    );
    server().clock.set(at(TEST_TODAY, '10:00'));

    successData(
      await call(
        server(),
        SetWorkingCalendarDayDocument,
        { date: THURSDAY, kind: 'HOLIDAY', note: '测试假日' },
        staff.admin.token,
      ),
    );
    const thursday = (await readingRoom('xiangcheng', THURSDAY)).calendar.find((d) => d.date === THURSDAY);
    expect(thursday).toEqual({ date: THURSDAY, availability: 'CLOSED', remaining: 0, closedReason: '法定节假日闭馆' });
    const holidaySeat = await seat('xiangcheng', THURSDAY, '09:00');
    expect(resultAs(await bookSeat(citizen, filed.id, holidaySeat.id), 'SlotClosedError').closedReason).toBe(
      '法定节假日闭馆',
    );
    successData(await call(server(), ClearWorkingCalendarDayDocument, { date: THURSDAY }, staff.admin.token));
    expect(successData(await bookSeat(citizen, filed.id, holidaySeat.id)).visit?.status).toBe('BOOKED');
  });

  it('cancels the appointments of a reading-room session staff close, telling each citizen once', async () => {
    const citizen = await signInCitizen(server());
    const filed = await submitLookupOk(server(), citizen, {
      receiving: 'xiangcheng',
      use: 'READ',
      recordType: 'SCHOOL',
      clues: { school: '芗城实验小学', fromYear: '1970', toYear: '1976' },
    });
    const slot = await seat('xiangcheng', SATURDAY, '14:30');
    successData(await bookSeat(citizen, filed.id, slot.id));
    const closed = successData(
      await call(server(), CloseSlotDocument, { slotId: slot.id, reason: '阅览室设备检修' }, staff.xiangcheng.token),
    );
    expect(closed.status).toBe('CLOSED');
    const after = await lookupRequest(server(), citizen.token, filed.id);
    expect(after?.visit).toMatchObject({ status: 'CANCELLED', cancelReason: '阅览室设备检修' });
    expect(after?.timeline.at(-1)).toMatchObject({
      kind: 'CANCEL_VISIT',
      branch: { code: 'xiangcheng' },
      note: '阅览室设备检修',
    });
    expect((await outboxOf(server(), [citizen.accountId])).map((m) => [m.kind, JSON.parse(m.payload)])).toEqual([
      ['LOOKUP_VISIT_CANCELLED', { requestId: Number(filed.id), slotId: Number(slot.id), reason: '阅览室设备检修' }],
    ]);
  });
});
