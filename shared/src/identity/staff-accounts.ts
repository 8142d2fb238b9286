// Staff accounts as administrators make them: the username and password rules (one place, used by the forms
// and by the server), the account form's model, and who may give which role.
import * as z from 'zod/mini';
import { ruleCheck } from '../validation/checks';
import { displayNameModel } from './names';
import { STAFF_ROLES, type StaffRole } from './staff-roles';

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 32;
export const PASSWORD_MIN_LENGTH = 10;
/** scrypt hashes whatever it is given; an upper bound keeps a megabyte "password" from costing the server. */
export const PASSWORD_MAX_LENGTH = 128;

const USERNAME_PATTERN = /^[a-z0-9_.-]+$/;
const USERNAME_MESSAGE = `用户名为${USERNAME_MIN_LENGTH}–${USERNAME_MAX_LENGTH}位小写字母、数字或 _ . -`;

/** A username's message, or null. Lower case only, so 'Li' and 'li' cannot be two accounts. */
export function usernameMessage(value: string): string | null {
  if (value.length < USERNAME_MIN_LENGTH || value.length > USERNAME_MAX_LENGTH) return USERNAME_MESSAGE;
  return USERNAME_PATTERN.test(value) ? null : USERNAME_MESSAGE;
}

/** A new password's message, or null: long enough, and not only one kind of character. */
export function passwordMessage(value: string): string | null {
  if (value.length < PASSWORD_MIN_LENGTH) return `密码至少${PASSWORD_MIN_LENGTH}位`;
  if (value.length > PASSWORD_MAX_LENGTH) return `密码不能超过${PASSWORD_MAX_LENGTH}位`;
  if (/^\d+$/.test(value) || /^[a-z]+$/i.test(value)) return '密码不能只有数字或只有字母';
  if (new Set(value).size < 4) return '密码过于简单，请换一个';
  return null;
}

export const usernameModel = z
  .string({ error: USERNAME_MESSAGE })
  .check(z.trim(), z.toLowerCase(), ruleCheck(usernameMessage));

export const newPasswordModel = z.string({ error: '请填写新密码' }).check(ruleCheck(passwordMessage));

export const staffRoleModel = z.enum(STAFF_ROLES, { error: '请选择角色' });

/** 新建工作人员: what the administrator types. The archive is an id (the branch picker's value). */
export const newStaffModel = z.object({
  username: usernameModel,
  displayName: displayNameModel,
  role: staffRoleModel,
  branchId: z.string({ error: '请选择所属档案馆' }).check(z.minLength(1, '请选择所属档案馆')),
});
export type NewStaffInput = z.output<typeof newStaffModel>;

/** 编辑工作人员: the name, role and archive (username never changes: the audit log and people know it). */
export const staffChangesModel = z.object({
  displayName: displayNameModel,
  role: staffRoleModel,
  branchId: z.string({ error: '请选择所属档案馆' }).check(z.minLength(1, '请选择所属档案馆')),
});
export type StaffChangesInput = z.output<typeof staffChangesModel>;

/** 修改密码: the current password and the new one (the confirmation is the form's business). */
export const passwordChangeModel = z
  .object({
    currentPassword: z.string({ error: '请填写当前密码' }).check(z.minLength(1, '请填写当前密码')),
    newPassword: newPasswordModel,
  })
  .check(
    z.superRefine((value: { currentPassword: string; newPassword: string }, ctx) => {
      if (value.currentPassword && value.currentPassword === value.newPassword) {
        ctx.addIssue({ code: 'custom', message: '新密码不能与当前密码相同', path: ['newPassword'], input: value });
      }
    }),
  );

/**
 * The roles an administrator may give (and the accounts they may manage): the city administrator any role, an
 * archive administrator only archive staff and checkers, in their own archive. Everyone else none.
 */
export function assignableRoles(role: StaffRole | null | undefined): readonly StaffRole[] {
  if (role === 'ADMIN') return STAFF_ROLES;
  if (role === 'BRANCH_ADMIN') return ['BRANCH_STAFF', 'CHECKER'];
  return [];
}

/** Whether this role administers staff accounts at all. */
export function administersStaff(role: StaffRole | null | undefined): boolean {
  return assignableRoles(role).length > 0;
}
