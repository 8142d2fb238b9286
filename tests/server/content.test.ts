// What visitors read: the home page, exhibitions by phase and mode, the article feed, the archives, and the
// platform around them (health check, masking of unexpected errors). Each block seeds a fresh database.
import { addDays, businessDateOf, instantOf } from '@zz/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishDueContent } from '../../server/src/jobs/content-publishing.job';
import { ARCHIVE_BRANCHES } from '../../server/src/seed/reference-data';
import { dialects } from '../testkit/dialects';
import {
  ArticleAndNewestDocument,
  ArticlesDocument,
  BranchesDocument,
  ExhibitionsDocument,
  ExhibitionTitleDocument,
  HomeDocument,
  NewestArticleIdDocument,
  type NewestArticleIdQuery,
  TwoExhibitionPhasesDocument,
} from '../testkit/generated/graphql';
import { createArticle, createExhibition, createStaff, type SeededArticle } from '../testkit/seed';
import type { GraphQLResult, TestServer, TypedDocument } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const HOUR = 60 * 60 * 1000;

interface Connection<TNode> {
  edges: Array<{ node: TNode }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Every node of a connection from `variables.after` (or the start) on, following endCursor page by page. */
async function collect<TField extends string, TNode, TVariables extends { first?: unknown; after?: string | null }>(
  server: TestServer,
  query: TypedDocument<Record<TField, Connection<TNode>>, TVariables>,
  field: TField,
  variables: NoInfer<TVariables>,
  pageSize: number,
): Promise<TNode[]> {
  const nodes = [];
  let after = variables.after ?? null;
  for (let page = 0; page < 100; page++) {
    const result = await server.execute(query, { ...variables, first: pageSize, after });
    expect(result.errors).toBeUndefined();
    const connection = result.data![field];
    expect(connection.edges.length).toBeLessThanOrEqual(pageSize);
    nodes.push(...connection.edges.map((e) => e.node));
    if (!connection.pageInfo.hasNextPage) return nodes;
    after = connection.pageInfo.endCursor ?? null;
  }
  throw new Error('pagination did not end');
}

const ids = (items: Array<{ id: number | string }>) => items.map((item) => String(item.id));

describe.each(dialects)('home (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('features current then upcoming featured exhibitions, and nothing else', async () => {
    const s = server();
    const earlier = await createExhibition(s, { featured: true, phase: 'CURRENT', opensInDays: -20 });
    const later = await createExhibition(s, { featured: true, phase: 'CURRENT', opensInDays: -2 });
    const upcoming = await createExhibition(s, { featured: true, phase: 'UPCOMING' });
    const online = await createExhibition(s, { featured: true, mode: 'ONLINE', opensInDays: -1, closesInDays: null });
    await createExhibition(s, { featured: false, phase: 'CURRENT' });
    await createExhibition(s, { featured: true, phase: 'PAST' });
    await createExhibition(s, { featured: true, phase: 'CURRENT', published: false });

    const result = await s.execute(HomeDocument, {});
    const featured = result.data!.home.featuredExhibitions;
    expect(ids(featured)).toEqual(ids([earlier, later, online, upcoming]));
    expect(featured.map((e) => e.phase)).toEqual(['CURRENT', 'CURRENT', 'CURRENT', 'UPCOMING']);
    expect(featured[0].branch).toEqual({ code: ARCHIVE_BRANCHES[0].code, name: ARCHIVE_BRANCHES[0].name });
  });

  it('lists the latest published articles, newest first, without scheduled ones', async () => {
    const s = server();
    const now = s.clock.now();
    const seeded: SeededArticle[] = [];
    for (const hoursAgo of [3, 1, 2]) seeded.push(await createArticle(s, { publishedAt: now - hoursAgo * HOUR }));
    await createArticle(s, { publishedAt: now + HOUR });

    const latest = (await s.execute(HomeDocument, {})).data!.home.latestArticles;
    const expected = [...seeded].sort((a, b) => b.publishedAt - a.publishedAt);
    expect(latest.map((a) => a.title)).toEqual(expected.map((a) => a.title));
    expect(latest[0].publishedAt).toBe(new Date(expected[0].publishedAt).toISOString());
  });
});

