// The door's one entry window (shared/visits/entry-window.ts), used for tickets, typed documents and walk-ins.
import {
  DEFAULT_BOOKING_POLICY,
  entryOpensText,
  entryRefusalAt,
  entryRefusalText,
  entryWindowOf,
  instantOf,
  MINUTE_MS,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

const slot = {
  visitDate: '2026-11-24',
  startAt: instantOf('2026-11-24', '09:00'),
  endAt: instantOf('2026-11-24', '11:30'),
};
const window = entryWindowOf(slot, { ...DEFAULT_BOOKING_POLICY, checkinEarlyMinutes: 30, checkinLateMinutes: 10 });

describe('the entry window', () => {
  it('opens the early minutes before the start and closes the late minutes after the end', () => {
    expect(window).toEqual({ opensAt: slot.startAt - 30 * MINUTE_MS, closesAt: slot.endAt + 10 * MINUTE_MS });
  });

  it('admits from the first to the last instant, and refuses a millisecond outside either edge', () => {
    expect(entryRefusalAt(slot, window, window.opensAt - 1)).toBe('TOO_EARLY');
    expect(entryRefusalAt(slot, window, window.opensAt)).toBeNull();
    expect(entryRefusalAt(slot, window, window.closesAt)).toBeNull();
    expect(entryRefusalAt(slot, window, window.closesAt + 1)).toBe('TOO_LATE');
  });

  it('refuses 00:05 of the day as too early, and another day as the wrong day', () => {
    expect(entryRefusalAt(slot, window, instantOf('2026-11-24', '00:05'))).toBe('TOO_EARLY');
    expect(entryRefusalAt(slot, window, instantOf('2026-11-23', '09:00'))).toBe('WRONG_DAY');
  });

  it('words the window as staff read it out', () => {
    expect(entryOpensText(slot, window)).toBe('09:00 场次 08:30 起可入场');
    expect(entryRefusalText('TOO_EARLY', slot, window)).toBe('尚未到入场时间：09:00 场次 08:30 起可入场');
    expect(entryRefusalText('TOO_LATE', slot, window)).toBe('入场时间已过：09:00 场次 11:40 停止入场');
  });
});
