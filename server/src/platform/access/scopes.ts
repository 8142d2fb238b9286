// Authorisation scopes of staff-facing fields, declared on the schema with scope-auth.
import type { StaffRole } from './actor';

/** Manage exhibitions, slots and bookings: administrators and branch staff. */
export const MANAGER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_STAFF'] as StaffRole[] };
/** Check visitors in at the door: every staff role. */
export const CHECKER_SCOPES = { staffRole: ['ADMIN', 'BRANCH_STAFF', 'CHECKER'] as StaffRole[] };
