// 工作人员账号 in the H5 build, served by the real server, in Debian's Chromium at phone size: the city
// administrator opens 工作人员账号 from the staff home, creates a checker and sees the one-time password once; on
// another phone the checker signs in with it, must choose a password of their own first (修改密码, nothing else
// is offered), and then reaches the door (扫码核验). The audit log has each step.
// Every tap target on the account pages measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/staff-accounts-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { createStaff, unique } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

const TAP_TARGETS = ['.zz-button', '.zz-input', '.staff-account-row']
  .map((selector) => `.staff-accounts ${selector}, .staff-account-edit ${selector}`)
  .join(', ');

describe('工作人员账号 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App();
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `staff-accounts-${name}`, whole);

  async function expectTapTargets(p: Page, count: number) {
    const { measured, small } = await tapTargets(p, TAP_TARGETS);
    expect(small, small.join('; ')).toEqual([]);
    expect(measured).toBeGreaterThanOrEqual(count);
  }

  it('an administrator creates a checker, who changes the one-time password and reaches the door', async () => {
    const admin = await createStaff(server, 'ADMIN');
    const username = unique('door').replace(/-/g, '_');
    let p: Page | undefined;
    try {
      const { page } = await session.newPhone();
      p = page;
      await page.goto(`${server.url}/#/staff/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, admin);
      await visibleIn(page, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
      await visibleIn(page, '.staff-tool--accounts').click();
      await visibleIn(page, '[data-testid=staff-account-row]').waitFor({ timeout: 15_000 });
      await expectTapTargets(page, 3);
      await shot(page, '01-list');

      await visibleIn(page, '.staff-accounts__create').click();
      await visibleIn(page, '[data-testid=staff-account-form]').waitFor({ timeout: 15_000 });
      // The role offered first for a new account is 检票员, the archive the administrator's own.
      expect(await visibleIn(page, '.staff-account-form__role .zz-picker__value').textContent()).toBe('检票员');
      await visibleIn(page, '.staff-account-form__username-input input').fill(username);
      await visibleIn(page, '.staff-account-form__name input').fill('门口检票员');
      await visibleIn(page, '.staff-account-form__save').click();
      const value = visibleIn(page, '[data-testid=one-time-password-value]');
      await value.waitFor({ timeout: 15_000 });
      const oneTimePassword = (await value.textContent())?.trim() ?? '';
      expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
      await expectTapTargets(page, 3);
      await shot(page, '02-created', '[data-testid=staff-account-edit]');

      const { page: door } = await session.newPhone();
      p = door;
      await door.goto(`${server.url}/#/staff/pages/scan/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(door, { username, password: oneTimePassword } as Parameters<typeof signInOnStaffPage>[1]);
      const form = visibleIn(door, '[data-testid=staff-password-form]');
      await form.waitFor({ timeout: 15_000 });
      // Nothing of the door before the password is changed.
      expect(await door.locator('[data-testid=checkin]').filter({ visible: true }).count()).toBe(0);
      await shot(door, '03-must-change');

      await visibleIn(door, '.staff-password__current input').fill(oneTimePassword);
      await visibleIn(door, '.staff-password__new input').fill('123456');
      await visibleIn(door, '.staff-password__repeat input').fill('123456');
      await visibleIn(door, '.staff-password__submit').click();
      expect(await visibleIn(door, '.staff-password .zz-field__error').textContent()).toContain('密码至少');
      const newPassword = 'door-keeper-2026';
      await visibleIn(door, '.staff-password__new input').fill(newPassword);
      await visibleIn(door, '.staff-password__repeat input').fill(newPassword);
      await visibleIn(door, '.staff-password__submit').click();
      await visibleIn(door, '[data-testid=checkin]').waitFor({ timeout: 15_000 });
      await shot(door, '04-door');

      const account = await server.db
        .selectFrom('account')
        .select(['id', 'role', 'must_change_password'])
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      expect(account).toMatchObject({ role: 'CHECKER', must_change_password: 0 });
      const actions = await server.db
        .selectFrom('audit_log')
        .select('action')
        .where('target_kind', '=', 'ACCOUNT')
        .where('target_id', '=', String(account.id))
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['STAFF_CREATED', 'SIGN_IN', 'PASSWORD_CHANGED']);
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'failure').catch(() => undefined);
      throw await session.explainFailure('staff-accounts', error);
    }
  }, 120_000);
});