describe.each(dialects)('exhibition phases in business time (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('moves an exhibition to PAST at midnight in Shanghai, not at midnight UTC', async () => {
    const s = server();
    const start = s.clock.now();
    const today = businessDateOf(start);
    const closingToday = await createExhibition(s, { opensInDays: -10, closesInDays: 0 });
    const openingTomorrow = await createExhibition(s, { opensInDays: 1, closesInDays: 10 });
    const phases = async () => {
      const result = await s.execute(TwoExhibitionPhasesDocument, { a: closingToday.id, b: openingTomorrow.id });
      return [result.data!.a!.phase, result.data!.b!.phase];
    };
    try {
      s.clock.set(instantOf(today, '23:59'));
      expect(await phases()).toEqual(['CURRENT', 'UPCOMING']);
      // Midnight in Shanghai is 16:00 UTC of the same UTC date: the phases change now, eight hours early.
      s.clock.set(instantOf(addDays(today, 1), '00:00'));
      expect(new Date(s.clock.now()).toISOString().slice(0, 10)).toBe(today);
      expect(await phases()).toEqual(['PAST', 'CURRENT']);
    } finally {
      s.clock.set(start);
    }
  });
});

describe.each(dialects)('exhibitions (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let seeded: Awaited<ReturnType<typeof seed>>;
  // One catalogue for the read-only tests below (registered after useTestServer, so the server is up).
  beforeAll(async () => {
    seeded = await seed(server());
  });

  async function seed(s: TestServer) {
    return {
      currentOnsite: [
        await createExhibition(s, { phase: 'CURRENT', opensInDays: -30 }),
        await createExhibition(s, { phase: 'CURRENT', opensInDays: -20 }),
        await createExhibition(s, { phase: 'CURRENT', opensInDays: -10 }),
      ],
      currentOnline: [await createExhibition(s, { phase: 'CURRENT', mode: 'ONLINE', closesInDays: null })],
      upcoming: [
        await createExhibition(s, { phase: 'UPCOMING', opensInDays: 20 }),
        await createExhibition(s, { phase: 'UPCOMING', opensInDays: 5 }),
      ],
      past: [
        await createExhibition(s, { phase: 'PAST', opensInDays: -90, closesInDays: -30 }),
        await createExhibition(s, { phase: 'PAST', opensInDays: -60, closesInDays: -3 }),
      ],
      draft: await createExhibition(s, { phase: 'CURRENT', published: false }),
    };
  }

  it('filters by phase and mode and pages through the results', async () => {
    const onsite = await collect(server(), ExhibitionsDocument, 'exhibitions', { phase: 'CURRENT', mode: 'ONSITE' }, 2);
    expect(ids(onsite)).toEqual(ids(seeded.currentOnsite));
    expect(onsite).toHaveLength(3);
    expect(onsite.every((e) => e.phase === 'CURRENT' && e.mode === 'ONSITE')).toBe(true);

    const current = await collect(server(), ExhibitionsDocument, 'exhibitions', { phase: 'CURRENT' }, 2);
    expect(ids(current).sort()).toEqual(ids([...seeded.currentOnsite, ...seeded.currentOnline]).sort());

    const online = await collect(server(), ExhibitionsDocument, 'exhibitions', { mode: 'ONLINE' }, 10);
    expect(ids(online)).toEqual(ids(seeded.currentOnline));
  });

  it('orders upcoming by opening date and past by most recently closed', async () => {
    const upcoming = await collect(server(), ExhibitionsDocument, 'exhibitions', { phase: 'UPCOMING' }, 1);
    expect(ids(upcoming)).toEqual(ids([seeded.upcoming[1], seeded.upcoming[0]]));
    const past = await collect(server(), ExhibitionsDocument, 'exhibitions', { phase: 'PAST' }, 1);
    expect(ids(past)).toEqual(ids([seeded.past[1], seeded.past[0]]));
    expect(past).toHaveLength(2);
    expect(past.every((e) => e.phase === 'PAST')).toBe(true);
  });

  it('lists every published exhibition once without a filter, and reports the page boundary', async () => {
    const published = [...seeded.currentOnsite, ...seeded.currentOnline, ...seeded.upcoming, ...seeded.past];
    const all = await collect(server(), ExhibitionsDocument, 'exhibitions', {}, 3);
    expect(ids(all).sort()).toEqual(ids(published).sort());

    const firstPage = await server().execute(ExhibitionsDocument, { first: published.length });
    expect(firstPage.data!.exhibitions.edges).toHaveLength(published.length);
    expect(firstPage.data!.exhibitions.pageInfo.hasNextPage).toBe(false);
  });

  it('hides drafts from visitors and shows them to staff', async () => {
    const query = ExhibitionTitleDocument;
    expect((await server().execute(query, { id: seeded.draft.id })).data!.exhibition).toBeNull();
    const staff = await createStaff(server(), 'BRANCH_STAFF');
    const asStaff = await server().execute(query, { id: seeded.draft.id }, staff.token);
    expect(asStaff.data!.exhibition).toEqual({ id: String(seeded.draft.id), title: seeded.draft.title });
    expect((await server().execute(query, { id: 'not-a-number' })).data!.exhibition).toBeNull();
  });
});

