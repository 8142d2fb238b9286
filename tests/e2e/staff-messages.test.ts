// 未送达消息 in the H5 build, served by the real server (wired to the fake WeChat server), in Debian's Chromium at
// phone size: a citizen books with no WeChat grant and delivery ends the message NO_GRANT; another granted one is
// refused by WeChat (47003) and ends FAILED. The archive's staff member opens 未送达消息 from the staff home, sees
// both with status, reason and masked phone, reveals one phone with a reason (recorded in personal_data_access)
// and sees the number to call.
// Every tap target on the page measures at least 44 CSS px (88 design px) both ways.
// Screenshots at phone size go to tests/e2e/artifacts/staff-messages-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { DELIVERY_STATUS_LABELS } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAFF_PAGES } from '../../client/src/features/staff/routes';
import { bookOk, createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  tapTargets,
  visibleIn,
} from '../testkit/browser';
import { type FakeWechat, startFakeWechat } from '../testkit/fake-wechat';
import { deliver, grant, messagesOf, notificationEnv, signInThroughWechat } from '../testkit/notifications';
import { createStaff } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

const TAP_TARGETS = ['.zz-button', '.zz-input', '.staff-message__call']
  .map((selector) => `.staff-messages ${selector}`)
  .join(', ');

describe('未送达消息 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let fake: FakeWechat;
  beforeAll(async () => {
    fake = await startFakeWechat();
    session = await openH5App({ syncPageClock: true, env: notificationEnv(fake) });
    ({ server } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => {
    await session?.close();
    await fake?.close();
  });

  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `staff-messages-${name}`, whole);

  /** At least `count` tap targets on screen, none of them smaller than 44 CSS px either way. */
  async function expectTapTargets(p: Page, count: number) {
    const { measured, small } = await tapTargets(p, TAP_TARGETS);
    expect(small).toEqual([]);
    expect(measured).toBeGreaterThanOrEqual(count);
  }

  /** A citizen signed in through WeChat books through GraphQL, with no grant unless `granted`; delivery then runs. */
  async function undeliveredBooking(branchCode: string, phone: string, granted = false) {
    const admin = await createStaff(server, 'ADMIN');
    const exhibition = await createBookableExhibition(server, admin, { branchCode });
    const citizen = await signInThroughWechat(server, fake);
    if (granted) await grant(server, citizen, ['BOOKING_RESULT']);
    await bookOk(server, citizen, (await exhibition.slotAt(TEST_TODAY)).id, { phone });
    await deliver(server);
    const [message] = await messagesOf(server, citizen.accountId);
    return message;
  }

  it("shows the archive's undelivered messages and reveals a phone with a recorded reason", async () => {
    const noGrant = await undeliveredBooking('zhangpu', '13912340000');
    expect(noGrant.status).toBe('NO_GRANT');
    fake.queueSendReplies({ errcode: 47003 });
    const failed = await undeliveredBooking('zhangpu', '13812345678', true);
    expect(failed.status).toBe('FAILED');
    const clerk = await createStaff(server, 'BRANCH_STAFF', { branchCode: 'zhangpu' });
    let p: Page | undefined;
    try {
      const { page } = await session.newPhone();
      p = page;
      await page.goto(`${server.url}/#/${STAFF_PAGES.home}`, { waitUntil: 'domcontentloaded' });
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
        DELIVERY_STATUS_LABELS.FAILED,
      );
      expect(await item('139****0000').locator('.staff-message__reason').textContent()).toBe('原因：市民未订阅该通知');
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
      // Taro's H5 makePhoneCall opens tel:, which headless Chromium has no handler for (the weapp suite checks
      // the number wx.makePhoneCall receives); the tap leaves the page as it was.
      await call.click();
      await page.waitForTimeout(300);
      expect(page.url()).toContain(`/${STAFF_PAGES.messages}`);
      expect(await visibleIn(page, '.staff-message__call').textContent()).toBe('13912340000拨打');

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
