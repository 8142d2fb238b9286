// The staff account rules the administrators' form and the server share: usernames, passwords, and who may give
// which role.
import {
  assignableRoles,
  newPasswordModel,
  newStaffModel,
  passwordChangeModel,
  passwordMessage,
  STAFF_ROLES,
  usernameMessage,
} from '@zz/shared';
import { describe, expect, it } from 'vitest';

describe('staff usernames', () => {
  it('takes 3–32 lower-case letters, digits and _ . -', () => {
    for (const ok of ['li', 'li_ming', 'door.1', 'a-b', 'x'.repeat(32)].filter((u) => u.length >= 3)) {
      expect(usernameMessage(ok), ok).toBeNull();
    }
    for (const bad of ['li', 'x'.repeat(33), 'Li', '李明', 'a b', 'a@b'])
      expect(usernameMessage(bad), bad).not.toBeNull();
  });

  it('is lowered and trimmed by the form model, so two spellings are one account', () => {
    const parsed = newStaffModel.parse({ username: '  Li_Ming ', displayName: '李明', role: 'CHECKER', branchId: '3' });
    expect(parsed.username).toBe('li_ming');
  });
});

describe('staff passwords', () => {
  it('needs 10 characters, not only digits or letters, and some variety', () => {
    expect(passwordMessage('door-keeper-2026')).toBeNull();
    expect(passwordMessage('short-1')).toContain('至少10位');
    expect(passwordMessage('12345678901')).toContain('只有数字');
    expect(passwordMessage('abcdefghijk')).toContain('只有字母');
    expect(passwordMessage('aaaaaaaaa1')).toContain('过于简单');
    expect(passwordMessage('x1'.repeat(65))).toContain('不能超过');
    expect(newPasswordModel.safeParse('door-keeper-2026').success).toBe(true);
  });

  it('refuses a new password equal to the current one, beside the new password', () => {
    const result = passwordChangeModel.safeParse({
      currentPassword: 'door-keeper-2026',
      newPassword: 'door-keeper-2026',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['newPassword']);
  });
});

describe('who may give which role', () => {
  it('gives the city administrator every role, an archive administrator staff and checkers, others none', () => {
    expect(assignableRoles('ADMIN')).toEqual(STAFF_ROLES);
    expect(assignableRoles('BRANCH_ADMIN')).toEqual(['BRANCH_STAFF', 'CHECKER']);
    expect(assignableRoles('BRANCH_STAFF')).toEqual([]);
    expect(assignableRoles('CHECKER')).toEqual([]);
    expect(assignableRoles(null)).toEqual([]);
  });
});
