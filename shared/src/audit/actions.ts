// What the audit log records: every action it knows, with the label the staff page shows, and how each ended.
// A feature that audits something new adds its action here (the GraphQL enum and the page's filter follow).
export const AUDIT_ACTIONS = [
  // Sign-in and accounts
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'SIGN_IN_LOCKED',
  'SIGN_OUT',
  'PASSWORD_CHANGED',
  'STAFF_CREATED',
  'STAFF_UPDATED',
  'STAFF_ROLE_CHANGED',
  'STAFF_DISABLED',
  'STAFF_ENABLED',
  'STAFF_PASSWORD_RESET',
  // Bookings and the door
  'BOOKING_CHECKED_IN',
  'BOOKING_CHECK_IN_UNDONE',
  'BOOKING_CHECK_IN_OVERRIDE',
  'BOOKING_CANCELLED_BY_STAFF',
  'WALK_IN_REGISTERED',
  'GROUP_VISIT_REVIEWED',
  // Archive lookups
  'LOOKUP_ACTION',
  // Personal data
  'PERSONAL_DATA_REVEALED',
  'ATTACHMENT_VIEWED',
  // Exports
  'EXPORT_REQUESTED',
  'EXPORT_APPROVED',
  'EXPORT_REFUSED',
  'EXPORT_DOWNLOADED',
  // Configuration
  'VENUE_UPDATED',
  'EXHIBITION_CHANGED',
  'SLOTS_CHANGED',
  'SETTINGS_CHANGED',
  // The log itself
  'AUDIT_PURGED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_ACTION_LABELS: Record<AuditAction, string> = {
  SIGN_IN: '登录',
  SIGN_IN_FAILED: '登录失败',
  SIGN_IN_LOCKED: '登录被锁定',
  SIGN_OUT: '退出登录',
  PASSWORD_CHANGED: '修改密码',
  STAFF_CREATED: '创建工作人员账号',
  STAFF_UPDATED: '修改工作人员账号',
  STAFF_ROLE_CHANGED: '变更角色',
  STAFF_DISABLED: '停用账号',
  STAFF_ENABLED: '启用账号',
  STAFF_PASSWORD_RESET: '重置密码',
  BOOKING_CHECKED_IN: '核验入场',
  BOOKING_CHECK_IN_UNDONE: '撤销入场',
  BOOKING_CHECK_IN_OVERRIDE: '特殊放行',
  BOOKING_CANCELLED_BY_STAFF: '工作人员取消预约',
  WALK_IN_REGISTERED: '现场登记',
  GROUP_VISIT_REVIEWED: '审核团体参观',
  LOOKUP_ACTION: '查档办理',
  PERSONAL_DATA_REVEALED: '查看完整个人信息',
  ATTACHMENT_VIEWED: '查看附件',
  EXPORT_REQUESTED: '申请导出',
  EXPORT_APPROVED: '批准导出',
  EXPORT_REFUSED: '拒绝导出',
  EXPORT_DOWNLOADED: '导出数据',
  VENUE_UPDATED: '修改场馆信息',
  EXHIBITION_CHANGED: '修改展览',
  SLOTS_CHANGED: '修改场次',
  SETTINGS_CHANGED: '修改设置',
  AUDIT_PURGED: '清理过期日志',
};

/** How an audited action ended: done, refused (not allowed, wrong password, locked), or failed unexpectedly. */
export const AUDIT_RESULTS = ['OK', 'DENIED', 'ERROR'] as const;
export type AuditResult = (typeof AUDIT_RESULTS)[number];
export const AUDIT_RESULT_LABELS: Record<AuditResult, string> = { OK: '成功', DENIED: '拒绝', ERROR: '出错' };
