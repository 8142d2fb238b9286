// Authorisation scopes of staff-facing fields, declared on the schema with scope-auth.
import type { StaffRole } from './actor';

/** Manage exhibitions, slots and bookings: administrators and branch staff. */
export const MANAGER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_ADMIN', 'BRANCH_STAFF'] as StaffRole[] };
/** Check visitors in at the door: every staff role. */
export const CHECKER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_ADMIN', 'BRANCH_STAFF', 'CHECKER'] as StaffRole[] };
/** Administer an archive (its staff accounts and settings): the city administration and archive administrators. */
export const ADMINISTRATOR_SCOPES = { staffRole: ['ADMIN', 'BRANCH_ADMIN'] as StaffRole[] };
/** The city administration alone. */
export const CITY_ADMIN_SCOPES = { staffRole: ['ADMIN'] as StaffRole[] };

/** Whether a role manages (MANAGER_SCOPES): for services that decide in code what the schema declares. */
export function isManagerRole(role: StaffRole | null | undefined): boolean {
  return role != null && MANAGER_SCOPES.staffRole.includes(role);
}
