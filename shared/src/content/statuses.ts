// Where a piece of content (an article or an online exhibition) is in its life. Readers see PUBLISHED only.
//   DRAFT ──schedule──▶ SCHEDULED ──(the publishing job at publishAt)──▶ PUBLISHED ──unpublish──▶ UNPUBLISHED
//     └─────────────────────publish now──────────────────────────────────▲   ▲──────publish again────┘
export const CONTENT_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED'] as const;
export type ContentStatus = (typeof CONTENT_STATUSES)[number];
export const CONTENT_STATUS_LABELS: Record<ContentStatus, string> = {
  DRAFT: '草稿',
  SCHEDULED: '定时发布',
  PUBLISHED: '已发布',
  UNPUBLISHED: '已下线',
};

/** The transitions staff can ask for, from each status (publishing at the scheduled time is the job's). */
export const CONTENT_ACTIONS = ['SCHEDULE', 'PUBLISH', 'UNPUBLISH', 'BACK_TO_DRAFT'] as const;
export type ContentAction = (typeof CONTENT_ACTIONS)[number];
export const CONTENT_ACTION_LABELS: Record<ContentAction, string> = {
  SCHEDULE: '定时发布',
  PUBLISH: '立即发布',
  UNPUBLISH: '下线',
  BACK_TO_DRAFT: '撤回为草稿',
};
const ALLOWED: Record<ContentStatus, readonly ContentAction[]> = {
  DRAFT: ['SCHEDULE', 'PUBLISH'],
  SCHEDULED: ['SCHEDULE', 'PUBLISH', 'BACK_TO_DRAFT'],
  PUBLISHED: ['UNPUBLISH'],
  UNPUBLISHED: ['SCHEDULE', 'PUBLISH', 'BACK_TO_DRAFT'],
};

export function contentActionsFrom(status: ContentStatus): readonly ContentAction[] {
  return ALLOWED[status];
}

export function canApplyContentAction(status: ContentStatus, action: ContentAction): boolean {
  return ALLOWED[status].includes(action);
}
