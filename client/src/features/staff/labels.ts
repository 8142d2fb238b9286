// Tag colours of booking and visitor statuses as staff see them (the labels are the shared vocabulary's), and
// the weekday names of the weekly plan.
import type { BookingStatus, VisitorStatus } from '@zz/shared/visits/statuses';
import type { TagTone } from '../../components/Tag';

/** Staff tell confirmed from admitted at a glance: confirmed is the primary colour, admitted success. */
export const BOOKING_STATUS_TONES: Record<BookingStatus, TagTone> = {
  CONFIRMED: 'primary',
  CHECKED_IN: 'success',
  CANCELLED: 'muted',
  NO_SHOW: 'accent',
  PENDING_REVIEW: 'warning',
  REJECTED: 'muted',
};

export const VISITOR_STATUS_TONES: Record<VisitorStatus, TagTone> = {
  CONFIRMED: 'primary',
  CHECKED_IN: 'success',
  CANCELLED: 'muted',
  NO_SHOW: 'accent',
  PENDING_REVIEW: 'warning',
};

/** ISO weekday 1–7 → '周一' … '周日'. */
export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export function weekdayName(isoWeekday: number): string {
  return WEEKDAY_NAMES[isoWeekday - 1] ?? `星期${isoWeekday}`;
}
