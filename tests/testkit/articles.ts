// Article helpers for the issue-11 suites: a valid studio input, the studio's mutations as calls that must
// succeed, the reader's feed as a list of ids, and the publishing job run as a second process would run it.
import { randomBytes } from 'node:crypto';
import type { ArticleCategory } from '@zz/shared';
import { createDatabase } from '../../server/src/db/create-db';
import { publishDueContent } from '../../server/src/jobs/content-publishing.job';
import { derivedContent } from '../../server/src/modules/articles/article.service';
import { noPublicCache, type PublicTypename } from '../../server/src/platform/cache/public-cache';
import type { Clock } from '../../server/src/platform/runtime/clock';
import {
  ArticleFeedDocument,
  type ArticleFeedQueryVariables,
  type ArticleInput,
  ChangeArticleStatusDocument,
  type ContentAction,
  SaveArticleDocument,
} from './generated/graphql';
import { successData } from './graphql';
import type { TestServer } from './server';

/** A valid article input; `overrides` replace its fields. */
export function articleInput(overrides: Partial<ArticleInput> = {}): ArticleInput {
  const title = overrides.title ?? `测试文章 ${randomBytes(3).toString('hex')}`;
  return {
    category: 'NEWS' satisfies ArticleCategory,
    title,
    bodyHtml: `<p>${title}的正文。</p>`,
    ...overrides,
  };
}

/** Saves through the studio (create without id) and returns the article; anything but success fails the test. */
export async function saveOk(server: TestServer, token: string, input: ArticleInput, id?: string) {
  const result = await server.execute(SaveArticleDocument, { id, input }, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return successData(result.data.saveArticle);
}

export async function changeStatusOk(
  server: TestServer,
  token: string,
  id: string,
  action: ContentAction,
  publishAt?: number,
) {
  const result = await server.execute(
    ChangeArticleStatusDocument,
    { id, action, publishAt: publishAt === undefined ? undefined : new Date(publishAt).toISOString() },
    token,
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return successData(result.data.changeArticleStatus);
}

/** A draft written and published now by `token`'s staff member. */
export async function publishedArticle(server: TestServer, token: string, input: Partial<ArticleInput> = {}) {
  const draft = await saveOk(server, token, articleInput(input));
  await changeStatusOk(server, token, draft.id, 'PUBLISH');
  return draft;
}

/** The ids of one feed page, and its page info. */
export async function feedPage(server: TestServer, variables: ArticleFeedQueryVariables, token?: string) {
  const result = await server.execute(ArticleFeedDocument, variables, token);
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  const { edges, pageInfo } = result.data.articles;
  return { ids: edges.map((e) => e.node.id), nodes: edges.map((e) => e.node), pageInfo };
}

/** Every id of the feed with these filters, following endCursor page by page. */
export async function wholeFeed(server: TestServer, variables: ArticleFeedQueryVariables, pageSize = 50) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 500; page++) {
    const result = await feedPage(server, { ...variables, first: pageSize, after });
    ids.push(...result.ids);
    if (!result.pageInfo.hasNextPage) return ids;
    after = result.pageInfo.endCursor ?? null;
  }
  throw new Error('the feed did not end');
}

/** A public cache that records what it was told to drop. */
export function recordingCache() {
  const invalidated: PublicTypename[][] = [];
  return {
    invalidated,
    invalidate: async (typenames: readonly PublicTypename[]) => void invalidated.push([...typenames]),
  };
}

/**
 * Runs the publishing job as another server process on the same database would: its own connection pool, the
 * given clock. Returns how many items this run published.
 */
export async function publishFromAnotherProcess(server: TestServer, clock: Clock): Promise<number> {
  const handle = createDatabase(server.config.database);
  try {
    return await publishDueContent({ db: handle.db, clock, publicCache: noPublicCache });
  } finally {
    await handle.destroy();
  }
}

/**
 * `count` published articles of one archive written straight to the tables in batches (for volumes the other
 * helpers would take minutes over), titled `${title} <n>`, one second apart, the newest first; returns their ids.
 */
export async function bulkPublishedArticles(
  server: TestServer,
  count: number,
  options: { title: string; branchId: number },
): Promise<number[]> {
  const now = server.clock.now();
  const ids: number[] = [];
  for (let start = 0; start < count; start += 200) {
    const batch = Array.from({ length: Math.min(200, count - start) }, (_, k) => {
      const title = `${options.title} ${start + k}`;
      const { search_text: _searchText, ...content } = derivedContent({
        title,
        summary: '',
        bodyHtml: `<p>${title}</p>`,
      });
      return {
        branch_id: options.branchId,
        slug: null,
        category: 'NEWS' as const,
        title,
        summary: '',
        ...content,
        tags: '[]',
        cover_url: null,
        video_url: null,
        video_poster_url: null,
        author: null,
        source: null,
        exhibition_id: null,
        status: 'PUBLISHED' as const,
        published_at: now - (start + k + 1) * 1000,
        scheduled_at: null,
        created_at: now,
        updated_at: now,
        created_by: null,
        updated_by: null,
      };
    });
    await server.db.insertInto('article').values(batch).execute();
    const rows = await server.db
      .selectFrom('article')
      .select(['id', 'title'])
      .where(
        'title',
        'in',
        batch.map((b) => b.title),
      )
      .execute();
    await server.db
      .insertInto('article_search')
      .values(
        rows.map((r) => ({
          article_id: r.id,
          search_text: derivedContent({ title: r.title, summary: '', bodyHtml: `<p>${r.title}</p>` }).search_text,
        })),
      )
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
