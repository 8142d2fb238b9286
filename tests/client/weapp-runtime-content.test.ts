// What readers see, in the weapp production build run in the fake WeChat host (tests/testkit/weapp-host/) against a
// real server with the demo content: the feed (tabs, search, pull to refresh, the next page), an article (its rich
// body, the image preview, the read and the shares it counts, the like asking to sign in), the 网上展厅 list, one
// hall (swiping, zoom, opening at a shared exhibit, sharing the exhibit on screen) and 编研成果.
// Needs `npm run build:weapp:local`.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLE_CATEGORY_LABELS } from '@zz/shared';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ReaderArticleCountsDocument, ReaderFeedDocument, ReaderHallsDocument } from '../testkit/generated/graphql';
import { DEFAULT_TEST_INSTANT, type TypedDocument } from '../testkit/server';
import { useTestServer } from '../testkit/suite';
import { WEAPP_DIR } from '../testkit/weapp-build';
import { launchWeapp, type WeappHost, type WeappPage } from '../testkit/weapp-host/host';

const built = existsSync(join(WEAPP_DIR, 'app.json'));
const SUITE = built
  ? 'reader content in the weapp build'
  : 'reader content in the weapp build — SKIPPED: client/dist/weapp/app.json is missing; run `npm run build:weapp:local`';

/** The share card a page's onShareAppMessage / onShareTimeline answers, as WeChat would ask for it. */
async function share(host: WeappHost, page: WeappPage, hook: 'onShareAppMessage' | 'onShareTimeline') {
  const handler = page.instance[hook] as (options: unknown) => unknown;
  expect(typeof handler, `${page.route} has no ${hook}`).toBe('function');
  const card = JSON.parse(JSON.stringify(handler.call(page.instance, { from: 'menu' }))) as Record<string, string>;
  await host.settle();
  return card;
}

