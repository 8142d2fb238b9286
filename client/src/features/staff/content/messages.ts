// The studio's failures in plain Chinese: a save refused field by field, a status change the content's current
// status does not allow, and access (staff of one archive cannot edit another's content).
import { CONTENT_ACTION_LABELS, CONTENT_STATUS_LABELS } from '@zz/shared/content/statuses';
import { messagesByPath } from '../../../graphql/errors';
import { staffErrorMessage } from '../errors';
import type { StudioContentFailureFragment } from '../graphql';

export type ContentFailure = StudioContentFailureFragment & { __typename: string };

export function contentErrorMessage(error: ContentFailure): string {
  switch (error.__typename) {
    case 'ContentTransitionError': {
      const e = error as { status?: keyof typeof CONTENT_STATUS_LABELS; action?: keyof typeof CONTENT_ACTION_LABELS };
      return e.status && e.action
        ? `当前状态为「${CONTENT_STATUS_LABELS[e.status]}」，不能「${CONTENT_ACTION_LABELS[e.action]}」。请刷新后再试`
        : error.message;
    }
    case 'NotAuthorizedError':
      return (error as { reason?: string }).reason === 'FORBIDDEN'
        ? '没有权限：只能编辑本馆发布的内容'
        : '登录已失效，请重新登录';
    case 'InputValidationError':
      return '请按提示修改标红的项目';
    case 'NotFoundError':
      return '内容不存在，可能已被删除';
    default:
      return staffErrorMessage(error);
  }
}

/**
 * An InputValidationError's messages keyed by the input's field ('title', 'exhibits.0.title'), whether the
 * server's paths start at the argument (`input.title`) or inside it.
 */
export function fieldMessagesOf(error: ContentFailure): Record<string, string> {
  const entries = (error as { fieldErrors?: ReadonlyArray<{ path: string; message: string }> }).fieldErrors ?? [];
  return messagesByPath(entries.map((e) => ({ ...e, path: e.path.replace(/^input\./, '') })));
}
