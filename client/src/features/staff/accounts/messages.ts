// The failures of the account tools, in the words an administrator needs.
import { STAFF_ROLE_LABELS, type StaffRole } from '@zz/shared/identity/staff-roles';
import { staffErrorMessage } from '../errors';

export const ROLE_OPTIONS = (roles: readonly StaffRole[]) =>
  roles.map((role) => ({ value: role, label: STAFF_ROLE_LABELS[role] }));

export function accountErrorMessage(error: { __typename: string; message: string; reason?: string }): string {
  switch (error.__typename) {
    case 'UsernameTakenError':
      return '该用户名已被使用，请换一个';
    case 'OwnAccountError':
    case 'RateLimitedError':
      return error.message;
    case 'NotFoundError':
      return '找不到该账号，或它不属于您管理的档案馆';
    case 'NotAuthorizedError':
      return error.reason === 'FORBIDDEN' ? '没有权限：只能管理本馆的馆员和检票员' : staffErrorMessage(error);
    default:
      return staffErrorMessage(error);
  }
}
