// Authorisation scopes, declared on the schema with scope-auth: every root field names one (the authorisation sweep
// reads them from the built schema and fails on a field that declares none), and `scopesOf` is what each caller
// holds. Both live here so the builder and the sweep evaluate the same rule.
import type { Actor, StaffRole } from './actor';

/** The scopes a field may declare (the builder's AuthScopes). */
export interface AuthScopes {
  /** Anyone, signed in or not: said on purpose, so that a field with no rule stands out. */
  public: boolean;
  signedIn: boolean;
  citizen: boolean;
  staff: boolean;
  /** Staff with one of the given roles. */
  staffRole: StaffRole[];
}

/** What a caller holds: each boolean scope, and the test a role list is put to. */
export interface HeldScopes {
  public: boolean;
  signedIn: boolean;
  citizen: boolean;
  staff: boolean;
  staffRole: (roles: StaffRole[]) => boolean;
}

export function scopesOf(viewer: Actor | null): HeldScopes {
  // Staff signed in with a one-time password reach no staff field until they choose their own password.
  const activeStaff = viewer?.kind === 'STAFF' && !viewer.mustChangePassword;
  return {
    public: true,
    signedIn: viewer !== null,
    citizen: viewer?.kind === 'CITIZEN',
    staff: activeStaff,
    staffRole: (roles) => activeStaff && roles.includes(viewer?.role as StaffRole),
  };
}

/** Anyone may call it: public reads, sign-in, and the anonymous reading counters. */
export const PUBLIC_SCOPES = { public: true } as const;
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
