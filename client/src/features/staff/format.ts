// Times as staff read them at the door: wall-clock business time (Asia/Shanghai), whatever the device zone.
import { businessDateOf, businessTimeOf } from '@zz/shared/time/business-time';

/** An ISO instant → 'HH:MM' in business time ('' when unreadable). */
export function clockOf(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? '' : businessTimeOf(ms);
}

/** An ISO instant → its business date, 'YYYY-MM-DD'. */
export function dateOf(iso: string | null | undefined): string {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? '' : businessDateOf(ms);
}

/** '09:00–10:30' */
export function slotTimeRange(slot: { startAt: string; endAt: string }): string {
  return `${clockOf(slot.startAt)}–${clockOf(slot.endAt)}`;
}

/** '11/24' for narrow table cells. */
export function monthDay(date: string): string {
  const [, m, d] = date.split('-').map(Number);
  return `${m}/${d}`;
}
