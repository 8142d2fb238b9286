// What a member of staff may do; the server decides, the client only labels and hides what would be refused.
// ADMIN is the city administration (every archive); the others act in their own archive only.
export const STAFF_ROLES = ['ADMIN', 'BRANCH_ADMIN', 'BRANCH_STAFF', 'CHECKER'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  ADMIN: '市级管理员',
  BRANCH_ADMIN: '本馆管理员',
  BRANCH_STAFF: '馆员',
  CHECKER: '检票员',
};