describe.skipIf(!built)(SUITE, () => {
  const server = useTestServer(() => ({ dialect: 'sqlite', env: { SEED_DEMO: 'true' } }));
  beforeEach(() => server().clock.set(DEFAULT_TEST_INSTANT));

  const hosts: WeappHost[] = [];
  afterAll(() => {
    for (const host of hosts) host.close();
  });
  async function launch(entry: string): Promise<WeappHost> {
    const host = await launchWeapp({ serverUrl: server().url, now: () => server().clock.now(), entry });
    hosts.push(host);
    return host;
  }
  /** What the server answers, for the pages to be compared with. */
  async function read<R, V>(document: TypedDocument<R, V>, variables: V): Promise<R> {
    const result = await server().execute(document, variables);
    if (!result.data) throw new Error(`GraphQL answered without data: ${JSON.stringify(result.errors)}`);
    return result.data;
  }
  const feed = (variables: { category?: 'QIAOPI'; search?: string; first?: number }) =>
    read(ReaderFeedDocument, { first: 10, ...variables }).then((r) => r.articles);

  it('shows the feed as the server orders it, filters by a tab and by a search, refreshes and loads the next page', async () => {
    const first = await feed({});
    expect(first.pageInfo.hasNextPage).toBe(true);
    const host = await launch('/pages/articles/index');
    const page = host.page;
    expect(page.textsOf({ className: 'article-item__title' })).toEqual(first.edges.map((e) => e.node.title));
    // Pinned items say so; featured ones are big cards.
    const pinned = first.edges.filter((e) => e.node.pinned).length;
    expect(page.all({ className: 'article-item__pinned' })).toHaveLength(pinned);
    expect(page.all({ className: 'article-item--featured' })).toHaveLength(
      first.edges.filter((e) => e.node.featured).length,
    );

    await page.tap({ className: 'article-tabs__item', text: ARTICLE_CATEGORY_LABELS.QIAOPI });
    const qiaopi = await feed({ category: 'QIAOPI' });
    expect(qiaopi.edges.length).toBeGreaterThan(0);
    expect(host.page.textsOf({ className: 'article-item__title' })).toEqual(qiaopi.edges.map((e) => e.node.title));

    // A search: a Chinese substring from the middle of a title, confirmed on the keyboard.
    await page.tap({ className: 'article-tabs__item', text: '全部' });
    const title = first.edges[1].node.title;
    const term = title.slice(1, 3);
    const found = await feed({ search: term });
    await page.type({ className: 'article-search__input' }, term);
    await page.confirm({ className: 'article-search__input' });
    expect(host.page.textsOf({ className: 'article-item__title' })).toEqual(found.edges.map((e) => e.node.title));
    expect(host.page.textsOf({ className: 'article-item__title' })).toContain(title);
    await page.type({ className: 'article-search__input' }, '没有这样的文章标题');
    await page.confirm({ className: 'article-search__input' });
    expect(host.page.text()).toContain('没有找到与“没有这样的文章标题”相关的文章');
    await page.tap({ className: 'article-search__clear' });
    await page.confirm({ className: 'article-search__input' });
    expect(host.page.textsOf({ className: 'article-item__title' })).toEqual(first.edges.map((e) => e.node.title));

    // Pull to refresh asks for newer items (none) and stops the spinner; the bottom of the page loads the next ten.
    await page.pullDownRefresh();
    expect(host.calls('stopPullDownRefresh').length).toBeGreaterThan(0);
    expect(host.page.textsOf({ className: 'article-item__title' })).toEqual(first.edges.map((e) => e.node.title));
    await host.callPageHook(host.page, 'onReachBottom');
    const twenty = await feed({ first: 20 });
    expect(host.page.textsOf({ className: 'article-item__title' })).toEqual(twenty.edges.map((e) => e.node.title));
    expect(host.errors).toEqual([]);
  });

  it('opens an article with its rich body; an image opens the preview; the read and both shares are counted; a like asks to sign in', async () => {
    const all = await feed({ first: 50 });
    // The article with the most pictures, so the preview shows a choice of them.
    const imageCount = (a: (typeof all.edges)[number]['node']) => a.body.filter((b) => b.kind === 'IMAGE').length;
    const withImages = all.edges.map((e) => e.node).sort((a, b) => imageCount(b) - imageCount(a))[0];
    if (!withImages || imageCount(withImages) === 0) throw new Error('the demo content has no article with a picture');
    const before = (await read(ReaderArticleCountsDocument, { id: withImages.id })).article!;

    const host = await launch(`/online/pages/article/index?id=${withImages.id}`);
    const page = host.page;
    expect(page.textsOf({ className: 'article-detail__title' })).toEqual([withImages.title]);
    const images = page.all({ className: 'article-body__image' });
    const largeUrls = withImages.body.flatMap((b) => (b.kind === 'IMAGE' && b.image ? [b.image.largeUrl] : []));
    expect(images).toHaveLength(largeUrls.length);
    await page.tap(images[images.length - 1]);
    expect(host.calls('previewImage').at(-1)).toMatchObject({ current: largeUrls.at(-1), urls: largeUrls });

    // The read is recorded once for this open, with a reader key kept on the phone.
    expect(host.storage('zz.readerKey')).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    const chat = await share(host, page, 'onShareAppMessage');
    expect(chat).toMatchObject({ title: withImages.title, path: `/online/pages/article/index?id=${withImages.id}` });
    expect(chat.imageUrl).toBe(withImages.cover?.thumbUrl);
    const timeline = await share(host, page, 'onShareTimeline');
    expect(timeline).toMatchObject({ title: withImages.title, query: `id=${withImages.id}` });
    const after = (await read(ReaderArticleCountsDocument, { id: withImages.id })).article!;
    expect(after.readCount).toBe(before.readCount + 1);
    expect(after.shareCount).toBe(before.shareCount + 2);

    // Signed out, a like asks to sign in in place and the count stays as it was.
    await page.tap({ className: 'article-action', text: '点赞' });
    expect(host.page.all({ className: 'like-sign-in' })).toHaveLength(1);
    expect(host.page.textsOf({ className: 'article-action__label' })[0]).toContain(String(before.likeCount));
    expect(host.errors).toEqual([]);
  });

  it('says so when an article does not exist', async () => {
    const host = await launch('/online/pages/article/index?id=999999');
    expect(host.page.text()).toContain('文章不存在或已下线');
  });

  it('lists the online exhibitions, swipes through a hall, zooms an image and shares the exhibit on screen', async () => {
    const { onlineExhibitions: halls } = await read(ReaderHallsDocument, {});
    expect(halls.length).toBeGreaterThanOrEqual(2);
    const host = await launch('/online/pages/index/index');
    expect(host.page.textsOf({ className: 'online-card__title' })).toEqual(halls.map((h) => h.title));

    const hall = halls[0];
    await host.page.tap({ className: 'online-card', text: hall.title });
    let page = host.page;
    expect(page.route).toBe('online/pages/hall/index');
    expect(page.text()).toContain(`第 1 / ${hall.exhibits.length} 件`);
    expect(page.textsOf({ className: 'online-hall__position' })).toEqual([`1 / ${hall.exhibits.length}`]);

    // A swipe to the second exhibit: WeChat's swiper reports the new slide in a change event.
    await host.dispatch(page, page.get({ tag: 'swiper' }), 'change', { current: 1, source: 'touch' });
    expect(page.textsOf({ className: 'online-hall__position' })).toEqual([`2 / ${hall.exhibits.length}`]);
    const second = hall.exhibits[1];
    const card = await share(host, page, 'onShareAppMessage');
    expect(card).toEqual({
      title: second.title,
      path: `/online/pages/hall/index?id=${hall.id}&exhibit=${second.id}`,
      imageUrl: second.images[0].thumbUrl,
    });
    const slide = page.all({ className: 'exhibit-slide' })[1];
    await page.tap(page.get({ className: 'exhibit-slide__image' }, slide));
    expect(host.calls('previewImage').at(-1)).toMatchObject({
      current: second.images[0].largeUrl,
      urls: second.images.map((i) => i.largeUrl),
    });

    // The shared link opens the hall at that exhibit.
    const third = hall.exhibits[2];
    page = await host.reLaunch(`/online/pages/hall/index?id=${hall.id}&exhibit=${third.id}`);
    expect(page.textsOf({ className: 'online-hall__position' })).toEqual([`3 / ${hall.exhibits.length}`]);
    expect(page.get({ tag: 'swiper' }).attributes.current).toBe(2);
    // The on-site exhibitions it belongs to, with 预约参观 for on-site ones.
    for (const exhibition of hall.exhibitions) expect(page.text()).toContain(exhibition.title);
    expect(host.errors).toEqual([]);
  });

  it('lists 编研成果', async () => {
    const { publications } = await read(ReaderHallsDocument, {});
    expect(publications.length).toBeGreaterThan(0);
    const host = await launch('/online/pages/publications/index');
    expect(host.page.textsOf({ className: 'publication__title' })).toEqual(publications.map((p) => p.title));
    expect(host.page.text()).toContain('阅读与获取');
  });
});
