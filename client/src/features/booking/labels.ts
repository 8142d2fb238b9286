// Chinese labels and tag tones for the booking feature's enums. Statuses the shared labels already name come
// from @zz/shared; the group-only ones are added here.
import { BOOKING_STATUS_LABELS } from '@zz/shared';
import type { TagProps } from '../../components/Tag';
import type { BookingKind, BookingStatus, WaitlistStatus } from '../../graphql/generated/booking/graphql';

export const STATUS_LABELS: Record<BookingStatus, string> = {
  ...BOOKING_STATUS_LABELS,
  PENDING_REVIEW: '审核中',
  REJECTED: '未通过',
};

export const STATUS_TONES: Record<BookingStatus, NonNullable<TagProps['tone']>> = {
  CONFIRMED: 'success',
  PENDING_REVIEW: 'warning',
  CHECKED_IN: 'primary',
  CANCELLED: 'muted',
  REJECTED: 'muted',
  NO_SHOW: 'accent',
};

export const KIND_LABELS: Record<BookingKind, string> = {
  INDIVIDUAL: '个人预约',
  GROUP: '团体预约',
  WALK_IN: '现场登记',
};

export const WAITLIST_LABELS: Record<WaitlistStatus, string> = {
  WAITING: '候补中',
  OFFERED: '已保留名额',
  BOOKED: '候补成功',
  EXPIRED: '保留已过期',
  CANCELLED: '已取消候补',
};

/** Why a booking was cancelled (Booking.cancelReason). */
export const CANCEL_REASON_LABELS: Record<string, string> = {
  CITIZEN: '您已取消本次预约',
  LATE_CITIZEN: '您在免费取消时间之后取消，已计为一次未到场',
  SLOT_CLOSED: '场次因故关闭，预约已自动取消',
  REJECTED: '团体预约未通过审核',
};
