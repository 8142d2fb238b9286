// Expected failures of articles beyond the common ones (not found, not authorised, invalid input, rate limited).
import { CONTENT_ACTION_LABELS, CONTENT_STATUS_LABELS, type ContentAction, type ContentStatus } from '@zz/shared';
import { DomainError } from '../../errors';

/** The action does not apply to the article's status (or a colleague changed the status a moment ago). */
export class ContentTransitionError extends DomainError {
  constructor(
    readonly status: ContentStatus,
    readonly action: ContentAction,
  ) {
    super(`内容${CONTENT_STATUS_LABELS[status]}，不能${CONTENT_ACTION_LABELS[action]}`);
  }
}
