// 长辈模式 in the H5 build, served by the real server, in Debian's Chromium at phone size: the one-time offer on the
// home page at first launch (declined or accepted, and remembered), the switch in the home page's banner, and a
// whole booking in elder mode, where every control the visitor taps measures at least 44 CSS px and the text is
// larger than in the normal mode. Screenshots go to tests/e2e/artifacts/elder-*.png.
// Requires `npm run build:h5` (npm test runs it before vitest).
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousViolations } from '../testkit/axe';
import { TEST_TODAY, visitor } from '../testkit/booking';
import { type BrowserSession, MIN_TAP_PX, openH5App, phoneScreenshot, visibleIn } from '../testkit/browser';
import { FirstCurrentOnsiteExhibitionDocument } from '../testkit/generated/graphql';
import type { TestServer } from '../testkit/server';

describe('长辈模式 in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true, firstLaunch: true });
    ({ server } = session);
  });
  afterAll(async () => session?.close());

  async function openHome(page: Page): Promise<void> {
    await page.goto(`${server.url}/#/pages/index/index`, { waitUntil: 'domcontentloaded' });
    await visibleIn(page, '[data-testid=page-home]').waitFor({ timeout: 20_000 });
  }
  const isElder = (page: Page, name: string) =>
    visibleIn(page, `[data-testid=page-${name}]`).evaluate((el) => el.classList.contains('zz-page--elder'));
  /** The computed font size, in CSS px, of the first visible match. */
  const fontSize = (page: Page, selector: string) =>
    visibleIn(page, selector).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));

  it('offers 长辈模式 once at first launch: 暂不需要 is remembered and leaves the normal mode', async () => {
    const { page } = await session.newPhone();
    try {
      await openHome(page);
      const offer = visibleIn(page, '[data-testid=elder-mode-offer]');
      await offer.waitFor({ timeout: 15_000 });
      expect(await offer.textContent()).toContain('开启长辈模式？');
      expect(await offer.textContent()).toContain('字更大、按钮更大');
      await phoneScreenshot(page, 'elder-offer');
      await expectNoSeriousViolations(page, 'home with the elder-mode offer');
      await tapChecked(visibleIn(page, '.elder-offer__decline'));
      await offer.waitFor({ state: 'detached' });
      expect(await isElder(page, 'home')).toBe(false);

      // A restart: the offer does not come back.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await visibleIn(page, '[data-testid=elder-mode-toggle]').waitFor({ timeout: 20_000 });
      expect(await page.locator('[data-testid=elder-mode-offer]').count()).toBe(0);
      expect(await isElder(page, 'home')).toBe(false);
    } catch (error) {
      throw await session.explainFailure('elder-offer-decline', error);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('turns 长辈模式 on from the first-launch offer, and keeps it on after a restart', async () => {
    const { page } = await session.newPhone();
    try {
      await openHome(page);
      const normalTitle = await fontSize(page, '.zz-section__title');
      await tapChecked(visibleIn(page, '.elder-offer__accept'));
      await page.locator('[data-testid=elder-mode-offer]').waitFor({ state: 'detached' });
      expect(await isElder(page, 'home')).toBe(true);
      expect(await fontSize(page, '.zz-section__title')).toBeGreaterThanOrEqual(normalTitle * 1.25);

      await page.reload({ waitUntil: 'domcontentloaded' });
      await visibleIn(page, '[data-testid=elder-mode-toggle][data-on=true]').waitFor({ timeout: 20_000 });
      expect(await isElder(page, 'home')).toBe(true);
      expect(await page.locator('[data-testid=elder-mode-offer]').count()).toBe(0);
    } catch (error) {
      throw await session.explainFailure('elder-offer-accept', error);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it("switches 长辈模式 on and off from the home page's banner, a switch with its state for screen readers", async () => {
    const { page } = await session.newPhone();
    try {
      await openHome(page);
      await tapChecked(visibleIn(page, '.elder-offer__decline'));
      const toggle = visibleIn(page, '[data-testid=elder-mode-toggle]');
      expect(await toggle.getAttribute('role')).toBe('switch');
      expect(await toggle.getAttribute('aria-checked')).toBe('false');
      const normalEntry = await fontSize(page, '.home-entries__label');

      await tapChecked(toggle);
      await visibleIn(page, '[data-testid=elder-mode-toggle][data-on=true]').waitFor();
      expect(await toggle.getAttribute('aria-checked')).toBe('true');
      expect(await isElder(page, 'home')).toBe(true);
      expect(await fontSize(page, '.home-entries__label')).toBeGreaterThan(normalEntry);
      await phoneScreenshot(page, 'elder-home');

      // The same setting everywhere: 我的 shows its switch on.
      await page.goto(`${server.url}/#/pages/me/index`);
      await visibleIn(page, '[data-testid=page-me]').waitFor();
      expect(await isElder(page, 'me')).toBe(true);

      await openHome(page);
      await tapChecked(visibleIn(page, '[data-testid=elder-mode-toggle]'));
      await visibleIn(page, '[data-testid=elder-mode-toggle][data-on=false]').waitFor();
      expect(await isElder(page, 'home')).toBe(false);
    } catch (error) {
      throw await session.explainFailure('elder-home-switch', error);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('books a visit in 长辈模式: every step reachable, every control tapped at least 44 px, the text larger', async () => {
    const { page } = await session.newPhone();
    const visible = (selector: string) => visibleIn(page, selector);
    const listed = await server.execute(FirstCurrentOnsiteExhibitionDocument, {});
    const exhibition = listed.data!.exhibitions.edges[0].node;
    const guest = visitor();
    try {
      // 我的 → 开发环境登录, in the normal mode first, for the size of its text.
      await page.goto(`${server.url}/#/pages/me/index`, { waitUntil: 'domcontentloaded' });
      await visible('.sign-in__name input').fill('长辈预约');
      await tapChecked(visible('.sign-in__development-button'));
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });
      const normalLabel = await fontSize(page, '.me__bookings .zz-cell__label');

      // On from the home page's banner.
      await openHome(page);
      await tapChecked(visible('.elder-offer__decline'));
      await tapChecked(visible('[data-testid=elder-mode-toggle]'));
      await visible('[data-testid=elder-mode-toggle][data-on=true]').waitFor();

      await page.goto(`${server.url}/#/pages/me/index`);
      await visible('[data-testid=account-card]').waitFor({ timeout: 15_000 });
      expect(await isElder(page, 'me')).toBe(true);
      expect(await fontSize(page, '.me__bookings .zz-cell__label')).toBeGreaterThanOrEqual(normalLabel * 1.25);

      // 展览 → the exhibition → a later day with places → a session
      await page.goto(`${server.url}/#/pages/exhibitions/index`);
      await tapChecked(visible(`.exhibition-card[data-id="${exhibition.id}"]`));
      const day = visible(`[data-testid=visit-day][data-availability=AVAILABLE]:not([data-date="${TEST_TODAY}"])`);
      await day.waitFor({ timeout: 15_000 });
      expect(await isElder(page, 'exhibition')).toBe(true);
      await tapChecked(day);
      const date = await day.getAttribute('data-date');
      const slot = visible(`[data-testid=visit-slots][data-date="${date}"] [data-testid=visit-slot][data-state=open]`);
      await slot.waitFor();
      await phoneScreenshot(page, 'elder-exhibition');
      await tapChecked(slot);

      // The form, then 下一步
      await visible('[data-testid=booking-form]').waitFor({ timeout: 15_000 });
      expect(await isElder(page, 'booking-form')).toBe(true);
      // A new account accepts the 个人信息保护说明 before the first document number.
      await tapChecked(visible('.consent-card__accept'));
      await fillChecked(visible('.visitor-fields__name input'), guest.name);
      await fillChecked(visible('.visitor-fields__number input'), guest.documentNumber);
      await fillChecked(visible('.booking-form__phone input'), '13912345678');
      await phoneScreenshot(page, 'elder-booking-form');
      await tapChecked(visible('.booking-form__next'));

      // The confirmation, then 确认预约: the ticket
      await visible('[data-testid=booking-confirm]').waitFor({ timeout: 15_000 });
      await phoneScreenshot(page, 'elder-booking-confirm');
      await tapChecked(visible('.booking-confirm__submit'));
      const ticket = visible('[data-testid=ticket][data-status=CONFIRMED]');
      await ticket.waitFor({ timeout: 15_000 });
      expect(await isElder(page, 'booking-ticket')).toBe(true);
      expect(await ticket.textContent()).toContain(exhibition.title);
      await phoneScreenshot(page, 'elder-ticket');

      // 我的预约 lists it.
      const bookingId = await ticket.getAttribute('data-id');
      await tapChecked(visible('.ticket__mine'));
      await tapChecked(visible(`[data-testid=booking-item][data-id="${bookingId}"]`));
      await visible(`[data-testid=ticket][data-id="${bookingId}"]`).waitFor({ timeout: 15_000 });
    } catch (error) {
      throw await session.explainFailure('elder-booking', error);
    } finally {
      await page.context().close();
    }
  }, 120_000);
});

/** Fails unless the control measures at least 44 CSS px both ways; then taps it. */
async function tapChecked(control: Locator): Promise<void> {
  await expectTapSize(control);
  await control.click();
}

async function fillChecked(input: Locator, value: string): Promise<void> {
  await expectTapSize(input);
  await input.fill(value);
}

async function expectTapSize(control: Locator): Promise<void> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error('the control is not on screen');
  const what = await control.evaluate((el) => `${el.className} "${el.textContent?.slice(0, 30)}"`);
  expect(Math.min(box.width, box.height), `${what} is ${box.width}×${box.height}`).toBeGreaterThanOrEqual(MIN_TAP_PX);
}
