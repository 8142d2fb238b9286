// 网上展厅 and 编研成果 in the H5 build, in Debian's Chromium at phone size, against the real server with the demo
// content: home's entry to the halls; an on-site exhibition links to its online hall; a shared exhibit's link opens
// the hall at that exhibit, whose picture zooms; the feed's 编研成果 tab leads to the publications and where to read them.
// Requires `npm run build:h5`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openH5App, phoneScreenshot, visibleIn } from '../testkit/browser';
import { ReaderHallsDocument } from '../testkit/generated/graphql';
import { serveMediaLocally } from '../testkit/media-route';

describe('online exhibitions and publications in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openH5App();
    await serveMediaLocally(session);
  });
  afterAll(async () => session?.close());

  it('goes from home to the halls, and from an on-site exhibition to its online hall', async () => {
    const { server, page } = session;
    const visible = (selector: string) => visibleIn(page, selector);
    const { onlineExhibitions: halls } = (await server.execute(ReaderHallsDocument, {})).data!;
    expect(halls.length).toBeGreaterThanOrEqual(2);
    const linked = halls.find((h) => h.exhibitions.some((e) => e.mode === 'ONSITE'));
    if (!linked) throw new Error('no online exhibition of the demo content belongs to an on-site exhibition');
    const onsite = linked.exhibitions.find((e) => e.mode === 'ONSITE')!;
    try {
      await page.goto(`${server.url}/#/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await visible('[data-testid=home-online]').click({ timeout: 20_000 });
      await expect
        .poll(() => page.locator('.online-card__title').filter({ visible: true }).allTextContents())
        .toEqual(halls.map((h) => h.title));
      await phoneScreenshot(page, 'reader-online-list');

      await page.goto(`${server.url}/#/pages/exhibition/index?id=${onsite.id}`);
      await visible('[data-testid=exhibition-online-link]').click({ timeout: 20_000 });
      await visible(`[data-testid=online-hall][data-id="${linked.id}"]`).waitFor({ timeout: 15_000 });
      // And back: the hall lists that exhibition with 预约参观.
      const back = visible('[data-testid=online-linked-exhibition]');
      await back.scrollIntoViewIfNeeded();
      expect(await back.textContent()).toContain(onsite.title);
      expect(await back.textContent()).toContain('预约参观');
    } catch (error) {
      throw await session.explainFailure('reader-online-link', error);
    }
  }, 60_000);

  it("opens a shared exhibit's link at that exhibit, whose picture zooms", async () => {
    const { server, page } = session;
    const visible = (selector: string) => visibleIn(page, selector);
    const [hall] = (await server.execute(ReaderHallsDocument, {})).data!.onlineExhibitions;
    const third = hall.exhibits[2];
    try {
      await page.goto(`${server.url}/#/online/pages/hall/index?id=${hall.id}&exhibit=${third.id}`);
      await expect
        .poll(() => visible('.online-hall__position').textContent(), { timeout: 20_000 })
        .toBe(`3 / ${hall.exhibits.length}`);
      const image = visible(`[data-testid=online-exhibit][data-id="${third.id}"] .exhibit-slide__image`);
      await image.scrollIntoViewIfNeeded();
      await phoneScreenshot(page, 'reader-online-exhibit');
      await image.click();
      const preview = page.locator('.preview-image');
      await preview.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await preview.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src))).toEqual(
        third.images.map((i) => i.largeUrl),
      );
    } catch (error) {
      throw await session.explainFailure('reader-online-exhibit', error);
    }
  }, 60_000);

  it('leads from the feed’s 编研成果 tab to the publications and where to read them', async () => {
    const { server, page } = session;
    const visible = (selector: string) => visibleIn(page, selector);
    const { publications } = (await server.execute(ReaderHallsDocument, {})).data!;
    try {
      await page.goto(`${server.url}/#/pages/articles/index`, { waitUntil: 'domcontentloaded' });
      await visible('[data-testid=article-tab][data-key=RESEARCH]').click({ timeout: 20_000 });
      await visible('[data-testid=publications-entry]').click();
      await expect
        .poll(() => page.locator('.publication__title').filter({ visible: true }).allTextContents(), {
          timeout: 15_000,
        })
        .toEqual(publications.map((p) => p.title));
      expect(await visible('.publication__obtain').textContent()).toContain('阅读与获取');
      await phoneScreenshot(page, 'reader-publications');
    } catch (error) {
      throw await session.explainFailure('reader-publications', error);
    }
  }, 60_000);
});
