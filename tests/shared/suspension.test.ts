// The suspension rule on its own, with instants written out by hand: three no-shows whose first and third
// lie less than 180 days apart suspend booking for 60 days from the third; nothing else does.
import { NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS, suspensionAt } from '@zz/shared';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-01T02:00:00Z');
const day = (n: number) => T0 + n * DAY;

describe('suspension after no-shows', () => {
  it('uses the published rule: 3 no-shows within 180 days suspend for 60 days', () => {
    expect([NO_SHOW_LIMIT, NO_SHOW_WINDOW_DAYS, SUSPENSION_DAYS]).toEqual([3, 180, 60]);
  });

  it('suspends from the third of three no-shows over 150 days, for 60 days', () => {
    const strikes = [day(0), day(70), day(150)];
    expect(suspensionAt(strikes, day(151))).toEqual({
      recentStrikes: 3,
      suspendedFrom: day(150),
      suspendedUntil: day(210),
    });
  });

  it('does not suspend when the three no-shows span 180 days or more, and does 1 ms inside', () => {
    expect(suspensionAt([day(0), day(90), day(180)], day(181)).suspendedUntil).toBeNull();
    expect(suspensionAt([day(0), day(90), day(180) - 1], day(181)).suspendedUntil).toBe(day(240) - 1);
  });

  it('ends the suspension exactly 60 days after the third no-show', () => {
    const strikes = [day(0), day(10), day(20)];
    expect(suspensionAt(strikes, day(80) - 1).suspendedUntil).toBe(day(80));
    expect(suspensionAt(strikes, day(80))).toEqual({ recentStrikes: 3, suspendedFrom: null, suspendedUntil: null });
  });

  it('reads the strikes in any order', () => {
    const sorted = suspensionAt([day(0), day(70), day(150)], day(151));
    expect(suspensionAt([day(150), day(0), day(70)], day(151))).toEqual(sorted);
    expect(suspensionAt([day(70), day(150), day(0)], day(151))).toEqual(sorted);
  });

  it('counts only two no-shows as no suspension, however close', () => {
    expect(suspensionAt([day(0), day(1)], day(2)).suspendedUntil).toBeNull();
  });

  it('takes the newest run of three: an old run that has expired does not hide a new one', () => {
    // 0, 10, 20 expired at day 80; 300, 310, 320 suspend until 380.
    const strikes = [day(0), day(10), day(20), day(300), day(310), day(320)];
    expect(suspensionAt(strikes, day(330)).suspendedUntil).toBe(day(380));
  });

  it('ignores strikes after `now` and counts the recent ones inside the 180-day window', () => {
    expect(suspensionAt([day(0), day(10), day(400)], day(20)).suspendedUntil).toBeNull();
    expect(suspensionAt([day(0), day(100), day(200)], day(200)).recentStrikes).toBe(2);
  });
});
