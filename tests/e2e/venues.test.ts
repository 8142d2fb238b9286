// Venue details end to end in the H5 build, served by the real server (demo seed: example venues for the 12
// archives), in Debian's Chromium at phone size: a citizen reads an exhibition's address, hours and directions, with
// a real map link (AMap, GCJ-02 coordinates) and a tel: link; the 查档 tab shows every archive's; the city
// administrator corrects the venue on 场馆信息 and the citizen's page shows the change.
// Screenshots go to tests/e2e/artifacts/venues-*.png. Requires `npm run build:h5`.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_VENUE_NOTE } from '../../server/src/seed/demo-venues';
import {
  type BrowserSession,
  FAILURE_DIR,
  openH5App,
  phoneScreenshot,
  signInOnStaffPage,
  visibleIn,
} from '../testkit/browser';
import { BranchVenuesDocument } from '../testkit/generated/graphql';
import { call } from '../testkit/graphql';
import { createStaff } from '../testkit/seed';
import type { TestServer } from '../testkit/server';

describe('venue details in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  let server: TestServer;
  let page: Page;
  beforeAll(async () => {
    session = await openH5App({ syncPageClock: true });
    ({ server, page } = session);
    mkdirSync(FAILURE_DIR, { recursive: true });
  });
  afterAll(async () => session?.close());

  const visible = (selector: string) => visibleIn(page, selector);
  const shot = (p: Page, name: string, whole?: string) => phoneScreenshot(p, `venues-${name}`, whole);

  async function cityVenue() {
    const branches = await call(server, BranchVenuesDocument, {});
    const venue = branches.find((b) => b.code === 'city')?.venueDetails;
    if (!venue) throw new Error('the demo seed gave the city archive no venue');
    return venue;
  }

  async function demoExhibitionId(): Promise<number> {
    const row = await server.db
      .selectFrom('exhibition')
      .select('id')
      .where('slug', '=', 'theme-archives-documents')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function openExhibition(p: Page, id: number) {
    await p.goto(`${server.url}/#/pages/exhibition/index?id=${id}`, { waitUntil: 'domcontentloaded' });
    await visibleIn(p, '[data-testid=venue]').waitFor({ timeout: 15_000 });
  }

  it('shows a citizen where and when on the exhibition page, with a map link and a call link', async () => {
    try {
      const venue = await cityVenue();
      await openExhibition(page, await demoExhibitionId());
      expect(await visible('[data-testid=venue-address]').textContent()).toBe(venue.address);
      expect(await visible('[data-testid=venue-hours]').textContent()).toBe('周一闭馆，8:30–12:00，14:30–17:30');
      // The page's clock is the server's: a Tuesday at 10:00 in Shanghai.
      expect(await visible('[data-testid=venue-open-state]').textContent()).toBe('开放中 · 12:00闭馆');
      expect(await visible('.venue__example').textContent()).toBe(DEMO_VENUE_NOTE);
      expect(await visible('[data-testid=venue]').textContent()).toContain('无障碍电梯');

      const map = visible('a[data-testid=venue-map]');
      const href = new URL((await map.getAttribute('href')) ?? '');
      expect(`${href.origin}${href.pathname}`).toBe('https://uri.amap.com/marker');
      expect(href.searchParams.get('position')).toBe(`${venue.longitude},${venue.latitude}`);
      expect(href.searchParams.get('name')).toContain('漳州市档案馆');
      expect(await map.getAttribute('target')).toBe('_blank');
      expect(await visible('a[data-testid=venue-phone]').getAttribute('href')).toBe('tel:+12025550101');
      await shot(page, '01-exhibition', '[data-testid=venue]');
    } catch (error) {
      throw await session.explainFailure('venues-citizen', error);
    }
  });

  it('lists every archive’s venue on the 查档 tab, directions a tap away', async () => {
    try {
      await page.goto(`${server.url}/#/pages/lookup/index`, { waitUntil: 'domcontentloaded' });
      const items = page.locator('[data-testid=branch-item]').filter({ visible: true });
      await items.first().waitFor({ timeout: 15_000 });
      expect(await items.count()).toBe(12);
      expect(await items.locator('[data-testid=venue-address]').count()).toBe(12);
      const first = visible('[data-testid=branch-item][data-code=longhai]');
      expect(await first.textContent()).toContain('龙海区');
      // The directions open on a tap: twelve archives' worth would bury the list.
      expect(await first.textContent()).not.toContain('乘公交');
      await first.locator('[data-testid=venue-guide-toggle]').click();
      expect(await first.textContent()).toContain('乘公交');
      await shot(page, '02-lookup');
    } catch (error) {
      throw await session.explainFailure('venues-lookup', error);
    }
  });

  it('lets the city administrator correct the venue; the citizen’s page shows it', async () => {
    const admin = await createStaff(server, 'ADMIN');
    let p: Page | undefined;
    try {
      const phone = await session.newPhone();
      p = phone.page;
      await p.goto(`${server.url}/#/staff/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await signInOnStaffPage(p, admin);
      await visibleIn(p, '[data-testid=staff-dashboard]').waitFor({ timeout: 15_000 });
      await visibleIn(p, '.staff-tool--venues').click();
      const address = visibleIn(p, '.venue-form__address input');
      await address.waitFor({ timeout: 15_000 });
      expect(await address.inputValue()).toBe((await cityVenue()).address);
      await address.fill('漳州市芗城区新华西路示例9号');
      await visibleIn(p, '.venue-form__lunch-end input').fill('');
      await visibleIn(p, '.venue-form__save').click();
      // A lunch break needs its end: refused beside the field, nothing sent.
      expect(await visibleIn(p, '.venue-form__lunch-end .zz-field__error').textContent()).toBe(
        '请填写午休结束时间（如 14:30）',
      );
      await visibleIn(p, '.venue-form__lunch-end input').fill('14:00');
      await visibleIn(p, '.venue-form__save').click();
      await p.getByText('场馆信息已保存').first().waitFor({ timeout: 15_000 });
      await shot(p, '03-staff', '[data-testid=venue-editor]');

      expect(await cityVenue()).toMatchObject({ address: '漳州市芗城区新华西路示例9号', isExample: false });
      await openExhibition(page, await demoExhibitionId());
      await page.reload({ waitUntil: 'domcontentloaded' });
      await visible('[data-testid=venue]').waitFor({ timeout: 15_000 });
      expect(await visible('[data-testid=venue-address]').textContent()).toBe('漳州市芗城区新华西路示例9号');
      expect(await visible('[data-testid=venue-hours]').textContent()).toBe('周一闭馆，8:30–12:00，14:00–17:30');
      expect(await page.locator('.venue__example').filter({ visible: true }).count()).toBe(0);
      await shot(page, '04-changed', '[data-testid=venue]');
    } catch (error) {
      throw await session.explainFailure('venues-staff', error);
    } finally {
      await p?.context().close();
    }
  });
});
