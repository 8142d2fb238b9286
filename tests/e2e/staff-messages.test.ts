// 未送达消息 in the H5 build, served by the real server, in Debian's Chromium at phone size: a citizen books with no
// WeChat grant and delivery cannot send (the suite's server has no WECHAT_APPID: IN_APP_ONLY), another message
// ends NO_GRANT; the archive's staff member opens 未送达消息 from the staff home, sees both with status, reason and
// masked phone, reveals one phone with a reason (recorded in personal_data_access) and sees the number to call.
// Every tap target on the page measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/staff-messages-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { DELIVERY_STATUS_LABELS } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookOk, createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  visibleIn,
} from '../testkit/browser';
import { deliver, messagesOf } from '../testkit/notifications';
import { createStaff, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

/** What a tap target must measure at phone width: 88 design px on a 750 canvas, less rounding. */
const MIN_TAP_PX = 43.5;
const TAP_TARGETS = ['.zz-button', '.zz-input', '.staff-message__call']
  .map((selector) => `.staff-messages ${selector}`)
  .join(', ');

describe('未送达消息 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => session?.close());

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `staff-messages-${name}`, whole);

  /** The tap targets on screen, and those smaller than 44 CSS px either way, described for the failure message. */
  async function expectTapTargets(p: Page, count: number) {
    const boxes = await p
      .locator(TAP_TARGETS)
      .filter({ visible: true })
      .evaluateAll((elements) =>
        elements.map((el) => {
          const box = el.getBoundingClientRect();
          return { what: `${el.className} "${el.textContent}"`, width: box.width, height: box.height };
        }),
      );
    const small = boxes.filter((b) => b.width < MIN_TAP_PX || b.height < MIN_TAP_PX);
    expect(small.map((b) => `${b.what} ${b.width}×${b.height}`)).toEqual([]);
    expect(boxes.length).toBeGreaterThanOrEqual(count);
  }

  /** A citizen of `branchCode`'s exhibition books through GraphQL with no WeChat grant; delivery then runs. */
  async function undeliveredBooking(branchCode: string, phone: string) {
    const admin = await createStaff(server, 'ADMIN');
    const exhibition = await createBookableExhibition(server, admin, { branchCode });
    const citizen = await signInCitizen(server);
    await bookOk(server, citizen, (await exhibition.slotAt(TEST_TODAY)).id, { phone });
    await deliver(server);
    const [message] = await messagesOf(server, citizen.accountId);
    return message;
  }

  it("shows the archive's undelivered messages and reveals a phone with a recorded reason", async () => {
    const inApp = await undeliveredBooking('zhangpu', '13812345678');
    expect(inApp.status).toBe('IN_APP_ONLY');
    const noGrant = await undeliveredBooking('zhangpu', '13912340000');
    await server.db
      .updateTable('notification_outbox')
      .set({ status: 'NO_GRANT', last_error: '43101 用户拒绝接受消息' })
      .where('id', '=', noGrant.id)
      .execute();
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    let p: Page | undefined;
    try {
      const { page } = await session.newPhone();
      p = page;
      await page.goto(`${server.url}/#/staff/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(page, clerk);
      await visibleIn(page, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
      await shot(page, '01-home', '[data-testid=staff-dashboard]');
      await visibleIn(page, '.staff-tool--messages').click();

      const items = page.locator('[data-testid=staff-message]').filter({ visible: true });
      await items.first().waitFor({ timeout: 15_000 });
      expect(await items.count()).toBe(2);
      const item = (phone: string) => items.filter({ hasText: phone }).first();
      expect(await item('139****0000').locator('.staff-message__status').textContent()).toBe(
        DELIVERY_STATUS_LABELS.NO_GRANT,
      );
      expect(await item('138****5678').locator('.staff-message__status').textContent()).toBe(
        DELIVERY_STATUS_LABELS.IN_APP_ONLY,
      );
      expect(await item('139****0000').locator('.staff-message__reason').textContent()).toBe(
        '原因：43101 用户拒绝接受消息',
      );
      // Two 查看电话 buttons.
      await expectTapTargets(page, 2);
      await shot(page, '02-list');

      await item('139****0000').locator('.staff-message__reveal').click();
      const dialog = visibleIn(page, '[data-testid=staff-message-reveal]');
      await dialog.waitFor();
      await dialog.locator('.staff-dialog__confirm').click();
      expect(await dialog.locator('.staff-message-reveal__reason').textContent()).toContain('请填写查看原因');
      await dialog.locator('.staff-message-reveal__reason input').fill('电话告知预约成功');
      await shot(page, '03-reason');
      await dialog.locator('.staff-dialog__confirm').click();
      const call = visibleIn(page, '.staff-message__call');
      await call.waitFor({ timeout: 15_000 });
      expect(await call.textContent()).toBe('13912340000拨打');
      expect(await item('138****5678').locator('.staff-message__reveal').count()).toBe(1);
      await expectTapTargets(page, 2);
      await shot(page, '04-revealed');

      const recorded = await server.db
        .selectFrom('personal_data_access')
        .selectAll()
        .where('subject_kind', '=', 'NOTIFICATION')
        .execute();
      expect(recorded).toMatchObject([
        { subject_id: noGrant.id, staff_account_id: clerk.accountId, reason: '电话告知预约成功' },
      ]);
      expect(session.problems.filter((problem) => problem.startsWith('pageerror'))).toEqual([]);
    } catch (error) {
      if (p) await shot(p, 'failure').catch(() => undefined);
      throw await session.explainFailure('staff-messages', error);
    }
  }, 90_000);
});
