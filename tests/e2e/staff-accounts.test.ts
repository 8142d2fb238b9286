// 工作人员账号 in the H5 build, served by the real server, in Debian's Chromium at phone size: the city
// administrator opens 工作人员账号 from the staff home, creates a checker and sees the one-time password once; on
// another phone the checker signs in with it, must choose a password of their own first (修改密码, nothing else
// is offered), then reaches the door (扫码核验), holds a visitor's ticket up to the camera (a canvas stream of the
// ticket's real QR code, decoded by the page's own jsQR) and sees the visitor's full name to match the ID card.
// The audit log has each step.
// Every tap target on the account pages measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/staff-accounts-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { at, bookOk, createBookableExhibition, TEST_TODAY, visitor } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { phoneWithCamera, qrDataUrl, showTicket } from '../testkit/camera';
import { createStaff, signInCitizen, unique } from '../testkit/seed';
import { DEFAULT_TEST_INSTANT, type TestServer } from '../testkit/server';

const TAP_TARGETS = ['.zz-button', '.zz-input', '.staff-account-row']
  .map((selector) => `.staff-accounts ${selector}, .staff-account-edit ${selector}`)
  .join(', ');

describe('工作人员账号 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    // The page's clock follows the server's: the door judges a scan by the time the phone read it.
    session = await openH5App({ syncPageClock: true });
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

  it('an administrator creates a checker, who changes the one-time password and checks a visitor in', async () => {
    server.clock.set(DEFAULT_TEST_INSTANT);
    const admin = await createStaff(server, 'ADMIN');
    // Today's 14:00 session at the administrator's archive, with one booked visitor.
    const exhibition = await createBookableExhibition(server, admin, {
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 20 }],
    });
    const slot = await exhibition.slotAt(TEST_TODAY);
    const booking = await bookOk(server, await signInCitizen(server), slot.id, {
      visitors: [visitor({ name: '林语堂' })],
    });
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

      // The checker's phone: its camera sees nothing until the ticket is held up.
      server.clock.set(at(TEST_TODAY, '14:05'));
      const door = await phoneWithCamera(session, qrDataUrl(booking.visitors[0].ticketToken as string), false);
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

      await showTicket(door);
      await visibleIn(door, '[data-testid="checkin-admitted"]').waitFor({ timeout: 20_000 });
      expect(await visibleIn(door, '[data-testid="checkin-revealed-name"]').textContent()).toBe('林语堂');
      await shot(door, '05-admitted');

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
      // The check-in is the checker's, with the name shown recorded as revealed.
      const checkIn = await server.db
        .selectFrom('audit_log')
        .select(['actor_account_id', 'revealed_fields'])
        .where('action', '=', 'BOOKING_CHECKED_IN')
        .where('actor_account_id', '=', account.id)
        .execute();
      expect(checkIn).toHaveLength(1);
      expect(checkIn[0].revealed_fields).toContain('VISITOR_NAME');
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'failure').catch(() => undefined);
      throw await session.explainFailure('staff-accounts', error);
    }
  }, 120_000);
});
