// Finding a visit in the H5 build, at phone size: the exhibition list filtered by archive with its chips, each
// card's booking tag and place, the booking bar on the exhibition page that brings the day strip into view with its
// day chosen, a session's 预约 opening the booking form, and 团体预约 on a row of its own. Every target measured at
// 44 CSS px or more. Requires `npm run build:h5` (npm test runs it before vitest).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchIdByCode } from '../../server/src/modules/branches/branch.service';
import { type BookableExhibition, createBookableExhibition, TEST_TODAY } from '../testkit/booking';
import { type BrowserSession, openH5App, phoneScreenshot, tapTargets } from '../testkit/browser';
import { createStaff } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

describe('finding an exhibition and its booking in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  let zhangpu: BookableExhibition;
  let zhangpuId: string;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
    const admin = await createStaff(server, 'ADMIN');
    // The demo exhibitions are the city archive's; one more in 漳浦 makes the filter worth having.
    zhangpu = await createBookableExhibition(server, admin, {
      branchCode: 'zhangpu',
      policy: { closedWeekdays: [] },
      plans: [{ startTime: '14:00', endTime: '16:00', capacity: 40, groupQuota: 30 }],
    });
    zhangpuId = String(await branchIdByCode(server.db, 'zhangpu'));
  });
  afterAll(async () => session?.close());

  /** H5 keeps earlier pages of the stack in the DOM, hidden; act on what the visitor sees. */
  const visible = (selector: string): Locator => page.locator(selector).filter({ visible: true }).first();
  const cardIds = (selector = '[data-testid=exhibition-card]') =>
    page
      .locator(selector)
      .filter({ visible: true })
      .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-id')));

  it('filters the list by archive with chips, and each card says where and whether it can be booked', async () => {
    try {
      await page.goto(`${server.url}/#/pages/exhibitions/index`, { waitUntil: 'domcontentloaded' });
      await visible('[data-testid=exhibition-card]').waitFor({ timeout: 20_000 });
      const chip = visible(`[data-testid=archive-chip][data-branch-id="${zhangpuId}"]`);
      await chip.waitFor({ timeout: 10_000 });
      expect(await visible('[data-testid=archive-chip][data-branch-id=""]').textContent()).toBe('全部');
      const chips = await tapTargets(page, '[data-testid=archive-chip]');
      expect(chips.measured).toBeGreaterThanOrEqual(2);
      expect(chips.small).toEqual([]);
      expect(await cardIds()).toContain(zhangpu.id);
      expect((await cardIds()).length).toBeGreaterThan(1);
      await phoneScreenshot(page, 'finding-01-list');

      await chip.click();
      await expect.poll(() => cardIds()).toEqual([zhangpu.id]);
      expect(await chip.getAttribute('aria-selected')).toBe('true');
      const card = visible(`[data-testid=exhibition-card][data-id="${zhangpu.id}"]`);
      expect(await card.getAttribute('data-branch-id')).toBe(zhangpuId);
      expect(await card.locator('[data-testid=exhibition-card-place]').textContent()).toBe('漳浦县档案馆 · 一楼展厅');
      const glance = card.locator('[data-testid=exhibition-card-glance]');
      expect(await glance.getAttribute('data-state')).toBe('AVAILABLE');
      expect(await glance.textContent()).toBe('可预约 · 余 40');
      await phoneScreenshot(page, 'finding-02-list-zhangpu');

      await visible('[data-testid=archive-chip][data-branch-id=""]').click();
      await expect.poll(async () => (await cardIds()).length).toBeGreaterThan(1);
      // The demo exhibitions without a picture show their generated cover.
      const cover = page.locator('.exhibition-card__cover').filter({ visible: true }).first();
      // Covers load lazily: the picture's address is set once the card is on screen.
      await expect
        .poll(() => cover.locator('img').first().getAttribute('src'))
        .toMatch(/\/covers\/exhibitions\/\d+\.svg$/);
    } catch (error) {
      throw await session.explainFailure('finding-list', error);
    }
  }, 90_000);

  it('books from the bar: it chooses the next day with places, shows the strip, and the session opens the form', async () => {
    try {
      // Signed in, so that the session's tap reaches the booking form itself.
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('找展测试');
      await visible('.sign-in__development-button').click();
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });

      await page.goto(`${server.url}/#/pages/exhibition/index?id=${zhangpu.id}`);
      const bar = visible('[data-testid=booking-bar]');
      await bar.waitFor({ timeout: 20_000 });
      expect(await bar.getAttribute('data-state')).toBe('AVAILABLE');
      // Today has its 14:00 session still ahead (the test clock is in the morning): the bar offers today.
      expect(await bar.getAttribute('data-date')).toBe(TEST_TODAY);
      expect(await bar.textContent()).toContain('余 40');
      expect(await bar.textContent()).toContain('立即预约');
      const strip = visible('[data-testid=visit-days]');
      // The strip starts below the fold: the bar is how a visitor gets there.
      const viewport = page.viewportSize() ?? { width: 375, height: 667 };
      expect((await strip.boundingBox())?.y ?? 0).toBeGreaterThan(viewport.height);
      await phoneScreenshot(page, 'finding-03-exhibition-bar');

      // Choose another day first, so that the bar's tap visibly chooses its own.
      const other = visible(`[data-testid=visit-day][data-availability=AVAILABLE]:not([data-date="${TEST_TODAY}"])`);
      await other.click({ force: true });
      await expect
        .poll(() => visible('[data-testid=visit-day].is-selected').getAttribute('data-date'))
        .not.toBe(TEST_TODAY);

      await visible('[data-testid=booking-bar-action]').click();
      await expect
        .poll(() => visible('[data-testid=visit-day].is-selected').getAttribute('data-date'))
        .toBe(TEST_TODAY);
      // Scrolled to the top of the page's own scroller (Taro's H5 pages scroll inside an element), above the bar.
      await expect.poll(async () => Math.round((await strip.boundingBox())?.y ?? -999)).toBeGreaterThanOrEqual(-1);
      const stripBox = await strip.boundingBox();
      const barTop = (await bar.boundingBox())?.y ?? 0;
      expect((stripBox?.y ?? 0) + (stripBox?.height ?? 0)).toBeLessThanOrEqual(barTop);
      await phoneScreenshot(page, 'finding-04-strip');

      // The day cells, the session's 预约 and the 团体预约 row, each at least 44 CSS px; 团体预约 outside the row.
      const slot = visible(
        `[data-testid=visit-slots][data-date="${TEST_TODAY}"] [data-testid=visit-slot][data-state=open]`,
      );
      await slot.waitFor();
      for (const selector of [
        '[data-testid=visit-day]',
        '[data-testid=visit-slot] .visit-slot__book',
        '[data-testid=visit-slot-group]',
        '[data-testid=booking-bar-action]',
      ]) {
        const targets = await tapTargets(page, selector);
        expect(targets.measured, selector).toBeGreaterThan(0);
        expect(targets.small, `${selector}: ${targets.small.join(', ')}`).toEqual([]);
      }
      expect(await page.locator('[data-testid=visit-slot] [data-testid=visit-slot-group]').count()).toBe(0);
      const group = visible('[data-testid=visit-slot-group]');
      expect(await group.textContent()).toContain('团体预约');
      expect(await group.textContent()).toContain('余 30 人');

      // Nothing at the end of the page hides under the bar.
      const rules = visible('[data-testid=visit-rules]');
      await rules.evaluate((el) => {
        let scroller: HTMLElement | null = el.parentElement;
        while (scroller && scroller.scrollHeight <= scroller.clientHeight) scroller = scroller.parentElement;
        if (scroller) scroller.scrollTop = scroller.scrollHeight;
      });
      await expect
        .poll(async () => {
          const [rulesBox, barBox] = [await rules.boundingBox(), await bar.boundingBox()];
          return rulesBox !== null && barBox !== null && rulesBox.y + rulesBox.height <= barBox.y;
        })
        .toBe(true);

      const slotId = await slot.getAttribute('data-slot-id');
      await slot.locator('.visit-slot__book').click();
      await visible('[data-testid=booking-form]').waitFor({ timeout: 15_000 });
      expect(page.url()).toContain(`slotId=${slotId}`);
      await phoneScreenshot(page, 'finding-05-form');
    } catch (error) {
      throw await session.explainFailure('finding-bar', error);
    }
  }, 120_000);

  it('opens the group form from the 团体预约 row, not the individual one', async () => {
    try {
      await page.goto(`${server.url}/#/pages/exhibition/index?id=${zhangpu.id}`);
      await visible('[data-testid=booking-bar-action]').click({ timeout: 20_000 });
      await visible('[data-testid=visit-slot-group]').click({ timeout: 15_000 });
      await expect.poll(() => page.url()).toContain('group');
      expect(page.url()).not.toContain('booking/pages/form');
    } catch (error) {
      throw await session.explainFailure('finding-group', error);
    }
  }, 60_000);
});
