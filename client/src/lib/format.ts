// Display formats for dates and times, always in business time (Asia/Shanghai).
import { businessDateOf, businessTimeOf, weekdayLabel } from '@zz/shared/time/business-time';

/**
 * Today's business date on this device's clock: the default of date pickers, and the day forms judge birth
 * dates against (the server judges again by its own clock).
 */
export function todayDate(): string {
  return businessDateOf(Date.now());
}

/** '2026-03-01' → '2026年3月1日' */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** '2026-03-01' → '3月1日 周日' */
export function formatShortDate(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}月${d}日 ${weekdayLabel(date)}`;
}

/** The run of an exhibition: '2026.03.01 – 2026.06.30', or '2026.03.01 起' when it has no end. */
export function formatDateRange(opensOn: string, closesOn?: string | null): string {
  const dot = (date: string) => date.replace(/-/g, '.');
  return closesOn ? `${dot(opensOn)} – ${dot(closesOn)}` : `${dot(opensOn)} 起 · 长期展出`;
}

/** An ISO instant → '2026-03-01' in business time. */
export function formatPublished(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : businessDateOf(ms);
}

/** An ISO instant → '2026-03-01 14:30' in business time. */
export function formatDateTime(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : `${businessDateOf(ms)} ${businessTimeOf(ms)}`;
}
