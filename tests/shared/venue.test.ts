// The venue model written once in shared/archives (the staff form and saveVenue parse with it) and the helpers
// citizens' pages read venues with: hours in words, open now in business time, the number to dial.
import {
  dialableNumber,
  formatVenueHours,
  instantOf,
  type VenueHours,
  venueFormModel,
  venueOpenStateAt,
  venueOpenStateText,
  venuePhoneMessage,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { venueInput } from '../testkit/venues';

const day = (open: string, close: string) => ({ open, close });
const TUE_TO_SUN: VenueHours = {
  days: [null, ...Array.from({ length: 6 }, () => day('09:00', '17:30'))],
  lunch: { start: '12:00', end: '14:30' },
  notes: null,
};

describe('opening hours in words', () => {
  it('says the closed weekday and the periods around the lunch break', () => {
    expect(formatVenueHours(TUE_TO_SUN)).toBe('周一闭馆，9:00–12:00，14:30–17:30');
  });

  it('says 每天 when no day is closed and there is no lunch break', () => {
    expect(
      formatVenueHours({ days: Array.from({ length: 7 }, () => day('08:30', '18:00')), lunch: null, notes: null }),
    ).toBe('每天 8:30–18:00');
  });

  it('groups days with different hours, runs of three or more as 至', () => {
    const hours: VenueHours = {
      days: [
        null,
        day('09:00', '17:00'),
        day('09:00', '17:00'),
        day('09:00', '17:00'),
        day('09:00', '17:00'),
        day('09:00', '12:00'),
        null,
      ],
      lunch: null,
      notes: null,
    };
    expect(formatVenueHours(hours)).toBe('周一、周日闭馆；周二至周五 9:00–17:00；周六 9:00–12:00');
  });

  it('ignores a lunch break outside a short day', () => {
    const hours: VenueHours = {
      ...TUE_TO_SUN,
      days: [null, ...Array.from({ length: 6 }, () => day('09:00', '11:30'))],
    };
    expect(formatVenueHours(hours)).toBe('周一闭馆，9:00–11:30');
  });

  it('says 暂停开放 when every day is closed', () => {
    expect(formatVenueHours({ days: Array(7).fill(null), lunch: null, notes: null })).toBe('暂停开放');
  });
});

describe('open now, in Asia/Shanghai whatever the host’s zone', () => {
  // 2026-11-24 is a Tuesday, 2026-11-23 a Monday.
  const at = (date: string, time: string) => venueOpenStateAt(TUE_TO_SUN, instantOf(date, time));

  it('is open in the morning and afternoon periods, with when it closes', () => {
    expect(at('2026-11-24', '10:00')).toEqual({ open: true, closesAt: '12:00' });
    expect(at('2026-11-24', '14:30')).toEqual({ open: true, closesAt: '17:30' });
    expect(venueOpenStateText(at('2026-11-24', '15:00'))).toBe('开放中 · 17:30闭馆');
  });

  it('is closed before opening, at lunch, after closing and all day on the closed weekday', () => {
    expect(at('2026-11-24', '08:59')).toEqual({ open: false, reason: 'BEFORE_OPENING', opensAt: '09:00' });
    expect(at('2026-11-24', '12:00')).toEqual({ open: false, reason: 'LUNCH', opensAt: '14:30' });
    expect(at('2026-11-24', '17:30')).toEqual({ open: false, reason: 'AFTER_CLOSING', opensAt: null });
    expect(at('2026-11-23', '10:00')).toEqual({ open: false, reason: 'CLOSED_TODAY', opensAt: null });
    expect(venueOpenStateText(at('2026-11-24', '12:30'))).toBe('午休 · 14:30开放');
    expect(venueOpenStateText(at('2026-11-23', '10:00'))).toBe('今日闭馆');
  });

  it('counts the business day, not UTC’s: 00:30 Tuesday in Shanghai is still Monday 16:30 UTC', () => {
    // Open Monday 16:00–17:00: read in UTC, that instant would be Monday 16:30 and open.
    const mondayAfternoon: VenueHours = { ...TUE_TO_SUN, days: [day('16:00', '17:00'), ...TUE_TO_SUN.days.slice(1)] };
    expect(venueOpenStateAt(mondayAfternoon, instantOf('2026-11-24', '00:30'))).toEqual({
      open: false,
      reason: 'BEFORE_OPENING',
      opensAt: '09:00',
    });
  });
});

describe('the venue form model', () => {
  it('accepts a full venue and gives the hours as stored', () => {
    const parsed = venueFormModel.parse(venueInput());
    expect(parsed.hours.days[0]).toBeNull();
    expect(parsed.hours.days[1]).toEqual({ open: '09:00', close: '17:30' });
    expect(parsed.hours.lunch).toEqual({ start: '12:00', end: '14:30' });
    expect(parsed.address).toBe('漳州市芗城区测试路8号');
  });

  it('makes blank optional texts null and allows no phone, no coordinates and no lunch break', () => {
    const input = venueInput({ phone: '  ', transport: '', latitude: null, longitude: null });
    input.hours.lunchStart = null;
    input.hours.lunchEnd = null;
    const parsed = venueFormModel.parse(input);
    expect(parsed).toMatchObject({ phone: null, transport: null, latitude: null, longitude: null });
    expect(parsed.hours.lunch).toBeNull();
  });

  it('reports each bad field at its path', () => {
    const input = venueInput({ address: '', latitude: 24.5, longitude: null });
    input.hours.days[3] = { closed: false, open: '9点', close: '17:00' };
    input.hours.lunchStart = '14:00';
    input.hours.lunchEnd = '12:00';
    const result = venueFormModel.safeParse(input);
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['address', 'longitude', 'hours.days.3.open', 'hours.lunchEnd']));
  });

  it('refuses swapped coordinates and needs seven days', () => {
    const swapped = venueFormModel.safeParse(venueInput({ latitude: 117.6, longitude: 24.5 }));
    expect(swapped.error?.issues.map((i) => i.path.join('.'))).toEqual(['latitude', 'longitude']);
    const input = venueInput();
    input.hours.days = input.hours.days.slice(0, 6);
    expect(venueFormModel.safeParse(input).error?.issues[0].path.join('.')).toBe('hours.days');
  });
});

describe('phone numbers', () => {
  it('accepts numbers as people write them and refuses words', () => {
    for (const ok of ['0596-1234567', '+1 202-555-0101', '(0596) 123 4567', '0596-1234567 转 8001', '12345']) {
      expect(venuePhoneMessage(ok)).toBeNull();
    }
    for (const bad of ['请致电咨询', '1234', '0596-123456789012345678']) expect(venuePhoneMessage(bad)).not.toBeNull();
  });

  it('dials the plus and digits, without the extension', () => {
    expect(dialableNumber('+1 202-555-0101')).toBe('+12025550101');
    expect(dialableNumber('0596-1234567 转 8001')).toBe('05961234567');
  });
});
