// Who may use which staff tool. The server enforces the same split (scope-auth); the client only hides
// what a role cannot use, so a checker is not shown buttons that would be refused.
import type { StaffRole } from '@zz/shared/identity/staff-roles';

/**
 * Administrators (city and archive) and branch staff manage exhibitions, slots and group visits, as the server's
 * MANAGER_SCOPES say; checkers work the door.
 */
export function isManager(role: StaffRole | null | undefined): boolean {
  return role === 'ADMIN' || role === 'BRANCH_ADMIN' || role === 'BRANCH_STAFF';
}

/** 查档设置: archive staff change their own archive's, the city administrator any archive's; checkers read them. */
export function canEditLookupSettings(role: StaffRole | null | undefined): boolean {
  return isManager(role);
}

/** The working calendar is the city's, one for all 12 archives: only administrators keep it, the rest read it. */
export function canEditWorkingCalendar(role: StaffRole | null | undefined): boolean {
  return role === 'ADMIN';
}

/** 场馆信息: the city administrator edits any archive's, an archive administrator their own; others only read them. */
export function canEditVenues(role: StaffRole | null | undefined): boolean {
  return role === 'ADMIN' || role === 'BRANCH_ADMIN';
}

/** 审计日志: the city administrator reads every archive's rows, an archive administrator their own archive's. */
export function canReadAuditLog(role: StaffRole | null | undefined): boolean {
  return role === 'ADMIN' || role === 'BRANCH_ADMIN';
}
