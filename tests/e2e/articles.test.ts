// A reader in the H5 build, in Debian's Chromium at phone size, against the real server with the demo content:
// the feed → a search → an article (a picture opens the full-screen preview) → a like that asks to sign in first →
// 分享 copies a link that opens the same article on another phone → an online exhibition, swiped to its next exhibit.
// Requires `npm run build:h5`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BrowserSession, openH5App, phoneScreenshot, tapTargets, visibleIn } from '../testkit/browser';
import { ReaderArticleCountsDocument, ReaderFeedDocument, ReaderHallsDocument } from '../testkit/generated/graphql';
import { serveMediaLocally } from '../testkit/media-route';

describe('a reader in the browser (H5, sqlite)', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openH5App();
    await serveMediaLocally(session);
  });
  afterAll(async () => session?.close());

  it('finds an article in the feed, previews a picture, likes it after signing in, and shares a link that opens it', async () => {
    const { server, page } = session;
    const visible = (selector: string) => visibleIn(page, selector);
    const first = (await server.execute(ReaderFeedDocument, { first: 10 })).data!.articles;
    const all = (await server.execute(ReaderFeedDocument, { first: 50 })).data!.articles.edges.map((e) => e.node);
    // The article with the most pictures: the preview then has several to swipe through.
    const imageCount = (a: (typeof all)[number]) => a.body.filter((b) => b.kind === 'IMAGE').length;
    const article = [...all].sort((a, b) => imageCount(b) - imageCount(a))[0];
    expect(imageCount(article)).toBeGreaterThan(0);
    const largeUrls = article.body.flatMap((b) => (b.kind === 'IMAGE' && b.image ? [b.image.largeUrl] : []));
    const counts = async () => (await server.execute(ReaderArticleCountsDocument, { id: article.id })).data!.article!;
    const before = await counts();

    try {
      await page.goto(`${server.url}/#/pages/articles/index`, { waitUntil: 'domcontentloaded' });
      await visible('[data-testid=article-feed]').waitFor({ timeout: 20_000 });
      await expect
        .poll(() => page.locator('.article-item__title').filter({ visible: true }).allTextContents())
        .toEqual(first.edges.map((e) => e.node.title));
      await phoneScreenshot(page, 'reader-feed');
      // Tabs and the search box are large enough for a thumb (44 CSS px).
      const feedTargets = await tapTargets(page, '.article-tabs__item, .article-search');
      expect(feedTargets.measured).toBeGreaterThan(3);
      expect(feedTargets.small).toEqual([]);

      // A search by a Chinese substring of its title finds it.
      const term = article.title.slice(1, 4);
      await visible('.article-search__input input').fill(term);
      const hit = visible(`.article-item[data-id="${article.id}"]`);
      await hit.waitFor({ timeout: 10_000 });
      await hit.click();

      await visible(`[data-testid=article-detail][data-id="${article.id}"]`).waitFor({ timeout: 15_000 });
      await expect.poll(() => visible('.article-detail__title').textContent()).toBe(article.title);
      await phoneScreenshot(page, 'reader-article', '.article-detail');
      const actions = await tapTargets(page, '.article-action');
      expect(actions).toEqual({ measured: 2, small: [] });

      // A picture opens the full-screen preview at that picture; a tap closes it.
      const images = page.locator('.article-body__image').filter({ visible: true });
      await expect.poll(() => images.count()).toBe(largeUrls.length);
      await images.last().scrollIntoViewIfNeeded();
      await images.last().click();
      const preview = page.locator('.preview-image');
      await preview.waitFor({ state: 'visible', timeout: 10_000 });
      expect(await preview.locator('img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src))).toEqual(
        largeUrls,
      );
      await preview.click();
      await preview.waitFor({ state: 'detached' });

      // A like asks a signed-out reader to sign in, in place; the like then goes through.
      await visible('[data-testid=article-like]').click();
      await visible('[data-testid=like-sign-in] .sign-in__name input').fill('读者');
      await visible('[data-testid=like-sign-in] .sign-in__development-button').click();
      await visible('[data-testid=article-like][data-liked=true]').waitFor({ timeout: 15_000 });
      await expect.poll(async () => (await counts()).likeCount).toBe(before.likeCount + 1);

      // 分享 copies the article's link and counts a share; the link opens the same article on another phone.
      await visible('[data-testid=article-share]').click();
      // H5's setClipboardData keeps what it copied in storage too: the test reads it there.
      const copied = () => page.evaluate(() => localStorage.getItem('taro_clipboard') ?? '');
      await expect.poll(copied).toContain('/online/pages/article/index');
      const link = (JSON.parse(await copied()) as { data: string }).data;
      expect(link).toBe(`${server.url}/#/online/pages/article/index?id=${article.id}`);
      await expect.poll(async () => (await counts()).shareCount).toBe(before.shareCount + 1);
      // One read for this open, counted once.
      expect((await counts()).readCount).toBe(before.readCount + 1);

      const other = await session.newPhone();
      await serveMediaLocally(session, other.context);
      try {
        await other.page.goto(link, { waitUntil: 'domcontentloaded' });
        const title = visibleIn(
          other.page,
          `[data-testid=article-detail][data-id="${article.id}"] .article-detail__title`,
        );
        await title.waitFor({ timeout: 20_000 });
        expect(await title.textContent()).toBe(article.title);
      } finally {
        await other.context.close();
      }
    } catch (error) {
      throw await session.explainFailure('reader-article', error);
    }
  }, 120_000);

  it('walks into an online exhibition and swipes to its next exhibit', async () => {
    const { server, page } = session;
    const visible = (selector: string) => visibleIn(page, selector);
    const [hall] = (await server.execute(ReaderHallsDocument, {})).data!.onlineExhibitions;
    const total = hall.exhibits.length;
    expect(total).toBeGreaterThan(1);
    try {
      await page.goto(`${server.url}/#/online/pages/index/index`, { waitUntil: 'domcontentloaded' });
      await visible(`[data-testid=online-exhibition-card][data-id="${hall.id}"]`).click({ timeout: 20_000 });
      await visible(`[data-testid=online-hall][data-id="${hall.id}"]`).waitFor({ timeout: 15_000 });
      await expect.poll(() => visible('.online-hall__position').textContent()).toBe(`1 / ${total}`);
      await phoneScreenshot(page, 'reader-online-hall');
      const nav = await tapTargets(page, '.online-hall__nav .zz-button');
      expect(nav).toEqual({ measured: 2, small: [] });

      // A swipe from right to left on the exhibit brings the next one.
      const swiper = visible('[data-testid=online-swiper]');
      await swiper.scrollIntoViewIfNeeded();
      const box = (await swiper.boundingBox())!;
      const y = box.y + Math.min(box.height / 2, 200);
      await page.mouse.move(box.x + box.width - 20, y);
      await page.mouse.down();
      for (let step = 1; step <= 10; step++) await page.mouse.move(box.x + box.width - 20 - step * 30, y);
      await page.mouse.up();
      await expect.poll(() => visible('.online-hall__position').textContent()).toBe(`2 / ${total}`);
      await expect
        .poll(() => visible('.swiper-slide-active .exhibit-slide__title').textContent())
        .toBe(hall.exhibits[1].title);
    } catch (error) {
      throw await session.explainFailure('reader-online-hall', error);
    }
  }, 60_000);
});
