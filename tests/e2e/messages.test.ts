// The message centre (消息) end to end in the H5 build, served by the real server, in Debian's Chromium at phone
// size. The signed-in citizen joins a full session's waiting list and a cancellation offers them the place (both
// through GraphQL with the browser's own session); 我的 shows one unread message, the message centre lists the
// offer with its deadline, tapping it opens 我的预约 and marks it read, and the unread count on 我的 is gone.
// Screenshots at phone size go to tests/e2e/artifacts/messages-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import { addDays, formatBusinessDateTime } from '@zz/shared';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bookOk,
  cancelBooking,
  createBookableExhibition,
  joinWaitlist,
  successData,
  TEST_TODAY,
  waitlistEntry,
} from '../testkit/booking';
import { type BrowserSession, openH5App, phoneScreenshot, visibleIn } from '../testkit/browser';
import { UnreadMessageCountDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { acceptCurrentPrivacyNotice, createStaff, type SignedInAs, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

describe('the message centre in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
  });
  afterAll(async () => session?.close());

  const visible = (selector: string) => visibleIn(page, selector);
  const shot = (name: string, whole?: string) => phoneScreenshot(page, `messages-${name}`, whole);

  /** The browser's citizen as the server knows them: Taro's H5 storage keeps each value as JSON `{ "data": … }`. */
  async function browserCitizen(displayName: string): Promise<SignedInAs> {
    const raw = await page.evaluate(() => localStorage.getItem('zz.session'));
    const token = (JSON.parse(raw ?? '{}') as { data?: string }).data ?? '';
    expect(token).not.toBe('');
    return { token, accountId: 0, displayName };
  }

  it('lists a waiting-list offer with its deadline, and reading it clears the unread count on 我的', async () => {
    try {
      // 我的 → 开发环境登录
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('消息测试');
      await visible('.sign-in__development-button').click();
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });
      const citizen = await browserCitizen('消息测试');
      // Joining the waiting list goes through the API for this account, which accepts the notice there first.
      await acceptCurrentPrivacyNotice(server, citizen.token);

      // Tomorrow's only place is taken; the browser's citizen waits for it, then the holder cancels.
      const staff = await createStaff(server, 'BRANCH_STAFF');
      const exhibition = await createBookableExhibition(server, staff, {
        plans: [{ startTime: '14:00', endTime: '16:00', capacity: 1 }],
      });
      const slot = await exhibition.slotAt(addDays(TEST_TODAY, 1));
      const holder = await signInCitizen(server);
      const held = await bookOk(server, holder, slot.id);
      const entryId = successData(await joinWaitlist(server, citizen, slot.id)).id;
      successData(await cancelBooking(server, holder.token, held.id));
      const offer = await waitlistEntry(server, citizen, entryId);
      expect(offer.status).toBe('OFFERED');
      const deadline = formatBusinessDateTime(Date.parse(offer.offeredUntil ?? ''));
      const unread = await call(server, UnreadMessageCountDocument, {}, citizen.token);
      // The offer is this citizen's only message (joining the list sends none).
      expect(unread).toBe(1);

      // 我的 counts it when the tab shows again.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await expect.poll(() => visible('[data-testid=me-unread-count]').textContent()).toBe(String(unread));
      await shot('me');

      // 消息: the offer, unread, with its deadline.
      await visible('.me__messages').click();
      const item = visible('[data-testid=message-item][data-kind=WAITLIST_OFFER]');
      await item.waitFor({ timeout: 15_000 });
      expect(await item.getAttribute('data-read')).toBe('false');
      expect(await item.textContent()).toContain(exhibition.title);
      expect(await item.textContent()).toContain(deadline);
      await shot('list', '.page-messages');

      // Tapping it opens 我的预约, where the offer waits for confirmation, and marks it read.
      await item.click();
      await visible('[data-testid=waitlist-item][data-status=OFFERED]').waitFor({ timeout: 15_000 });
      await expect.poll(() => call(server, UnreadMessageCountDocument, {}, citizen.token)).toBe(unread - 1);

      // Back on 我的 (a fresh load, as after reopening the app) the count is gone.
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await page.reload({ waitUntil: 'domcontentloaded' });
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });
      await expect.poll(() => page.locator('[data-testid=me-unread-count]').filter({ visible: true }).count()).toBe(0);
      await shot('me-read');

      // The message centre shows it read.
      await visible('.me__messages').click();
      const read = visible(`[data-testid=message-item][data-id="${await item.getAttribute('data-id')}"]`);
      await expect.poll(() => read.getAttribute('data-read')).toBe('true');
      await shot('list-read', '.page-messages');
    } catch (error) {
      throw await session.explainFailure('messages', error);
    }
  });
});
