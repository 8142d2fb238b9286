// The response cache of public reads (server/src/platform/cache): a public read is answered from the cache without
// touching the database until its TTL ends or a writer invalidates its types; nothing viewer-specific and nothing
// from scheduling (slot availability) is ever cached; with REDIS_URL servers on one database share the cache.
// A cache hit is recognised by the SQL it costs: none (not even the session lookup), where a miss costs some.
// The queries are hand-written (executeRaw): which shapes of document are cached is what these tests are about.

import { businessDateOf } from '@zz/shared';
import { buildSchema, parse } from 'graphql';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { publishDueContent } from '../../server/src/jobs/content-publishing.job';
import { isPublicReadDocument } from '../../server/src/platform/cache/public-reads';
import { articleInput, changeStatusOk, publishedArticle, saveOk } from '../testkit/articles';
import { dialects } from '../testkit/dialects';
import { SaveExhibitionDocument } from '../testkit/generated/graphql';
import { createArticle, createExhibition, signInCitizen } from '../testkit/seed';
import { startTestServer, type TestServer } from '../testkit/server';
import { useStaffSuite, useTestServer } from '../testkit/suite';

/** As in production (the test kit turns the cache off by default). */
const CACHE_ON = { PUBLIC_CACHE_TTL: '60' };
const FEED = '{ articles(first: 10) { edges { node { id title } } } }';
const VIDEO_TAB = '{ articles(category: VIDEO, first: 10) { edges { node { id title } } } }';

/** The answer and the SQL statements the server ran for it. */
async function read(server: TestServer, query: string, token?: string | null, variables?: Record<string, unknown>) {
  let answer: Awaited<ReturnType<TestServer['executeRaw']>> | undefined;
  const statements = await server.statementsDuring(async () => {
    answer = await server.executeRaw(query, variables, token);
  });
  if (!answer) throw new Error('no answer');
  expect(answer.errors).toBeUndefined();
  return { data: answer.data as Record<string, unknown>, statements: statements.length };
}

const titlesOf = (data: Record<string, unknown>) =>
  (data.articles as { edges: Array<{ node: { title: string } }> }).edges.map((edge) => edge.node.title);

async function retitle(server: TestServer, id: number, title: string): Promise<void> {
  // A plain SQL write: nothing but an explicit invalidation can tell the cache about it.
  await sql`update article set title = ${title} where id = ${id}`.execute(server.db);
}

