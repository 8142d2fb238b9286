// 工作人员账号, the account form and 修改密码 in the weapp production build, run in the fake WeChat host
// (tests/testkit/weapp-host/) against a real server: an archive administrator opens 工作人员账号 from the staff home
// (their archive's staff only), creates a checker and sees the one-time password once; the checker signs in with it,
// is shown 修改密码 before anything else and, once changed, the staff home; the administrator then disables the
// checker, whose next request finds the session ended. Archive staff get no tile for it.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { MINUTE_MS } from '../testkit/booking';
import { createStaff, type StaffSignedIn, unique } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { useStaffPhones } from '../testkit/weapp-staff';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? '工作人员账号 in the weapp build'
  : '工作人员账号 in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer({ dialect: 'sqlite' });
  // Staff sign-in allows ten a minute per address, so each test starts a couple of minutes after the one before.
  let tests = 0;
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT + 2 * MINUTE_MS * tests++));
  const signedIn = useStaffPhones(server);

  it('creates a checker whose one-time password must be changed first, then disables it', async () => {
    const admin = await createStaff(server(), 'BRANCH_ADMIN', { branchCode: 'zhangpu' });
    const other = await createStaff(server(), 'CHECKER', { branchCode: 'longhai' });
    const host = await signedIn(admin);
    await host.page.tap({ className: 'staff-tool--accounts' });
    let page = host.page;
    expect(page.route).toBe('admin/pages/accounts/index');
    expect(page.title).toBe('工作人员账号');
    // Their archive's staff only: themselves, not longhai's checker.
    expect(page.text()).toContain(admin.username);
    expect(page.text()).not.toContain(other.username);

    await page.tap({ className: 'staff-accounts__create' });
    page = host.page;
    expect(page.route).toBe('admin/pages/account-edit/index');
    const username = unique('gate').replace(/-/g, '_');
    await page.type({ tag: 'input', inside: { className: 'staff-account-form__username-input' } }, username);
    await page.type({ tag: 'input', inside: { className: 'staff-account-form__name' } }, '检票员小王');
    await page.tap({ className: 'staff-account-form__save' });
    const oneTimePassword = page.get({ className: 'staff-one-time__password' }).text.trim();
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    await page.tap({ className: 'staff-one-time__copy' });
    expect(host.calls('setClipboardData')).toEqual([expect.objectContaining({ data: oneTimePassword })]);
    const row = await server()
      .db.selectFrom('account')
      .select(['id', 'role', 'branch_id', 'must_change_password'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'CHECKER', must_change_password: 1 });

    const checker = { username, password: oneTimePassword } as StaffSignedIn;
    const door = await signedIn(checker);
    // 修改密码 first: no staff tools.
    expect(door.page.all({ className: 'staff-password' })).toHaveLength(1);
    expect(door.page.all({ className: 'staff-tool--scan' })).toEqual([]);
    await door.page.type({ className: 'staff-password__current' }, oneTimePassword);
    await door.page.type({ className: 'staff-password__new' }, 'gate-keeper-2026');
    await door.page.type({ className: 'staff-password__repeat' }, 'gate-keeper-2027');
    await door.page.tap({ className: 'staff-password__submit' });
    expect(door.page.text()).toContain('两次输入的新密码不一致');
    await door.page.type({ className: 'staff-password__repeat' }, 'gate-keeper-2026');
    await door.page.tap({ className: 'staff-password__submit' });
    expect(door.page.all({ className: 'staff-tool--scan' })).toHaveLength(1);
    expect(door.page.all({ className: 'staff-tool--accounts' })).toEqual([]);

    // The administrator disables the checker (WeChat's confirm answers yes).
    await page.tap({ className: 'staff-account-form__toggle' });
    expect(page.get({ className: 'staff-account-form__username' }).text).toContain('已停用');
    const again = await door.reLaunch('/staff/pages/scan/index');
    expect(again.all({ className: 'staff-sign-in' })).toHaveLength(1);
    expect(host.errors).toEqual([]);
    expect(door.errors).toEqual([]);
    expect(host.record.missing).toEqual([]);
  });

  it('shows archive staff no 工作人员账号 tile, and 修改密码 to everyone', async () => {
    const clerk = await createStaff(server(), 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    const host = await signedIn(clerk);
    expect(host.page.all({ className: 'staff-tool--accounts' })).toEqual([]);
    await host.page.tap({ className: 'staff-dashboard__password' });
    expect(host.page.route).toBe('admin/pages/password/index');
    expect(host.page.title).toBe('修改密码');
    await host.page.type({ className: 'staff-password__current' }, 'not-my-password-1');
    await host.page.type({ className: 'staff-password__new' }, 'a-new-secret-2026');
    await host.page.type({ className: 'staff-password__repeat' }, 'a-new-secret-2026');
    await host.page.tap({ className: 'staff-password__submit' });
    expect(host.page.text()).toContain('当前密码不正确');
    expect(host.errors).toEqual([]);
  });
});
