// Staff administration: the city administrator manages the staff of every archive and gives any role; an archive
// administrator manages only archive staff and checkers of their own archive. Nobody re-roles, moves, disables or
// resets themselves. Every change is audited in its transaction.
import {
  assignableRoles,
  type NewStaffInput,
  newStaffModel,
  type StaffChangesInput,
  type StaffRole,
  staffChangesModel,
} from '@zz/shared';
import type { Deps } from '../../context';
import { isUniqueViolation } from '../../db/db-errors';
import { InputValidationError, NotAuthorizedError, NotFoundError, parseInput } from '../../errors';
import type { Actor, StaffActor } from '../../platform/access/actor';
import { branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireStaff } from '../../platform/access/guards';
import { type AuditSource, recordAudit } from '../../platform/audit/audit-log';
import { generateOneTimePassword, hashPassword } from '../../platform/runtime/password';
import { branchExists } from '../branches/branch.service';
import {
  type AccountRow,
  findAccountById,
  insertAccount,
  listStaffAccounts,
  revokeSessionsOf,
  setDisabled,
  setPassword,
  updateStaffAccount,
} from './account.repository';
import { OwnAccountError, UsernameTakenError } from './auth.errors';

export interface StaffAccount {
  id: number;
  username: string;
  displayName: string;
  role: StaffRole;
  branchId: number | null;
  disabledAt: number | null;
  mustChangePassword: boolean;
  createdAt: number;
  passwordChangedAt: number | null;
}

/** An account with the one-time password just set: shown once to the administrator, stored only as a hash. */
export interface StaffAccountWithPassword {
  account: StaffAccount;
  oneTimePassword: string;
}

function toStaffAccount(row: AccountRow): StaffAccount {
  return {
    id: row.id,
    username: row.username ?? '',
    displayName: row.display_name,
    role: row.role as StaffRole,
    branchId: row.branch_id,
    disabledAt: row.disabled_at,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
    passwordChangedAt: row.password_changed_at,
  };
}

/** The administrator, or FORBIDDEN for every other role (the schema's ADMINISTRATOR_SCOPES say the same). */
function requireAdministrator(actor: Actor | null): StaffActor {
  const staff = requireStaff(actor);
  if (assignableRoles(staff.role).length === 0) throw new NotAuthorizedError('FORBIDDEN');
  return staff;
}

/**
 * The staff account an administrator acts on. Another archive's staff do not exist for an archive administrator
 * (NotFound, as any record of another archive); an account of their archive above their reach is FORBIDDEN.
 */
async function manageableAccount(deps: Deps, admin: StaffActor, id: number): Promise<AccountRow> {
  const row = await findAccountById(deps.db, id);
  if (row?.kind !== 'STAFF' || !isBranchInScope(admin, row.branch_id)) throw new NotFoundError('StaffAccount');
  if (!assignableRoles(admin.role).includes(row.role as StaffRole)) throw new NotAuthorizedError('FORBIDDEN');
  return row;
}

/** A role and archive this administrator may give, or the refusal beside the field. */
async function checkAssignment(deps: Deps, admin: StaffActor, role: StaffRole, branchId: number): Promise<void> {
  const problems = [];
  if (!assignableRoles(admin.role).includes(role)) problems.push({ path: 'role', message: '无权授予此角色' });
  if (!(await branchExists(deps.db, branchId))) problems.push({ path: 'branchId', message: '请选择所属档案馆' });
  else if (!isBranchInScope(admin, branchId)) problems.push({ path: 'branchId', message: '只能管理本馆的工作人员' });
  if (problems.length > 0) throw new InputValidationError(problems);
}

function branchIdOf(raw: string): number {
  const id = /^[1-9]\d{0,9}$/.test(raw) ? Number(raw) : null;
  if (id === null) throw InputValidationError.single('branchId', '请选择所属档案馆');
  return id;
}

export async function staffAccounts(
  deps: Deps,
  actor: Actor | null,
  filter: { search: string | null; branchId: number | null },
): Promise<StaffAccount[]> {
  const admin = requireAdministrator(actor);
  const scope = branchFilterOf(admin);
  // An archive administrator's list is their archive's whatever they ask for; the city administrator may narrow.
  const branchId = scope ?? filter.branchId;
  const search = filter.search?.trim().slice(0, 32) || null;
  const rows = await listStaffAccounts(deps.db, { branchId, search, limit: 200 });
  return rows.map(toStaffAccount);
}

export async function staffAccount(deps: Deps, actor: Actor | null, id: number): Promise<StaffAccount | null> {
  const admin = requireAdministrator(actor);
  const row = await findAccountById(deps.db, id);
  return row?.kind === 'STAFF' && isBranchInScope(admin, row.branch_id) ? toStaffAccount(row) : null;
}

