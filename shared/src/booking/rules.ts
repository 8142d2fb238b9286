// Booking limits shared by the form and the server.
export const MAX_VISITORS_PER_BOOKING = 5;
export const GROUP_MIN_SIZE = 10;
export const GROUP_MAX_SIZE = 50;
/** At least one adult for every this many minors in a group. */
export const MINORS_PER_ADULT = 10;
export const NO_SHOW_WINDOW_DAYS = 180;
export const NO_SHOW_LIMIT = 3;
export const SUSPENSION_DAYS = 60;

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  CONFIRMED: '待参观',
  CANCELLED: '已取消',
  CHECKED_IN: '已入馆',
  NO_SHOW: '未到场',
};

export type DayAvailability = 'AVAILABLE' | 'FULL' | 'CLOSED' | 'NOT_OPEN_YET';
export const DAY_AVAILABILITY_LABELS: Record<DayAvailability, string> = {
  AVAILABLE: '余量',
  FULL: '约满',
  CLOSED: '闭馆',
  NOT_OPEN_YET: '未放票',
};