describe.each(dialects)('article feed (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('pages newest first, breaking ties by id, and stays stable while articles are published', async () => {
    const s = server();
    const now = s.clock.now();
    const sameInstant = now - 5 * HOUR;
    const seeded = [
      await createArticle(s, { publishedAt: now - 9 * HOUR }),
      await createArticle(s, { publishedAt: sameInstant }),
      await createArticle(s, { publishedAt: sameInstant }),
      await createArticle(s, { publishedAt: now - 2 * HOUR, category: 'STORY' }),
      await createArticle(s, { publishedAt: now - 7 * HOUR, category: 'STORY' }),
    ];
    const expected = [...seeded].sort((a, b) => b.publishedAt - a.publishedAt || b.id - a.id);

    const first = await s.execute(ArticlesDocument, { first: 2 });
    expect(ids(first.data!.articles.edges.map((e) => e.node))).toEqual(ids(expected.slice(0, 2)));
    // Published between two page loads: it belongs before the first page and must not shift the rest.
    const fresh = await createArticle(s, { publishedAt: now - 1 });
    const following = await collect(
      s,
      ArticlesDocument,
      'articles',
      { after: first.data!.articles.pageInfo.endCursor },
      2,
    );
    expect(ids(following)).toEqual(ids(expected.slice(2)));
    // A new load starts with it.
    const reloaded = await collect(s, ArticlesDocument, 'articles', {}, 2);
    expect(ids(reloaded)).toEqual(ids([fresh, ...expected]));

    const stories = await collect(s, ArticlesDocument, 'articles', { category: 'STORY' }, 1);
    expect(ids(stories)).toEqual(ids(expected.filter((a) => a.category === 'STORY')));
  });

  it('hides a scheduled article until the publishing job publishes it at its time', async () => {
    const s = server();
    const start = s.clock.now();
    const publishAt = start + 2 * HOUR;
    const scheduled = await createArticle(s, { status: 'SCHEDULED', scheduledAt: publishAt });
    const query = ArticleAndNewestDocument;
    try {
      const before = await s.execute(query, { id: scheduled.id });
      expect(before.data!.article).toBeNull();
      expect(before.data!.articles.edges[0]?.node.id).not.toBe(String(scheduled.id));

      s.clock.set(publishAt - 1);
      expect(await publishDueContent(s.app.services)).toBe(0);
      expect((await s.execute(query, { id: scheduled.id })).data!.article).toBeNull();

      s.clock.set(publishAt);
      expect(await publishDueContent(s.app.services)).toBe(1);
      const after = await s.execute(query, { id: scheduled.id });
      expect(after.data!.article).toEqual({ id: String(scheduled.id), title: scheduled.title });
      expect(after.data!.articles.edges[0].node.id).toBe(String(scheduled.id));
    } finally {
      s.clock.set(start);
    }
  });
});

describe.each(dialects)('archives and platform (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('lists the 12 archives with the city archive first', async () => {
    const result = await server().execute(BranchesDocument, {});
    const branches = result.data!.branches;
    expect(ARCHIVE_BRANCHES).toHaveLength(12);
    expect(branches.map((b) => b.code)).toEqual(ARCHIVE_BRANCHES.map((b) => b.code));
    expect(branches[0]).toMatchObject({ code: 'city', kind: 'CITY', name: '漳州市档案馆' });
    expect(branches).toHaveLength(12);
    expect(branches.slice(1).every((b) => b.kind === 'COUNTY')).toBe(true);
  });

  it('answers /healthz with the database dialect', async () => {
    const response = await fetch(`${server().url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: dialect });
  });

  it('masks unexpected errors and keeps GraphQL validation errors readable', async () => {
    const s = server();
    // Make the next article query fail inside the database driver, then put the table back. The server logs
    // the real error (the stderr output of this test is expected); the client gets only the masked message.
    await s.db.schema.alterTable('article').renameTo('article_hidden_by_test').execute();
    let result: GraphQLResult<NewestArticleIdQuery>;
    try {
      result = await s.execute(NewestArticleIdDocument, {});
    } finally {
      await s.db.schema.alterTable('article_hidden_by_test').renameTo('article').execute();
    }
    expect(result.data).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', path: ['articles'] })]);
    expect(JSON.stringify(result)).not.toMatch(/article_hidden_by_test|no such table|doesn't exist|stack/i);

    // Raw on purpose: a field the schema does not have.
    const invalid = await s.executeRaw('{ branches { nonsense } }');
    expect(invalid.errors?.[0]?.message).toMatch(/Cannot query field "nonsense"/);
    expect((await s.execute(NewestArticleIdDocument, {})).errors).toBeUndefined();
  });
});
