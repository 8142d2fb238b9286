// What a member of staff may do; the server decides, the client only labels and hides what would be refused.
export const STAFF_ROLES = ['ADMIN', 'BRANCH_STAFF', 'CHECKER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: '管理员',
  BRANCH_STAFF: '馆员',
  CHECKER: '检票员',
};
