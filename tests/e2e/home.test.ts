// The H5 build served by the real server, in Debian's Chromium at phone size: the home page shows the
// seeded exhibitions and articles. Requires `npm run build:h5` (npm test runs it before vitest).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { demoArticles, demoExhibitions } from '../../server/src/seed/demo-content';
import { type BrowserSession, openH5App } from '../testkit/browser';
import { HomeTitlesDocument } from '../testkit/generated/graphql';

const SCREENSHOT = resolve(REPO_ROOT, 'docs/screenshot-home.png');

describe('home page in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openH5App();
  });
  afterAll(async () => session?.close());

  it('shows a featured exhibition and the latest article', async () => {
    const { server, page } = session;
    // What the page should show, read from the seeded database through the same query the page uses.
    const home = await server.execute(HomeTitlesDocument, {});
    const exhibition = home.data!.home.featuredExhibitions[0].title;
    const article = home.data!.home.latestArticles[0].title;
    expect(demoExhibitions.map((e) => e.title)).toContain(exhibition);
    expect(demoArticles.map((a) => a.title)).toContain(article);

    const exhibitionCard = page.locator('.exhibition-card', { hasText: exhibition }).first();
    const articleItem = page.locator('.article-item', { hasText: article }).first();
    try {
      await page.goto(`${server.url}/#/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await exhibitionCard.waitFor({ state: 'visible', timeout: 20_000 });
      await articleItem.waitFor({ state: 'attached', timeout: 10_000 });
      // The screenshot shows the top of the page as a visitor first sees it (fonts and covers loaded).
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      mkdirSync(resolve(SCREENSHOT, '..'), { recursive: true });
      await page.screenshot({ path: SCREENSHOT });
      await articleItem.scrollIntoViewIfNeeded();
      expect(await articleItem.isVisible()).toBe(true);
    } catch (error) {
      throw await session.explainFailure('home', error);
    }
  }, 60_000);
});
