// Where a message stands with WeChat, written once: the outbox's status column, the GraphQL enum
// (MessageDeliveryStatus, described by DELIVERY_STATUS_DESCRIPTIONS) and the short labels staff see on a chip.
// The in-app message centre shows every message whatever its status.

/** The values are stored in the outbox and never change. */
export const DELIVERY_STATUSES = ['PENDING', 'SENT', 'NO_GRANT', 'FAILED', 'DROPPED', 'IN_APP_ONLY'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What each status means, for the schema's enum. */
export const DELIVERY_STATUS_DESCRIPTIONS: Record<DeliveryStatus, string> = {
  PENDING: '等待发送',
  SENT: '已通过微信发送',
  NO_GRANT: '市民未订阅（或订阅已用完），未通过微信发送',
  FAILED: '微信发送失败',
  DROPPED: '已不再适用，未发送',
  IN_APP_ONLY: '仅站内消息（未配置微信发送）',
};

/** A chip's worth: how staff name the status in a list. */
export const DELIVERY_STATUS_LABELS: Record<DeliveryStatus, string> = {
  PENDING: '待发送',
  SENT: '已发送',
  NO_GRANT: '未授权',
  FAILED: '失败',
  DROPPED: '未发送',
  IN_APP_ONLY: '仅站内',
};
