// Authorisation scopes shared by the staff-facing fields, declared on the schema (scope-auth).
import type { StaffRole } from '../../context';

/** Manage exhibitions, slots and bookings: admins and branch staff. */
export const MANAGER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_STAFF'] as StaffRole[] };
/** Check visitors in at the door: every staff role. */
export const CHECKER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_STAFF', 'CHECKER'] as StaffRole[] };
