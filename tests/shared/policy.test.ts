// The instants a booking policy implies, each written out by hand in Asia/Shanghai (UTC+8): when a day's
// slots are released, when booking closes, when cancelling becomes a no-show, when walk-in places go online,
// the check-in window, and the weekly closed days.
import {
  type BookingPolicy,
  bookingClosesAt,
  cancelCutoffAt,
  checkInWindow,
  isWeeklyClosedDay,
  releaseInstantOf,
  walkinReleaseAt,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

/** A Shanghai wall-clock instant, written with its offset so the expectation never goes through instantOf. */
const shanghai = (dateTime: string) => Date.parse(`${dateTime}:00+08:00`);

const policy = (overrides: Partial<BookingPolicy> = {}): BookingPolicy => ({
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
  ...overrides,
});

/** Wednesday 25 November 2026, 14:00–15:30 in Shanghai, i.e. 06:00–07:30 UTC. */
const startAt = shanghai('2026-11-25T14:00');
const endAt = shanghai('2026-11-25T15:30');

describe('releaseInstantOf', () => {
  it('releases a day at the release time, releaseDaysAhead days before it', () => {
    // 20:00 in Shanghai on the day before is 12:00 UTC that day.
    expect(releaseInstantOf('2026-11-25', policy({ releaseDaysAhead: 1 }))).toBe(Date.parse('2026-11-24T12:00:00Z'));
    expect(releaseInstantOf('2026-11-25', policy({ releaseDaysAhead: 1 }))).toBe(shanghai('2026-11-24T20:00'));
    expect(releaseInstantOf('2026-12-01', policy({ releaseDaysAhead: 7 }))).toBe(shanghai('2026-11-24T20:00'));
    expect(releaseInstantOf('2026-11-25', policy({ releaseDaysAhead: 0, releaseTime: '09:00' }))).toBe(
      shanghai('2026-11-25T09:00'),
    );
  });

  it('counts days back across a year end and a leap day', () => {
    expect(releaseInstantOf('2027-01-03', policy({ releaseDaysAhead: 7 }))).toBe(shanghai('2026-12-27T20:00'));
    expect(releaseInstantOf('2028-03-01', policy({ releaseDaysAhead: 1 }))).toBe(shanghai('2028-02-29T20:00'));
    expect(releaseInstantOf('2027-03-01', policy({ releaseDaysAhead: 1 }))).toBe(shanghai('2027-02-28T20:00'));
  });

  it('takes a release time before 08:00 on the Shanghai date, which is the previous UTC date', () => {
    expect(releaseInstantOf('2026-11-25', policy({ releaseDaysAhead: 1, releaseTime: '00:30' }))).toBe(
      Date.parse('2026-11-23T16:30:00Z'),
    );
  });
});

describe('bookingClosesAt', () => {
  it('closes booking closeMinutesBeforeStart before the start', () => {
    expect(bookingClosesAt(startAt, policy({ closeMinutesBeforeStart: 0 }))).toBe(shanghai('2026-11-25T14:00'));
    expect(bookingClosesAt(startAt, policy({ closeMinutesBeforeStart: 30 }))).toBe(shanghai('2026-11-25T13:30'));
    expect(bookingClosesAt(startAt, policy({ closeMinutesBeforeStart: 1440 }))).toBe(shanghai('2026-11-24T14:00'));
  });

  it('reads closeMinutesBeforeStart, not another minutes field', () => {
    const closes = bookingClosesAt(
      startAt,
      policy({ closeMinutesBeforeStart: 45, cancelCutoffMinutes: 120, walkinReleaseMinutes: 60 }),
    );
    expect(closes).toBe(shanghai('2026-11-25T13:15'));
  });
});

describe('cancelCutoffAt', () => {
  it('is cancelCutoffMinutes before the start', () => {
    expect(cancelCutoffAt(startAt, policy({ cancelCutoffMinutes: 120 }))).toBe(shanghai('2026-11-25T12:00'));
    expect(cancelCutoffAt(startAt, policy({ cancelCutoffMinutes: 0 }))).toBe(shanghai('2026-11-25T14:00'));
    expect(cancelCutoffAt(startAt, policy({ cancelCutoffMinutes: 10080 }))).toBe(shanghai('2026-11-18T14:00'));
    expect(cancelCutoffAt(startAt, policy({ cancelCutoffMinutes: 90, closeMinutesBeforeStart: 30 }))).toBe(
      shanghai('2026-11-25T12:30'),
    );
  });
});

describe('walkinReleaseAt', () => {
  it('is walkinReleaseMinutes before the start', () => {
    expect(walkinReleaseAt(startAt, { walkinReleaseMinutes: 60 })).toBe(shanghai('2026-11-25T13:00'));
    expect(walkinReleaseAt(startAt, { walkinReleaseMinutes: 0 })).toBe(shanghai('2026-11-25T14:00'));
    expect(walkinReleaseAt(startAt, { walkinReleaseMinutes: 840 })).toBe(shanghai('2026-11-25T00:00'));
    expect(walkinReleaseAt(startAt, { walkinReleaseMinutes: 841 })).toBe(shanghai('2026-11-24T23:59'));
  });
});

describe('checkInWindow', () => {
  it('opens checkinEarlyMinutes before the start and closes checkinLateMinutes after the end', () => {
    expect(checkInWindow({ startAt, endAt }, policy({ checkinEarlyMinutes: 30, checkinLateMinutes: 15 }))).toEqual({
      opensAt: shanghai('2026-11-25T13:30'),
      closesAt: shanghai('2026-11-25T15:45'),
    });
    expect(checkInWindow({ startAt, endAt }, policy({ checkinEarlyMinutes: 0, checkinLateMinutes: 0 }))).toEqual({
      opensAt: shanghai('2026-11-25T14:00'),
      closesAt: shanghai('2026-11-25T15:30'),
    });
    expect(checkInWindow({ startAt, endAt }, policy({ checkinEarlyMinutes: 240, checkinLateMinutes: 240 }))).toEqual({
      opensAt: shanghai('2026-11-25T10:00'),
      closesAt: shanghai('2026-11-25T19:30'),
    });
  });
});

describe('isWeeklyClosedDay', () => {
  it('closes the ISO weekdays listed, Monday = 1 and Sunday = 7', () => {
    const mondays = policy({ closedWeekdays: [1] });
    expect(isWeeklyClosedDay('2026-11-23', mondays)).toBe(true); // Monday
    expect(isWeeklyClosedDay('2026-11-22', mondays)).toBe(false); // Sunday
    expect(isWeeklyClosedDay('2026-11-24', mondays)).toBe(false); // Tuesday
    const sundays = policy({ closedWeekdays: [7] });
    expect(isWeeklyClosedDay('2026-11-29', sundays)).toBe(true); // Sunday
    expect(isWeeklyClosedDay('2027-01-03', sundays)).toBe(true); // Sunday
    expect(isWeeklyClosedDay('2026-11-30', sundays)).toBe(false); // Monday
    expect(isWeeklyClosedDay('2026-11-28', sundays)).toBe(false); // Saturday
  });

  it('closes nothing with an empty list, and several days with several', () => {
    for (const date of ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']) {
      expect(isWeeklyClosedDay(date, policy({ closedWeekdays: [] })), date).toBe(false);
    }
    expect(isWeeklyClosedDay('2026-11-29', policy({ closedWeekdays: [] }))).toBe(false);
    const weekend = policy({ closedWeekdays: [6, 7] });
    expect(isWeeklyClosedDay('2026-11-27', weekend)).toBe(false); // Friday
    expect(isWeeklyClosedDay('2026-11-28', weekend)).toBe(true); // Saturday
    expect(isWeeklyClosedDay('2026-11-29', weekend)).toBe(true); // Sunday
  });
});