describe.each(dialects)('public response cache (%s)', (dialect) => {
  const { server, staff } = useStaffSuite({ dialect, env: CACHE_ON }, { editor: ['BRANCH_STAFF'] });

  it('answers a repeated feed read from the cache, with no SQL at all, for readers signed in or not', async () => {
    const article = await createArticle(server(), { title: '侨批里的家书' });
    const first = await read(server(), FEED);
    expect(first.statements).toBeGreaterThan(0);
    expect(titlesOf(first.data)).toContain(article.title);
    const citizen = await signInCitizen(server());
    for (const token of [null, citizen.token, staff.editor.token]) {
      const again = await read(server(), FEED, token);
      expect(again.statements).toBe(0);
      expect(again.data).toEqual(first.data);
    }
  });

  it('keys entries by the variables: another page is read from the database', async () => {
    const query = 'query Page($first: Int) { articles(first: $first) { edges { node { id } } } }';
    await createArticle(server());
    expect((await read(server(), query, null, { first: 2 })).statements).toBeGreaterThan(0);
    expect((await read(server(), query, null, { first: 2 })).statements).toBe(0);
    expect((await read(server(), query, null, { first: 3 })).statements).toBeGreaterThan(0);
  });

  it('after invalidate(["Article"]) the next read goes to the database and shows the change', async () => {
    const article = await createArticle(server(), { title: '改版前的标题' });
    // What a writer does after its transaction commits.
    await server().app.services.publicCache.invalidate(['Article']);
    expect((await read(server(), FEED)).statements).toBeGreaterThan(0);
    await retitle(server(), article.id, '改版后的标题');
    // Still the cached answer: the write did not go through a writer that invalidates.
    const stale = await read(server(), FEED);
    expect(stale.statements).toBe(0);
    expect(titlesOf(stale.data)).toContain('改版前的标题');

    await server().app.services.publicCache.invalidate(['Article']);
    const fresh = await read(server(), FEED);
    expect(fresh.statements).toBeGreaterThan(0);
    expect(titlesOf(fresh.data)).toContain('改版后的标题');
    expect(titlesOf(fresh.data)).not.toContain('改版前的标题');
  });

  it('a reader never sees an article after staff unpublish it, nor misses one they publish or schedule', async () => {
    const s = server();
    const token = staff.editor.token;
    const article = await publishedArticle(s, token, { title: '即将下线的文章' });
    const articleQuery = `{ article(id: ${article.id}) { id title } }`;
    // Both reads are cached now.
    for (const query of [FEED, articleQuery]) {
      await read(s, query);
      expect((await read(s, query)).statements).toBe(0);
    }

    await changeStatusOk(s, token, article.id, 'UNPUBLISH');
    expect(titlesOf((await read(s, FEED)).data)).not.toContain('即将下线的文章');
    expect((await read(s, articleQuery)).data.article).toBeNull();

    // Published again: back at once, not after the TTL.
    await read(s, FEED);
    await changeStatusOk(s, token, article.id, 'PUBLISH');
    expect(titlesOf((await read(s, FEED)).data)).toContain('即将下线的文章');

    // Scheduled: not there a minute before, there as soon as the job has run at its time.
    const scheduled = await saveOk(s, token, articleInput({ title: '定时发布的文章' }));
    const publishAt = s.clock.now() + 60 * 60_000;
    await changeStatusOk(s, token, scheduled.id, 'SCHEDULE', publishAt);
    s.clock.set(publishAt - 60_000);
    await publishDueContent(s.app.services);
    expect(titlesOf((await read(s, FEED)).data)).not.toContain('定时发布的文章');
    expect((await read(s, FEED)).statements).toBe(0);
    s.clock.set(publishAt);
    expect(await publishDueContent(s.app.services)).toBe(1);
    expect(titlesOf((await read(s, FEED)).data)).toContain('定时发布的文章');
  });

  it('never caches an answer that holds the viewer’s like, signed in or not', async () => {
    const article = await createArticle(server());
    const query = `{ article(id: ${article.id}) { id title viewerLiked } }`;
    const citizen = await signInCitizen(server());
    for (const token of [null, citizen.token]) {
      expect((await read(server(), query, token)).statements).toBeGreaterThan(0);
      expect((await read(server(), query, token)).statements).toBeGreaterThan(0);
    }
  });

  it('an empty tab cached before the first article of its category shows that article after invalidation', async () => {
    const empty = await read(server(), VIDEO_TAB);
    expect(titlesOf(empty.data)).toEqual([]);
    expect((await read(server(), VIDEO_TAB)).statements).toBe(0);
    const video = await createArticle(server(), { category: 'VIDEO', title: '档案里的漳州（纪录片）' });
    await server().app.services.publicCache.invalidate(['Article']);
    expect(titlesOf((await read(server(), VIDEO_TAB)).data)).toEqual([video.title]);
  });

  it('saving an exhibition invalidates the cached home page: a newly featured exhibition shows at once', async () => {
    const home = '{ home { featuredExhibitions { id title } } }';
    await read(server(), home);
    expect((await read(server(), home)).statements).toBe(0);
    const saved = await server().execute(
      SaveExhibitionDocument,
      {
        input: {
          title: '珍贵实物档案展',
          mode: 'ONSITE',
          summary: '摘要',
          description: '介绍',
          opensOn: businessDateOf(server().clock.now()),
          featured: true,
          published: true,
        },
      },
      staff.editor.token,
    );
    expect(saved.data?.saveExhibition.__typename).toBe('MutationSaveExhibitionSuccess');
    const after = await read(server(), home);
    expect(after.statements).toBeGreaterThan(0);
    const titles = (after.data.home as { featuredExhibitions: Array<{ title: string }> }).featuredExhibitions.map(
      (e) => e.title,
    );
    expect(titles).toContain('珍贵实物档案展');
  });

  it('another type’s invalidation leaves the feed cached', async () => {
    await read(server(), FEED);
    await server().app.services.publicCache.invalidate(['OnlineExhibition']);
    expect((await read(server(), FEED)).statements).toBe(0);
  });

  it('never caches slot availability: a home page with the calendar’s remaining places reads the database each time', async () => {
    await createExhibition(server(), { featured: true, title: '漳州侨批档案展' });
    const query = '{ home { featuredExhibitions { id title calendar(days: 3) { date remaining } } } }';
    const first = await read(server(), query);
    expect((first.data.home as { featuredExhibitions: unknown[] }).featuredExhibitions.length).toBeGreaterThan(0);
    expect((await read(server(), query)).statements).toBeGreaterThan(0);
    // The same page without availability is a public read.
    const plain = '{ home { featuredExhibitions { id title } } }';
    await read(server(), plain);
    expect((await read(server(), plain)).statements).toBe(0);
  });

  it('never caches a document that also asks for the viewer, nor one hiding slots in a fragment', async () => {
    const withViewer = '{ branches { id } viewer { id } }';
    const citizen = await signInCitizen(server());
    await read(server(), withViewer, citizen.token);
    expect((await read(server(), withViewer, citizen.token)).statements).toBeGreaterThan(0);

    await createExhibition(server(), { featured: true });
    const hidden =
      'query { home { featuredExhibitions { ...Booking } } } fragment Booking on Exhibition { id slots(date: "2026-11-25") { remaining } }';
    await read(server(), hidden);
    expect((await read(server(), hidden)).statements).toBeGreaterThan(0);
  });

  it('does not cache an answer with errors: only stored answers carry the cache’s ETag', async () => {
    const post = (query: string) =>
      fetch(`${server().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query }),
      });
    // A negative page size is refused while executing, not by validation.
    const failing = await post('{ articles(first: -1) { edges { node { id } } } }');
    expect(((await failing.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(failing.headers.get('etag')).toBeNull();
    const stored = await post('{ articles(first: 4) { edges { node { id } } } }');
    expect(stored.headers.get('etag')).toMatch(/.+/);
  });
});

describe('which documents are public reads (against the content contract)', () => {
  // The contract's shapes, reduced to what the decision looks at.
  const schema = buildSchema(`
    type Query { articles(first: Int): ArticleConnection! article(id: ID!): Article branches: [Branch!]!
      studioArticles: ArticleConnection! viewer: Account home: Home }
    type Home { latestArticles: [Article!]! featuredExhibitions: [Exhibition!]! }
    type Account { id: ID! }
    type Branch { id: ID! shortName: String! }
    type ArticleConnection { edges: [ArticleEdge!]! }
    type ArticleEdge { node: Article! }
    type Article { id: ID! title: String! viewerLiked: Boolean! status: String! bodyHtml: String! likeCount: Int!
      exhibition: Exhibition related: [Article!]! }
    type Exhibition { id: ID! title: String! calendar: [CalendarDay!]! slots: [Slot!]! }
    type CalendarDay { remaining: Int! }
    type Slot { remaining: Int! }
    type Mutation { setArticleLike(id: ID!): Article }
  `);
  const decide = (source: string, operationName?: string) => isPublicReadDocument(schema, parse(source), operationName);

  it('takes the feed, an article with its related articles and exhibition title, branches and home', () => {
    expect(decide('{ articles(first: 10) { edges { node { id title likeCount } } } }')).toBe(true);
    expect(decide('{ article(id: 1) { title related { id } exhibition { title } } }')).toBe(true);
    expect(decide('query A { branches { shortName } home { latestArticles { id } } }', 'A')).toBe(true);
  });

  // Its end-to-end twin is above ('never caches an answer that holds the viewer’s like').
  it('refuses viewerLiked, staff fields and staff queries wherever they are, fragments included', () => {
    expect(decide('{ article(id: 1) { title viewerLiked } }')).toBe(false);
    expect(decide('{ articles { edges { node { ...F } } } } fragment F on Article { id liked: viewerLiked }')).toBe(
      false,
    );
    expect(decide('{ article(id: 1) { ... on Article { status } } }')).toBe(false);
    expect(decide('{ article(id: 1) { bodyHtml } }')).toBe(false);
    expect(decide('{ studioArticles { edges { node { id } } } }')).toBe(false);
    expect(decide('{ branches { id } viewer { id } }')).toBe(false);
  });

  it('refuses any slot availability, mutations, unknown fields and documents naming another operation', () => {
    expect(decide('{ home { featuredExhibitions { calendar { remaining } } } }')).toBe(false);
    expect(decide('{ article(id: 1) { exhibition { slots { remaining } } } }')).toBe(false);
    expect(decide('mutation { setArticleLike(id: 1) { id } }')).toBe(false);
    expect(decide('query A { branches { id } } mutation B { setArticleLike(id: 1) { id } }', 'A')).toBe(false);
    expect(decide('{ branches { id nope } }')).toBe(false);
    expect(decide('query A { branches { id } }', 'B')).toBe(false);
  });
});

const redisUrl = process.env.REDIS_URL?.trim();
// Production runs several processes on one Redis: CI must exercise the shared cache (like MySQL, dialects.ts).
if (!redisUrl && process.env.CI === 'true') {
  throw new Error(
    'REDIS_URL is not set but CI=true: the shared public cache test is mandatory in CI. ' +
      'Set REDIS_URL=redis://127.0.0.1:6379 (entries are namespaced by the test database).',
  );
}

describe.runIf(redisUrl).each(dialects)('public cache shared through Redis (needs REDIS_URL) (%s)', (dialect) => {
  const first = useTestServer({ dialect, env: { ...CACHE_ON, REDIS_URL: redisUrl ?? '' } });
  let second: TestServer | undefined;
  const other = () => {
    if (!second) throw new Error('second server not started');
    return second;
  };

  it('a read cached by one server is a hit on another server of the same database, and one invalidation clears both', async () => {
    second = await startTestServer({
      dialect,
      sharedDatabaseUrl: first().databaseUrl,
      env: { ...CACHE_ON, REDIS_URL: redisUrl ?? '' },
    });
    try {
      const article = await createArticle(first(), { title: '共享缓存之前' });
      expect((await read(first(), FEED)).statements).toBeGreaterThan(0);
      const fromOther = await read(other(), FEED);
      expect(fromOther.statements).toBe(0);
      expect(titlesOf(fromOther.data)).toContain(article.title);

      await retitle(first(), article.id, '共享缓存之后');
      await other().app.services.publicCache.invalidate(['Article']);
      const fresh = await read(first(), FEED);
      expect(fresh.statements).toBeGreaterThan(0);
      expect(titlesOf(fresh.data)).toContain('共享缓存之后');
      expect((await read(other(), FEED)).statements).toBe(0);
    } finally {
      await second.close();
    }
  });

  it('servers on different databases never see each other’s entries', async () => {
    const stranger = await startTestServer({ dialect, env: { ...CACHE_ON, REDIS_URL: redisUrl ?? '' } });
    try {
      await read(first(), FEED);
      expect((await read(stranger, FEED)).statements).toBeGreaterThan(0);
    } finally {
      await stranger.close();
    }
  });
});
