// The GraphQL type of the content workflow's refusal (the class lives in platform/content, where services can
// throw it without knowing GraphQL). Mutations list the class in their `errors.types`.
import { builder } from '../builder';
import { ContentTransitionError } from '../platform/content/content-errors';
import { ErrorInterface } from './common.graphql';
import { ContentActionEnum, ContentStatusEnum } from './rich-content';

export { ContentTransitionError };

export const ContentTransitionErrorRef = builder.objectType(ContentTransitionError, {
  name: 'ContentTransitionError',
  interfaces: [ErrorInterface],
  description: 'The status the item has now does not allow the action (it may have just changed)',
  fields: (t) => ({
    status: t.field({ type: ContentStatusEnum, resolve: (e) => e.status }),
    action: t.field({ type: ContentActionEnum, resolve: (e) => e.action }),
  }),
});
