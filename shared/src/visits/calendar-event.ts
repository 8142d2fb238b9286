// 添加到日历 on H5: a visit as an iCalendar event (RFC 5545), the file a phone's calendar imports. Pure, so the
// weapp (which asks WeChat's addPhoneCalendar instead) and tests share the same times and text.

export interface VisitEvent {
  /** Stable per booking, so importing the file twice updates one event instead of adding another. */
  uid: string;
  title: string;
  /** Instants in ms since the epoch (the slot's start and end). */
  startAt: number;
  endAt: number;
  location: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now: number;
}

/** 20261204T060000Z: UTC, so no time-zone block is needed and every calendar places it right. */
export function icsDateTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
export function icsText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Lines longer than 75 octets fold onto continuation lines starting with a space (RFC 5545 3.1); Chinese
 * characters take 3 octets in UTF-8, so the cut counts bytes and never splits a character.
 */
function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = new TextEncoder().encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** The whole file, CRLF line ends as the standard requires. */
export function visitEventIcs(event: VisitEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Zhangzhou Archives//zz-archive//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${icsText(event.uid)}`,
    `DTSTAMP:${icsDateTime(event.now)}`,
    `DTSTART:${icsDateTime(event.startAt)}`,
    `DTEND:${icsDateTime(event.endAt)}`,
    `SUMMARY:${icsText(event.title)}`,
    `LOCATION:${icsText(event.location)}`,
    `DESCRIPTION:${icsText(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