export async function createStaff(
  deps: Deps,
  actor: Actor | null,
  input: NewStaffInput,
  source: AuditSource,
): Promise<StaffAccountWithPassword> {
  const admin = requireAdministrator(actor);
  const parsed = parseInput(newStaffModel, input);
  const branchId = branchIdOf(parsed.branchId);
  await checkAssignment(deps, admin, parsed.role, branchId);
  const oneTimePassword = generateOneTimePassword();
  const now = deps.clock.now();
  let id: number;
  try {
    // The unique index on username decides between two administrators choosing the same name.
    id = await insertAccount(deps.db, {
      kind: 'STAFF',
      username: parsed.username,
      password_hash: await hashPassword(oneTimePassword),
      must_change_password: 1,
      password_changed_at: now,
      role: parsed.role,
      branch_id: branchId,
      display_name: parsed.displayName,
      created_at: now,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'username')) throw new UsernameTakenError(parsed.username);
    throw error;
  }
  const row = await findAccountById(deps.db, id);
  if (!row) throw new Error('staff account vanished after insert');
  await recordAudit(deps, {
    action: 'STAFF_CREATED',
    result: 'OK',
    actor: admin,
    target: { kind: 'ACCOUNT', id },
    detail: { role: parsed.role, branchId },
    source,
  });
  return { account: toStaffAccount(row), oneTimePassword };
}

export async function updateStaff(
  deps: Deps,
  actor: Actor | null,
  id: number,
  input: StaffChangesInput,
  source: AuditSource,
): Promise<StaffAccount> {
  const admin = requireAdministrator(actor);
  const parsed = parseInput(staffChangesModel, input);
  const branchId = branchIdOf(parsed.branchId);
  const self = id === admin.accountId;
  const row = self ? await findAccountById(deps.db, id) : await manageableAccount(deps, admin, id);
  if (!row) throw new NotFoundError('StaffAccount');
  const roleChanged = row.role !== parsed.role;
  const branchChanged = row.branch_id !== branchId;
  // Their own name, yes; their own role or archive, never (another administrator does it).
  if (self && (roleChanged || branchChanged)) throw new OwnAccountError('CHANGE_ROLE');
  if (!self) await checkAssignment(deps, admin, parsed.role, branchId);
  await updateStaffAccount(deps.db, id, { displayName: parsed.displayName, role: parsed.role, branchId });
  const updated = await findAccountById(deps.db, id);
  if (!updated) throw new NotFoundError('StaffAccount');
  // The audit rows last: they hold the chain head until the transaction ends.
  if (roleChanged || branchChanged) {
    await recordAudit(deps, {
      action: 'STAFF_ROLE_CHANGED',
      result: 'OK',
      actor: admin,
      target: { kind: 'ACCOUNT', id },
      detail: { fromRole: row.role, toRole: parsed.role, fromBranchId: row.branch_id, toBranchId: branchId },
      source,
    });
  }
  if (row.display_name !== parsed.displayName) {
    await recordAudit(deps, {
      action: 'STAFF_UPDATED',
      result: 'OK',
      actor: admin,
      target: { kind: 'ACCOUNT', id },
      detail: { fields: 'displayName' },
      source,
    });
  }
  return toStaffAccount(updated);
}

/**
 * Disables an account (its sessions end now: revoked here, and every request checks the account anyway) or
 * enables it again. Acting twice changes nothing and records nothing the second time.
 */
export async function setStaffDisabled(
  deps: Deps,
  actor: Actor | null,
  id: number,
  disabled: boolean,
  source: AuditSource,
): Promise<StaffAccount> {
  const admin = requireAdministrator(actor);
  if (id === admin.accountId) throw new OwnAccountError('DISABLE');
  await manageableAccount(deps, admin, id);
  const now = deps.clock.now();
  const changed = await setDisabled(deps.db, id, disabled ? now : null);
  if (changed && disabled) await revokeSessionsOf(deps.db, id, now);
  const row = await findAccountById(deps.db, id);
  if (!row) throw new NotFoundError('StaffAccount');
  if (changed) {
    await recordAudit(deps, {
      action: disabled ? 'STAFF_DISABLED' : 'STAFF_ENABLED',
      result: 'OK',
      actor: admin,
      target: { kind: 'ACCOUNT', id },
      source,
    });
  }
  return toStaffAccount(row);
}

/** A new one-time password, shown once; the account's sessions end and it must choose its own at sign-in. */
export async function resetStaffPassword(
  deps: Deps,
  actor: Actor | null,
  id: number,
  source: AuditSource,
): Promise<StaffAccountWithPassword> {
  const admin = requireAdministrator(actor);
  if (id === admin.accountId) throw new OwnAccountError('RESET_PASSWORD');
  await manageableAccount(deps, admin, id);
  const oneTimePassword = generateOneTimePassword();
  const now = deps.clock.now();
  await setPassword(deps.db, id, { passwordHash: await hashPassword(oneTimePassword), mustChange: true, now });
  await revokeSessionsOf(deps.db, id, now);
  const row = await findAccountById(deps.db, id);
  if (!row) throw new NotFoundError('StaffAccount');
  await recordAudit(deps, {
    action: 'STAFF_PASSWORD_RESET',
    result: 'OK',
    actor: admin,
    target: { kind: 'ACCOUNT', id },
    source,
  });
  return { account: toStaffAccount(row), oneTimePassword };
}
