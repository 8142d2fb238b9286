// Business time is Asia/Shanghai. China has kept UTC+8 without daylight saving since 1991, so a fixed
// offset is exact and avoids depending on the host's time-zone database (mini-program runtimes lack Intl zones).

export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const MINUTE_MS = 60 * 1000;

/** A calendar date in business time, 'YYYY-MM-DD'. */
export type BusinessDate = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function isBusinessDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function businessDateOf(instantMs: number): BusinessDate {
  return new Date(instantMs + OFFSET_MS).toISOString().slice(0, 10);
}

/** 'HH:MM' of an instant in business time. */
export function businessTimeOf(instantMs: number): string {
  return new Date(instantMs + OFFSET_MS).toISOString().slice(11, 16);
}

/** The UTC instant of a business date at a business wall-clock time 'HH:MM'. */
export function instantOf(date: BusinessDate, time = '00:00'): number {
  return Date.parse(`${date}T${time}:00Z`) - OFFSET_MS;
}

export function addDays(date: BusinessDate, days: number): BusinessDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a business date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: BusinessDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function daysBetween(from: BusinessDate, to: BusinessDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

export function isClockTime(value: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
}

/** '2026-11-24 20:00' in business time, for messages. */
export function formatBusinessDateTime(instantMs: number): string {
  return `${businessDateOf(instantMs)} ${businessTimeOf(instantMs)}`;
}

const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日'];
export function weekdayLabel(date: BusinessDate): string {
  return `周${WEEKDAY_LABELS[isoWeekday(date) - 1]}`;
}

export { pad as padTwoDigits };
