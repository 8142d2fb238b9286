// The vocabularies of visits: one const array each, from which the TypeScript union, the GraphQL enum and
// the column type (server) and the one Chinese label per value (everywhere) are derived. The values are the
// GraphQL enum values, so they never change; a label may.

/** A booking as a whole. Group bookings pass through PENDING_REVIEW and may end REJECTED. */
export const BOOKING_STATUSES = [
  'CONFIRMED',
  'PENDING_REVIEW',
  'REJECTED',
  'CANCELLED',
  'CHECKED_IN',
  'NO_SHOW',
] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
export const BOOKING_STATUS_LABELS: Record<BookingStatus, string> = {
  CONFIRMED: '待参观',
  PENDING_REVIEW: '待审核',
  REJECTED: '未通过',
  CANCELLED: '已取消',
  CHECKED_IN: '已入馆',
  NO_SHOW: '未到场',
};

/** One person of a booking; a rejected group's visitors are CANCELLED. */
export const VISITOR_STATUSES = ['CONFIRMED', 'PENDING_REVIEW', 'CANCELLED', 'CHECKED_IN', 'NO_SHOW'] as const;
export type VisitorStatus = (typeof VISITOR_STATUSES)[number];
export const VISITOR_STATUS_LABELS: Record<VisitorStatus, string> = {
  CONFIRMED: '待入馆',
  PENDING_REVIEW: '待审核',
  CANCELLED: '已取消',
  CHECKED_IN: '已入馆',
  NO_SHOW: '未到场',
};

export const BOOKING_KINDS = ['INDIVIDUAL', 'GROUP', 'WALK_IN'] as const;
export type BookingKind = (typeof BOOKING_KINDS)[number];
export const BOOKING_KIND_LABELS: Record<BookingKind, string> = {
  INDIVIDUAL: '个人预约',
  GROUP: '团体预约',
  WALK_IN: '现场登记',
};

export const WAITLIST_STATUSES = ['WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'CANCELLED'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];
export const WAITLIST_STATUS_LABELS: Record<WaitlistStatus, string> = {
  WAITING: '候补中',
  OFFERED: '已保留名额',
  BOOKED: '候补成功',
  EXPIRED: '保留已过期',
  CANCELLED: '已取消候补',
};

/** Why a booking was cancelled (Booking.cancelReason, a plain string in the API). */
export const CANCEL_REASONS = ['CITIZEN', 'LATE_CITIZEN', 'SLOT_CLOSED', 'REJECTED'] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
export const CANCEL_REASON_LABELS: Record<CancelReason, string> = {
  CITIZEN: '本人取消',
  LATE_CITIZEN: '逾时取消',
  SLOT_CLOSED: '场次关闭',
  REJECTED: '审核未通过',
};

export function isCancelReason(value: string | null | undefined): value is CancelReason {
  return (CANCEL_REASONS as readonly unknown[]).includes(value);
}

export const SLOT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];
export const SLOT_STATUS_LABELS: Record<SlotStatus, string> = {
  OPEN: '开放',
  CLOSED: '已关闭',
};

/**
 * A day of the visit calendar (decided in day-availability.ts). NOT_STARTED: before the exhibition opens; ENDED:
 * after it closes, and today once its last slot has stopped taking bookings (neither is 闭馆, the archive is open).
 */
export const DAY_AVAILABILITIES = ['AVAILABLE', 'FULL', 'CLOSED', 'NOT_OPEN_YET', 'NOT_STARTED', 'ENDED'] as const;
export type DayAvailability = (typeof DAY_AVAILABILITIES)[number];
export const DAY_AVAILABILITY_LABELS: Record<DayAvailability, string> = {
  AVAILABLE: '余量',
  FULL: '约满',
  CLOSED: '闭馆',
  NOT_OPEN_YET: '未放票',
  NOT_STARTED: '未开展',
  ENDED: '已结束',
};

/**
 * What an exhibition card says about booking at a glance (Exhibition.bookingGlance), from the same days as the
 * calendar: the first day with places, else full, else not yet released, else before opening or over. NONE: no
 * session to book in the coming days (closed, or online booking off).
 */
export const BOOKING_GLANCE_STATES = ['AVAILABLE', 'FULL', 'NOT_OPEN_YET', 'NOT_STARTED', 'ENDED', 'NONE'] as const;
export type BookingGlanceState = (typeof BOOKING_GLANCE_STATES)[number];
export const BOOKING_GLANCE_LABELS: Record<BookingGlanceState, string> = {
  AVAILABLE: '可预约',
  FULL: '约满',
  NOT_OPEN_YET: '未放票',
  NOT_STARTED: '未开展',
  ENDED: '已结束',
  NONE: '暂无场次',
};

/**
 * READING_ROOM is not an exhibition: each archive's reading room (阅览室) keeps its seats as an exhibition row of
 * this mode, so its slots, closed days and capacity come from scheduling. It is never listed to the public
 * and the exhibition editor cannot choose it (see EXHIBITION_FORM_MODES).
 */
export const EXHIBITION_MODES = ['ONSITE', 'ONLINE', 'READING_ROOM'] as const;
export type ExhibitionMode = (typeof EXHIBITION_MODES)[number];
export const EXHIBITION_MODE_LABELS: Record<ExhibitionMode, string> = {
  ONSITE: '实体展览',
  ONLINE: '网上展厅',
  READING_ROOM: '阅览室',
};

/** The modes the exhibition editor offers: exhibitions proper. */
export const EXHIBITION_FORM_MODES = ['ONSITE', 'ONLINE'] as const satisfies readonly ExhibitionMode[];

export const EXHIBITION_PHASES = ['CURRENT', 'UPCOMING', 'PAST'] as const;
export type ExhibitionPhase = (typeof EXHIBITION_PHASES)[number];
export const EXHIBITION_PHASE_LABELS: Record<ExhibitionPhase, string> = {
  CURRENT: '展出中',
  UPCOMING: '即将开展',
  PAST: '往期',
};
