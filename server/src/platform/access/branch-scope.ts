// Branch scope for the 12 archives: the city administration (ADMIN) acts on every archive, everyone else
// on their own archive only. Features ask this before acting on, or listing, an archive's records.
import { NotAuthorizedError } from '../../errors';
import type { Actor } from './actor';
import { requireStaff } from './guards';

/** The archive a staff list is limited to, or null for "every archive" (administrators). */
export function branchFilterOf(actor: Actor | null): number | null {
  const staff = requireStaff(actor);
  // A member of staff without an archive sees nothing rather than everything.
  return staff.role === 'ADMIN' ? null : (staff.branchId ?? -1);
}

/**
 * Whether the actor may see a record of this archive. A record of no archive (null, e.g. a suspension's notice)
 * is the city administration's alone.
 */
export function isBranchInScope(actor: Actor | null, branchId: number | null): boolean {
  const filter = branchFilterOf(actor);
  return filter === null || filter === branchId;
}

/** Refuses staff acting on another archive's records. */
export function assertBranchInScope(actor: Actor | null, branchId: number): void {
  if (!isBranchInScope(actor, branchId)) throw new NotAuthorizedError('FORBIDDEN');
}
