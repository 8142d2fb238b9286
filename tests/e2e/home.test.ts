// The H5 build served by the real server, in Debian's Chromium at phone size: the home page shows the
// seeded exhibitions and articles. Requires `npm run build:h5` (npm test runs it before vitest).
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { demoArticles, demoExhibitions } from '../../server/src/db/demo-content';
import { startTestServer, type TestServer } from '../testkit/server';

const H5_DIR = resolve(REPO_ROOT, 'client/dist/h5');
const SCREENSHOT = resolve(REPO_ROOT, 'docs/screenshot-home.png');
const FAILURE_DIR = resolve(REPO_ROOT, 'tests/e2e/artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('home page in the browser (H5, sqlite)', () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(H5_DIR, 'index.html'))) {
      throw new Error(`${H5_DIR}/index.html is missing: run \`npm run build:h5\` first (\`npm test\` builds it).`);
    }
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: apt-get install -y --no-install-recommends chromium`);
    }
    server = await startTestServer({ dialect: 'sqlite', env: { STATIC_DIR: H5_DIR, SEED_DEMO: 'true' } });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, deviceScaleFactor: 2 });
    page = await context.newPage();
    // Collected for the failure message: a blank page is far easier to explain with the console beside it.
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`requestfailed: ${request.url()}`));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a featured exhibition and the latest article', async () => {
    // What the page should show, read from the seeded database through the same query the page uses.
    const home = await server.execute('{ home { featuredExhibitions { title } latestArticles { title } } }');
    const exhibition: string = home.data.home.featuredExhibitions[0].title;
    const article: string = home.data.home.latestArticles[0].title;
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
      mkdirSync(FAILURE_DIR, { recursive: true });
      await page.screenshot({ path: join(FAILURE_DIR, 'home-failure.png'), fullPage: true }).catch(() => {});
      const body = await page
        .locator('body')
        .textContent()
        .catch(() => null);
      throw new Error(
        `${(error as Error).message}\n\nexpected exhibition "${exhibition}" in .exhibition-card and article "${article}" ` +
          `in .article-item\npage text: ${(body ?? '(no body)').slice(0, 500)}\n${problems.join('\n')}\n` +
          `screenshot: ${FAILURE_DIR}/home-failure.png`,
      );
    }
  }, 60_000);
});
