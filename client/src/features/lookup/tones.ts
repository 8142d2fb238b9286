// Tag colours of lookup statuses (the labels are the shared vocabulary's): waiting on the citizen is a warning,
// a refusal the accent, results success, ends without a result muted. Shared by the 查档 tab, the lookup
// subpackage and the staff queue, so it lives with the tab in the main package.
import type { LookupStatus } from '@zz/shared/lookup/status-machine';
import type { TagTone } from '../../components/Tag';

export const LOOKUP_STATUS_TONES: Record<LookupStatus, TagTone> = {
  SUBMITTED: 'primary',
  ACCEPTED: 'primary',
  NEEDS_MORE: 'warning',
  REFUSED: 'accent',
  FORWARDED: 'primary',
  SEARCHING: 'primary',
  FOUND: 'success',
  NOT_FOUND: 'muted',
  CERTIFIED: 'success',
  COMPLETED: 'success',
  WITHDRAWN: 'muted',
};
