// 添加到日历's .ics file: UTC times, escaped text, CRLF line ends, long lines folded without splitting a character.
import { describe, expect, it } from 'vitest';
import { icsDateTime, icsText, visitEventIcs } from '../../shared/src/visits/calendar-event';

const event = {
  uid: 'booking-42@zz-archive',
  title: '侨批档案展',
  // 14:00–16:00 in China (UTC+8) on 4 December 2026.
  startAt: Date.parse('2026-12-04T14:00:00+08:00'),
  endAt: Date.parse('2026-12-04T16:00:00+08:00'),
  location: '漳州市档案馆, 一楼展厅; 东门入口',
  description: '预约号 ABC\n请携带证件',
  now: Date.parse('2026-12-03T09:30:15.123Z'),
};

describe('a visit as an iCalendar event', () => {
  it('writes the start and end in UTC', () => {
    const ics = visitEventIcs(event);
    expect(ics).toContain('\r\nDTSTART:20261204T060000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261204T080000Z\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20261203T093015Z\r\n');
    expect(icsDateTime(Date.parse('2026-01-01T00:00:00Z'))).toBe('20260101T000000Z');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(icsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const ics = visitEventIcs(event);
    expect(ics).toContain('LOCATION:漳州市档案馆\\, 一楼展厅\\; 东门入口');
    expect(ics).toContain('DESCRIPTION:预约号 ABC\\n请携带证件');
  });

  it('ends every line with CRLF and folds long lines at 75 octets', () => {
    const ics = visitEventIcs({ ...event, description: '请提前十分钟到达展厅入口处出示电子票。'.repeat(4) });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // Unfolding gives the text back whole.
    expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:${'请提前十分钟到达展厅入口处出示电子票。'.repeat(4)}`);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
  });
});
