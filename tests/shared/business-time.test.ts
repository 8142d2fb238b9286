// Business time is Asia/Shanghai (UTC+8, no daylight saving): dates and times as the archives see them.
import {
  addDays,
  addMonths,
  businessDateOf,
  businessTimeOf,
  DAY_MS,
  datesOfMonth,
  daysBetween,
  formatBusinessDateTime,
  instantOf,
  isBusinessDate,
  isClockTime,
  isoWeekday,
  monthOf,
  weekdayLabel,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

describe('business date of an instant', () => {
  it('is already the next day in Shanghai at 16:00 UTC', () => {
    expect(businessDateOf(Date.parse('2026-11-24T16:30:00Z'))).toBe('2026-11-25');
    expect(businessTimeOf(Date.parse('2026-11-24T16:30:00Z'))).toBe('00:30');
    expect(businessDateOf(Date.parse('2026-11-24T15:59:59.999Z'))).toBe('2026-11-24');
    expect(businessDateOf(Date.parse('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  });

  it('formats instants in business time', () => {
    expect(formatBusinessDateTime(Date.parse('2026-12-31T16:05:00Z'))).toBe('2027-01-01 00:05');
  });
});

describe('instantOf', () => {
  it('is the UTC instant of a Shanghai wall-clock time', () => {
    expect(instantOf('2026-11-25', '00:30')).toBe(Date.parse('2026-11-24T16:30:00Z'));
    expect(instantOf('2026-11-25')).toBe(Date.parse('2026-11-24T16:00:00Z'));
    expect(instantOf('2026-11-24', '08:30')).toBe(Date.parse('2026-11-24T00:30:00Z'));
  });

  it('round-trips with businessDateOf and businessTimeOf', () => {
    const instant = instantOf('2026-03-01', '14:30');
    expect(businessDateOf(instant)).toBe('2026-03-01');
    expect(businessTimeOf(instant)).toBe('14:30');
  });
});

describe('calendar arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-24', 7)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(daysBetween('2026-11-24', addDays('2026-11-24', 45))).toBe(45);
  });

  it('pages through months across years, and lists the dates of a month, leap days included', () => {
    expect(monthOf('2026-11-24')).toBe('2026-11');
    expect(addMonths('2026-11', 1)).toBe('2026-12');
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2026-11', -23)).toBe('2024-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
    expect(datesOfMonth('2026-11')).toHaveLength(30);
    expect(datesOfMonth('2026-11')[0]).toBe('2026-11-01');
    expect(datesOfMonth('2026-11').at(-1)).toBe('2026-11-30');
    expect(datesOfMonth('2028-02')).toHaveLength(29);
    expect(datesOfMonth('2027-02').at(-1)).toBe('2027-02-28');
  });

  it('numbers weekdays 1 (Monday) to 7 (Sunday)', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-24')).toBe(2);
    expect(isoWeekday('2026-11-29')).toBe(7);
    expect(weekdayLabel('2026-11-23')).toBe('周一');
    expect(weekdayLabel('2026-11-29')).toBe('周日');
  });

  it('takes the weekday of the business date, not of the UTC date', () => {
    // Monday 00:30 in Shanghai is still Sunday in UTC.
    const mondayMorning = instantOf('2026-11-23', '00:30');
    expect(new Date(mondayMorning).getUTCDay()).toBe(0);
    expect(isoWeekday(businessDateOf(mondayMorning))).toBe(1);
    expect(businessDateOf(mondayMorning + DAY_MS)).toBe('2026-11-24');
  });

  it('validates dates and clock times', () => {
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2026-1-01')).toBe(false);
    expect(isClockTime('08:30')).toBe(true);
    expect(isClockTime('24:00')).toBe(false);
    expect(isClockTime('8:30')).toBe(false);
  });
});
