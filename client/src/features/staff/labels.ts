// Chinese labels and tag tones for what staff see: booking and visitor states, booking kinds, weekdays.
import type { BookingKind, BookingStatus, VisitorStatus } from './graphql';

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  CONFIRMED: '待参观',
  CHECKED_IN: '已入馆',
  CANCELLED: '已取消',
  NO_SHOW: '未到场',
  PENDING_REVIEW: '待审核',
  REJECTED: '未通过',
};

export const BOOKING_STATUS_TONES = {
  CONFIRMED: 'primary',
  CHECKED_IN: 'success',
  CANCELLED: 'muted',
  NO_SHOW: 'accent',
  PENDING_REVIEW: 'warning',
  REJECTED: 'muted',
} as const satisfies Record<BookingStatus, string>;

export const VISITOR_STATUS_LABELS: Record<VisitorStatus, string> = {
  CONFIRMED: '待入馆',
  CHECKED_IN: '已入馆',
  CANCELLED: '已取消',
  NO_SHOW: '未到场',
  PENDING_REVIEW: '待审核',
};

export const VISITOR_STATUS_TONES = {
  CONFIRMED: 'primary',
  CHECKED_IN: 'success',
  CANCELLED: 'muted',
  NO_SHOW: 'accent',
  PENDING_REVIEW: 'warning',
} as const satisfies Record<VisitorStatus, string>;

export const BOOKING_KIND_LABELS: Record<BookingKind, string> = {
  INDIVIDUAL: '个人',
  GROUP: '团体',
  WALK_IN: '现场登记',
};

/** ISO weekday 1–7 → '周一' … '周日'. */
export const WEEKDAY_NAMES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

export function weekdayName(isoWeekday: number): string {
  return WEEKDAY_NAMES[isoWeekday - 1] ?? `星期${isoWeekday}`;
}
