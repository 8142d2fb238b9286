// The expected failure every content workflow shares (articles, online exhibitions): a status change the item's
// current status does not allow (shared/src/content/statuses.ts), including one another member of staff made
// first.
import { CONTENT_ACTION_LABELS, CONTENT_STATUS_LABELS, type ContentAction, type ContentStatus } from '@zz/shared';
import { builder } from '../builder';
import { DomainError } from '../errors';
import { ErrorInterface } from './common.graphql';
import { ContentActionEnum, ContentStatusEnum } from './rich-content';

export class ContentTransitionError extends DomainError {
  constructor(
    readonly status: ContentStatus,
    readonly action: ContentAction,
  ) {
    super(`当前状态为“${CONTENT_STATUS_LABELS[status]}”，不能${CONTENT_ACTION_LABELS[action]}`);
  }
}

export const ContentTransitionErrorRef = builder.objectType(ContentTransitionError, {
  name: 'ContentTransitionError',
  interfaces: [ErrorInterface],
  description: 'The status the item has now does not allow the action (it may have just changed)',
  fields: (t) => ({
    status: t.field({ type: ContentStatusEnum, resolve: (e) => e.status }),
    action: t.field({ type: ContentActionEnum, resolve: (e) => e.action }),
  }),
});
