// The expected failure every content workflow shares (articles, online exhibitions): a status change the item's
// current status does not allow (shared/src/content/statuses.ts), including one another member of staff made
// first. Here, below the GraphQL layer, so services can throw it; graphql/content-errors.ts gives it its type.
import { CONTENT_ACTION_LABELS, CONTENT_STATUS_LABELS, type ContentAction, type ContentStatus } from '@zz/shared';
import { DomainError } from '../../errors';

export class ContentTransitionError extends DomainError {
  constructor(
    readonly status: ContentStatus,
    readonly action: ContentAction,
  ) {
    super(`当前状态为“${CONTENT_STATUS_LABELS[status]}”，不能${CONTENT_ACTION_LABELS[action]}`);
  }
}
