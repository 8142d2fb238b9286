// Who is acting: a signed-in citizen or member of staff, as the session resolved it. Services take an
// Actor (never the GraphQL context), so jobs, exports and scripts can call them too.
import { STAFF_ROLES, type StaffRole } from '@zz/shared';

export type { StaffRole };
export const STAFF_ROLE_VALUES = STAFF_ROLES;

export interface Actor {
  accountId: number;
  sessionId: number;
  kind: 'CITIZEN' | 'STAFF';
  role: StaffRole | null;
  /** The archive a member of staff belongs to; null for citizens. */
  branchId: number | null;
  displayName: string;
  /**
   * The session's account signs in with a one-time password an administrator was shown (a new account, a reset):
   * until it chooses its own, it may only change its password, read itself and sign out. Optional so actors made
   * by jobs and scripts need not say it.
   */
  mustChangePassword?: boolean;
}

/** Staff with a role; what branch scope and staff services act on. */
export type StaffActor = Actor & { kind: 'STAFF'; role: StaffRole };
