// The readers' feed: pinned first, then newest; keyset cursors both ways that stay put while new articles are
// published; filters; Chinese substring search on both databases (LIKE's wildcards taken literally); and the
// article page with its related articles, exhibition and the fields only staff see.
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS } from '@zz/shared';
import { describe, expect, it } from 'vitest';
import { bulkPublishedArticles, feedPage, wholeFeed } from '../testkit/articles';
import { dialects } from '../testkit/dialects';
import { ArticleCategoriesDocument, ArticleFeedDocument, ArticleReaderDocument } from '../testkit/generated/graphql';
import { createArticle, createExhibition, type SeededArticle, unique } from '../testkit/seed';
import { useStaffSuite } from '../testkit/suite';

const HOUR = 60 * 60 * 1000;
const ids = (articles: Array<{ id: number | string }>) => articles.map((a) => String(a.id));

/** The feed's order: pinned first, newest first, highest id first. */
const feedOrder = (articles: Array<SeededArticle & { pinned?: boolean }>) =>
  [...articles].sort((a, b) => Number(!!b.pinned) - Number(!!a.pinned) || b.publishedAt - a.publishedAt || b.id - a.id);

describe.each(dialects)('article feed (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect }, { admin: ['ADMIN'] });

  /** Articles of one archive (so a test's feed holds only its own), at these hours ago; the first `pinned` pinned. */
  async function seedFeed(branchCode: string, hoursAgo: number[], pinned = 0) {
    const s = server();
    const now = s.clock.now();
    const seeded: Array<SeededArticle & { pinned: boolean }> = [];
    for (const [i, h] of hoursAgo.entries()) {
      const article = await createArticle(s, { branchCode, publishedAt: now - h * HOUR, pinned: i < pinned });
      seeded.push({ ...article, pinned: i < pinned });
    }
    return { seeded, branchId: String(seeded[0].branchId) };
  }

  it('pages older with first/after, pinned first, and stays stable while new articles are published', async () => {
    const s = server();
    // The first is pinned though old; two share an instant (the id breaks the tie).
    const { seeded, branchId } = await seedFeed('longhai', [30, 9, 5, 5, 2, 7, 12], 1);
    const expected = feedOrder(seeded);
    expect(expected[0].pinned).toBe(true);

    const first = await feedPage(s, { branchId, first: 3 });
    expect(first.ids).toEqual(ids(expected.slice(0, 3)));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    // Published between two page loads: it belongs near the top and must not shift the pages that follow.
    const fresh = await createArticle(s, { branchCode: 'longhai', publishedAt: s.clock.now() - 1 });
    const second = await feedPage(s, { branchId, first: 3, after: first.pageInfo.endCursor });
    expect(second.ids).toEqual(ids(expected.slice(3, 6)));
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const last = await feedPage(s, { branchId, first: 3, after: second.pageInfo.endCursor });
    expect(last.ids).toEqual(ids(expected.slice(6)));
    expect(last.pageInfo.hasNextPage).toBe(false);

    // A new load starts with the pinned article, then the new one.
    expect(await wholeFeed(s, { branchId }, 2)).toEqual(ids([expected[0], fresh, ...expected.slice(1)]));
  });

  it('pages newer with last/before: back to the top, and what was published since the first page (refresh)', async () => {
    const s = server();
    const { seeded, branchId } = await seedFeed('zhangpu', [1, 2, 3, 4, 5, 6, 7]);
    const expected = ids(feedOrder(seeded));

    // From the end backwards, two at a time.
    const tail = await feedPage(s, { branchId, last: 2 });
    expect(tail.ids).toEqual(expected.slice(-2));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true });
    const backwards = [...tail.ids];
    let before = tail.pageInfo.startCursor;
    for (let page = 0; page < 10; page++) {
      const previous = await feedPage(s, { branchId, last: 2, before });
      backwards.unshift(...previous.ids);
      expect(previous.pageInfo.hasNextPage).toBe(true);
      if (!previous.pageInfo.hasPreviousPage) break;
      before = previous.pageInfo.startCursor;
    }
    expect(backwards).toEqual(expected);

    // Pull to refresh: the newer items than the first page's first one are exactly the new ones, in feed order.
    const top = await feedPage(s, { branchId, first: 3 });
    const newer = [
      await createArticle(s, { branchCode: 'zhangpu', publishedAt: s.clock.now() - 2000 }),
      await createArticle(s, { branchCode: 'zhangpu', publishedAt: s.clock.now() - 1000 }),
    ];
    const refreshed = await feedPage(s, { branchId, last: 10, before: top.pageInfo.startCursor });
    expect(refreshed.ids).toEqual(ids(feedOrder(newer)));
    expect(refreshed.pageInfo.hasPreviousPage).toBe(false);
    const nothingNewer = await feedPage(s, { branchId, last: 10, before: refreshed.pageInfo.startCursor });
    expect(nothingNewer.ids).toEqual([]);
  });

  it('filters by category, featured and archive, and hides drafts, scheduled and unpublished articles', async () => {
    const s = server();
    const branchCode = 'yunxiao';
    const story = await createArticle(s, { branchCode, category: 'STORY' });
    const featured = await createArticle(s, { branchCode, category: 'QIAOPI', featured: true });
    await createArticle(s, { branchCode, status: 'DRAFT' });
    await createArticle(s, { branchCode, status: 'SCHEDULED', scheduledAt: s.clock.now() + HOUR });
    await createArticle(s, { branchCode, status: 'UNPUBLISHED' });
    // Published "in the future" by a clock that moved back: not shown until its time.
    await createArticle(s, { branchCode, publishedAt: s.clock.now() + HOUR });
    const branchId = String(story.branchId);

    expect(await wholeFeed(s, { branchId })).toEqual(ids(feedOrder([story, featured])));
    expect(await wholeFeed(s, { branchId, category: 'STORY' })).toEqual(ids([story]));
    expect(await wholeFeed(s, { branchId, featured: true })).toEqual(ids([featured]));
    expect((await feedPage(s, { featured: true, first: 50 })).nodes.every((n) => n.featured)).toBe(true);
    expect(await wholeFeed(s, { branchId: 'not-an-id' })).toEqual([]);

    const forged = await s.execute(ArticleFeedDocument, { after: 'f:0:abc:1' });
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_CURSOR');
  });

  it('answers 10 articles when no page size is asked for', async () => {
    const s = server();
    for (let i = 0; i < 12; i++) await createArticle(s, { branchCode: 'huaan' });
    expect((await feedPage(s, {})).ids).toHaveLength(10);
  });

  it('finds Chinese substrings of the title and the text, in feed order, with LIKE wildcards taken literally', async () => {
    const s = server();
    const mark = unique('批').replace('-', '');
    const make = (title: string, text: string, hoursAgo: number) =>
      createArticle(s, {
        title: `${title}${mark}`,
        bodyHtml: `<p>${text}</p>`,
        publishedAt: s.clock.now() - hoursAgo * HOUR,
      });
    const exhibition = await make('漳州侨批档案展开幕', '展出侨批三百余件。', 3);
    const story = await make('一封家书', '百年侨批见证华侨爱国情怀。', 1);
    const percent = await make('满意度100%', '服务评价。', 2);
    const digits = await make('满意度1000', '服务评价。', 4);
    const underscore = await make('档号a_b', '说明。', 5);
    const notUnderscore = await make('档号axb', '说明。', 6);
    const fullWidth = await make('ＡＢＣ展览', '全角字母。', 7);
    const long = await make('长文', `${'漳州'.repeat(25)}${mark}`, 8);

    const search = (term: string) => wholeFeed(s, { search: term }, 2);
    expect(await search(`侨批 ${mark}`)).toEqual([]);
    expect((await search('侨批')).filter((id) => ids([exhibition, story]).includes(id))).toEqual(
      ids([story, exhibition]),
    );
    expect(await search(`华侨爱国`)).toEqual(ids([story]));
    expect(await search(`展开幕${mark}`)).toEqual(ids([exhibition]));
    expect(await search('100%')).toEqual(ids([percent]));
    expect(await search('满意度1')).toEqual(ids([percent, digits]));
    expect(await search('a_b')).toEqual(ids([underscore]));
    expect(await search('档号a')).toEqual(ids([underscore, notUnderscore]));
    expect(await search('%')).toEqual(ids([percent]));
    // Full-width letters are searched as the ASCII letters they are, in either case.
    expect(await search('abc展')).toEqual(ids([fullWidth]));
    expect(await search('ＡＢＣ展')).toEqual(ids([fullWidth]));
    // A term longer than 40 characters is cut to its first 40 (the article holds 50 of these, not 60).
    expect((await search('漳州'.repeat(30))).includes(String(long.id))).toBe(true);
    // Blank is no search at all.
    expect((await feedPage(s, { search: '   ', first: 1 })).ids).toHaveLength(1);
  });

  it('pages a search that matches thousands of articles in feed order', async () => {
    const s = server();
    const branchId = (await createArticle(s, { branchCode: 'dongshan', status: 'DRAFT' })).branchId!;
    const mark = unique('常见词').replace('-', '');
    // More matches than the search's id list holds: the feed walks its order and checks each row instead.
    const ids = await bulkPublishedArticles(s, 2100, { title: mark, branchId });
    // The first written is the newest (and has the lowest id).
    const expected = [...ids].sort((a, b) => a - b).map(String);
    const first = await feedPage(s, { search: mark, first: 50 });
    expect(first.ids).toEqual(expected.slice(0, 50));
    const second = await feedPage(s, { search: mark, first: 50, after: first.pageInfo.endCursor });
    expect(second.ids).toEqual(expected.slice(50, 100));
    // A term only one of them holds: the short list.
    expect(await wholeFeed(s, { search: `${mark} 2099` })).toEqual([expected[expected.length - 1]]);
  });

  it('shows the article page with its body, related articles and published exhibition, and hides staff fields', async () => {
    const s = server();
    const exhibition = await createExhibition(s, {});
    const draftExhibition = await createExhibition(s, { published: false });
    const main = await createArticle(s, {
      category: 'TREASURE',
      exhibitionId: exhibition.id,
      tags: ['侨批', '珍品'],
      bodyHtml: '<p>第一段</p>\n<p>第二段</p>',
      coverUrl: `/media/${'a'.repeat(32)}/960.jpg`,
    });
    const sameExhibitionOld = await createArticle(s, {
      category: 'NEWS',
      exhibitionId: exhibition.id,
      publishedAt: s.clock.now() - 50 * HOUR,
    });
    const sameCategoryNew = await createArticle(s, { category: 'TREASURE', publishedAt: s.clock.now() - 2 * HOUR });
    await createArticle(s, { category: 'TREASURE', status: 'DRAFT', exhibitionId: exhibition.id });
    const onDraftExhibition = await createArticle(s, { exhibitionId: draftExhibition.id });

    const page = (await s.execute(ArticleReaderDocument, { id: String(main.id), related: 6 })).data!.article!;
    expect(page).toMatchObject({
      id: String(main.id),
      status: 'PUBLISHED',
      bodyHtml: '',
      availableActions: [],
      scheduledAt: null,
      tags: ['侨批', '珍品'],
      readingMinutes: 1,
      viewerLiked: false,
      exhibition: { id: String(exhibition.id) },
      body: [
        { kind: 'PARAGRAPH', html: '第一段' },
        { kind: 'PARAGRAPH', html: '第二段' },
      ],
    });
    expect(page.cover?.url).toBe(`${s.config.publicBaseUrl}/media/${'a'.repeat(32)}/960.jpg`);
    expect(page.coverUrl).toBe(page.cover?.url);
    expect(page.related.slice(0, 2).map((r) => r.id)).toEqual(ids([sameExhibitionOld, sameCategoryNew]));
    expect(page.related.map((r) => r.id)).not.toContain(String(main.id));

    const asStaff = (await s.execute(ArticleReaderDocument, { id: String(main.id) }, staff.admin.token)).data!.article!;
    expect(asStaff.bodyHtml).toContain('<p>第一段</p>');
    expect(asStaff.availableActions).toEqual(['UNPUBLISH']);

    const other = (await s.execute(ArticleReaderDocument, { id: String(onDraftExhibition.id) })).data!.article!;
    expect(other.exhibition).toBeNull();
    const draft = await createArticle(s, { status: 'DRAFT' });
    expect((await s.execute(ArticleReaderDocument, { id: String(draft.id) })).data!.article).toBeNull();
  });

  it('lists the categories in the configured order with their Chinese labels', async () => {
    const categories = (await server().execute(ArticleCategoriesDocument, {})).data!.articleCategories;
    expect(categories).toEqual(ARTICLE_CATEGORIES.map((c) => ({ category: c, label: ARTICLE_CATEGORY_LABELS[c] })));
  });
});
