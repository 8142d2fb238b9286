// The day labels of the visit calendar (未开展 / 已结束 / 闭馆 / 未放票 / 约满 / 余量) and the card's glance, with
// a test clock: fixed instants in business time (Asia/Shanghai), at and around each edge.
import {
  addDays,
  bookingGlanceOf,
  type DayAvailabilityInput,
  type DayDecision,
  DEFAULT_BOOKING_POLICY,
  decideDay,
  decideDays,
  instantOf,
  MINUTE_MS,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

// Wednesday 2026-12-09; Mondays are closed by default; days are released 7 days ahead at 20:00.
const WEDNESDAY = '2026-12-09';
const policy = { ...DEFAULT_BOOKING_POLICY, closeMinutesBeforeStart: 30 };
const run = { opensOn: '2026-12-01', closesOn: '2027-01-31' };
const slotOn = (date: string, time: string, remaining = 10, status: 'OPEN' | 'CLOSED' = 'OPEN') => ({
  visitDate: date,
  startAt: instantOf(date, time),
  status,
  remaining,
});
const day = (overrides: Partial<DayAvailabilityInput> = {}): DayDecision =>
  decideDay({
    date: WEDNESDAY,
    now: instantOf(WEDNESDAY, '08:00'),
    slots: [slotOn(WEDNESDAY, '09:00', 12), slotOn(WEDNESDAY, '14:00', 8)],
    closureReason: null,
    policy,
    exhibition: run,
    ...overrides,
  });

describe('decideDay', () => {
  it('says 余量 with the places of every slot still taking bookings', () => {
    expect(day()).toMatchObject({ availability: 'AVAILABLE', remaining: 20, closedReason: null });
  });

  it('stops counting a slot at the instant it stops taking bookings, not at its start', () => {
    const closesAt = instantOf(WEDNESDAY, '09:00') - 30 * MINUTE_MS;
    expect(day({ now: closesAt - 1 })).toMatchObject({ availability: 'AVAILABLE', remaining: 20 });
    expect(day({ now: closesAt })).toMatchObject({ availability: 'AVAILABLE', remaining: 8 });
  });

  it('says 已结束 today from the instant the last slot stops taking bookings', () => {
    const lastClosesAt = instantOf(WEDNESDAY, '14:00') - 30 * MINUTE_MS;
    expect(day({ now: lastClosesAt - 1 }).availability).toBe('AVAILABLE');
    expect(day({ now: lastClosesAt })).toMatchObject({ availability: 'ENDED', remaining: 0 });
    expect(day({ now: instantOf(WEDNESDAY, '23:59') }).availability).toBe('ENDED');
  });

  it('says 约满 when the bookable slots have no place left', () => {
    const full = [slotOn(WEDNESDAY, '09:00', 0), slotOn(WEDNESDAY, '14:00', 0)];
    expect(day({ slots: full })).toMatchObject({ availability: 'FULL', remaining: 0 });
  });

  it('says 未放票 until the release instant, 7 days ahead at 20:00, and opens at that instant', () => {
    const releaseAt = instantOf(addDays(WEDNESDAY, -7), '20:00');
    const before = day({ now: releaseAt - 1 });
    expect(before).toMatchObject({ availability: 'NOT_OPEN_YET', releaseAt });
    expect(day({ now: releaseAt })).toMatchObject({ availability: 'AVAILABLE', remaining: 20, releaseAt });
  });

  it('says 闭馆 on the weekly closed day, with its reason, and on a day staff closed, with theirs', () => {
    const monday = '2026-12-14';
    expect(day({ date: monday, slots: [slotOn(monday, '09:00')] })).toMatchObject({
      availability: 'CLOSED',
      remaining: 0,
      closedReason: '闭馆日',
    });
    expect(day({ closureReason: '设备检修' })).toMatchObject({ availability: 'CLOSED', closedReason: '设备检修' });
  });

  it('says 闭馆 on an open day without sessions, or whose sessions staff closed', () => {
    expect(day({ slots: [] })).toMatchObject({ availability: 'CLOSED', closedReason: null });
    expect(day({ slots: [slotOn(WEDNESDAY, '09:00', 10, 'CLOSED')] }).availability).toBe('CLOSED');
  });

  it('says 未开展 on every day before the opening day, and decides the opening day by its slots', () => {
    const opening = { opensOn: WEDNESDAY, closesOn: null };
    const eve = addDays(WEDNESDAY, -1);
    expect(day({ date: eve, slots: [slotOn(eve, '09:00')], exhibition: opening })).toMatchObject({
      availability: 'NOT_STARTED',
      remaining: 0,
    });
    expect(day({ exhibition: opening })).toMatchObject({ availability: 'AVAILABLE', remaining: 20 });
  });

  it('keeps the closing day bookable and says 已结束 from the day after it', () => {
    const closing = { opensOn: run.opensOn, closesOn: WEDNESDAY };
    expect(day({ exhibition: closing }).availability).toBe('AVAILABLE');
    const after = addDays(WEDNESDAY, 1);
    expect(day({ date: after, slots: [slotOn(after, '09:00')], exhibition: closing })).toMatchObject({
      availability: 'ENDED',
      remaining: 0,
    });
  });

  it('says 未开展 / 已结束 rather than 闭馆 even on a weekly closed day outside the run', () => {
    const monday = '2026-12-14';
    expect(day({ date: monday, exhibition: { opensOn: '2026-12-20', closesOn: null } }).availability).toBe(
      'NOT_STARTED',
    );
    expect(day({ date: monday, exhibition: { opensOn: run.opensOn, closesOn: '2026-12-13' } }).availability).toBe(
      'ENDED',
    );
  });

  it('says 已结束 for a day already past', () => {
    const yesterday = addDays(WEDNESDAY, -1);
    expect(day({ date: yesterday, slots: [slotOn(yesterday, '09:00')] }).availability).toBe('ENDED');
  });
});

describe('decideDays', () => {
  it('decides each day from its own slots and closures', () => {
    const thursday = addDays(WEDNESDAY, 1);
    const days = decideDays(WEDNESDAY, 2, {
      now: instantOf(WEDNESDAY, '08:00'),
      slots: [slotOn(WEDNESDAY, '09:00', 3), slotOn(thursday, '09:00', 5)],
      closures: new Map([[thursday, '布展']]),
      policy,
      exhibition: run,
    });
    expect(days.map((d) => [d.date, d.availability, d.remaining])).toEqual([
      [WEDNESDAY, 'AVAILABLE', 3],
      [thursday, 'CLOSED', 0],
    ]);
  });
});

describe('bookingGlanceOf', () => {
  const at = (date: string, availability: DayDecision['availability'], remaining = 0) => ({
    date,
    availability,
    remaining,
    releaseAt: `${date}T12:00:00.000Z`,
  });
  const d = (n: number) => addDays(WEDNESDAY, n);

  it('names the first day with places and how many', () => {
    const days = [at(d(0), 'ENDED'), at(d(1), 'FULL'), at(d(2), 'AVAILABLE', 37), at(d(3), 'AVAILABLE', 5)];
    expect(bookingGlanceOf(days, run)).toEqual({ state: 'AVAILABLE', date: d(2), remaining: 37, releaseAt: null });
  });

  it('says 约满 with when the next day is released', () => {
    const days = [at(d(0), 'FULL'), at(d(1), 'CLOSED'), at(d(2), 'NOT_OPEN_YET', 40)];
    expect(bookingGlanceOf(days, run)).toEqual({
      state: 'FULL',
      date: d(0),
      remaining: 0,
      releaseAt: `${d(2)}T12:00:00.000Z`,
    });
  });

  it('says 未放票 with the first day to be released', () => {
    const days = [at(d(0), 'CLOSED'), at(d(1), 'NOT_OPEN_YET', 40)];
    expect(bookingGlanceOf(days, run)).toMatchObject({ state: 'NOT_OPEN_YET', date: d(1) });
  });

  it('says 未开展 with the opening day, even beyond the days looked at', () => {
    const upcoming = { opensOn: d(30), closesOn: null };
    expect(bookingGlanceOf([at(d(0), 'NOT_STARTED'), at(d(1), 'NOT_STARTED')], upcoming)).toEqual({
      state: 'NOT_STARTED',
      date: d(30),
      remaining: 0,
      releaseAt: null,
    });
  });

  it('says 已结束 once every day of the run left is over, and 暂无场次 when days are merely closed', () => {
    const closingToday = { opensOn: run.opensOn, closesOn: d(0) };
    expect(bookingGlanceOf([at(d(0), 'ENDED'), at(d(1), 'ENDED')], closingToday).state).toBe('ENDED');
    expect(bookingGlanceOf([at(d(0), 'CLOSED'), at(d(1), 'ENDED')], closingToday).state).toBe('NONE');
    expect(bookingGlanceOf([at(d(0), 'ENDED'), at(d(1), 'CLOSED')], run).state).toBe('NONE');
  });
});
