// The studio's failures in plain Chinese: a save refused field by field, a status change the content's current
// status does not allow (or a colleague's change got there first), and access (staff of one archive cannot edit
// another's content).
import {
  CONTENT_ACTION_LABELS,
  CONTENT_STATUS_LABELS,
  type ContentAction,
  type ContentStatus,
} from '@zz/shared/content/statuses';
import { type FieldErrorEntry, messagesByPath } from '../../../graphql/errors';
import { unexpectedError } from '../errors';

/** The error members of the studio's mutations, as their results spell them. */
export type ContentFailure =
  | { __typename: 'ContentTransitionError'; message: string; status: ContentStatus; action: ContentAction }
  | { __typename: 'NotAuthorizedError'; message: string; reason: string }
  | { __typename: 'InputValidationError'; message: string; fieldErrors: ReadonlyArray<FieldErrorEntry> }
  | { __typename: 'NotFoundError'; message: string };

export function contentErrorMessage(error: ContentFailure): string {
  switch (error.__typename) {
    case 'ContentTransitionError':
      return `当前状态为「${CONTENT_STATUS_LABELS[error.status]}」，不能「${CONTENT_ACTION_LABELS[error.action]}」。请刷新后再试`;
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限：只能编辑本馆发布的内容' : '登录已失效，请重新登录';
    case 'InputValidationError':
      return '请按提示修改标红的项目';
    case 'NotFoundError':
      return '内容不存在，可能已被删除';
    default:
      return unexpectedError(error);
  }
}

/**
 * An InputValidationError's messages keyed by the input's field ('title', 'exhibits.0.title'), whether the
 * server's paths start at the argument (`input.title`) or inside it.
 */
export function fieldMessagesOf(error: ContentFailure): Record<string, string> {
  if (error.__typename !== 'InputValidationError') return {};
  return messagesByPath(error.fieldErrors.map((e) => ({ ...e, path: e.path.replace(/^input\./, '') })));
}
