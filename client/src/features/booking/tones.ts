// Tag colours of booking statuses as citizens see them; the labels are the shared vocabulary's.
import type { BookingStatus } from '@zz/shared/visits/statuses';
import type { TagTone } from '../../components/Tag';

export const STATUS_TONES: Record<BookingStatus, TagTone> = {
  CONFIRMED: 'success',
  PENDING_REVIEW: 'warning',
  CHECKED_IN: 'primary',
  CANCELLED: 'muted',
  REJECTED: 'muted',
  NO_SHOW: 'accent',
};
