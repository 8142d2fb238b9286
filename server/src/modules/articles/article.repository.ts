// All SQL of articles: the readers' feed and search, the studio's list, the life-cycle transitions (each an
// atomic conditional update), the publishing job's claim, and the counters behind reads, likes and shares.
import type { ContentStatus } from '@zz/shared';
import { type ExpressionBuilder, type Insertable, type Selectable, sql, type Updateable } from 'kysely';
import type { Database, Executor } from '../../db/database';
import { isUniqueViolation } from '../../db/db-errors';
import type { ArticleTable } from './article.table';

export type ArticleRow = Selectable<ArticleTable>;
/** A row as lists read it: without the body, its text and the search text (the article page reads those). */
export type ArticleListRow = Omit<ArticleRow, 'body_html' | 'body_text'> & { body_html?: string };
/** What is written for an article: its row, and the search text kept beside it (article_search). */
export type ArticleValues = Insertable<ArticleTable> & { search_text: string };

const LIST_COLUMNS = [
  'id',
  'branch_id',
  'slug',
  'category',
  'title',
  'summary',
  'excerpt',
  'tags',
  'reading_minutes',
  'cover_url',
  'video_url',
  'video_poster_url',
  'author',
  'source',
  'exhibition_id',
  'status',
  'pinned',
  'featured',
  'published_at',
  'scheduled_at',
  'read_count',
  'like_count',
  'share_count',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
] as const satisfies ReadonlyArray<keyof ArticleTable>;

/** Where an article sits in the feed's order: pinned first, then newest published, then highest id. */
export interface FeedPosition {
  pinned: number;
  publishedAt: number;
  id: number;
}

/** Where an article sits in the studio's order: newest change first, then highest id. */
export interface StudioPosition {
  updatedAt: number;
  id: number;
}

/**
 * The LIKE pattern that finds `term` (already normalised, see normalizeSearchText) anywhere in a search text, with
 * LIKE's own wildcards in it taken literally. The escape character is `!` rather than a backslash: a backslash
 * in the ESCAPE clause's literal means one character to SQLite but must be doubled for MySQL, `!` means the same
 * to both.
 *
 * Why a LIKE scan, deliberately: Chinese is written without spaces, and search must find any substring
 * (「侨批」 in 「漳州侨批档案」) on MySQL/MariaDB and SQLite alike.
 * - InnoDB FULLTEXT's built-in parser splits on spaces and punctuation, so a Chinese sentence is one token and
 *   a substring of it is never found.
 * - The ngram parser that fixes that is MySQL's only; MariaDB (what we deploy) has none, and Mroonga, which has
 *   one, is a plugin that is not installed by default.
 * - SQLite's FTS5 trigram tokenizer would work for SQLite alone, and only for terms of 3 characters or more.
 * - A bigram side table (every pair of adjacent characters → article) works on both, but costs about 800 rows
 *   per article and a write amplification on every save, for a collection of thousands.
 * - A LIKE '%term%' over one pre-normalised column of a narrow side table (article_search: the id and the text,
 *   nothing else, byte collation on MySQL) is one sequential scan, with no index to keep. Measured for 10,000
 *   articles of 1,200 characters (~36 MB of text) on a loaded 2-core machine: ~100 ms on SQLite, ~200–500 ms on
 *   MariaDB; the same LIKE over a column of the wide article row was ~10× slower on MariaDB, which reads the
 *   HTML and text pages beside it. The bench measures it on a quiet machine (`npm run bench`).
 * The scan grows with the text: past some tens of thousands of long articles, search moves to a search service
 * (Elasticsearch or Meilisearch with a CJK tokenizer) fed from article_search, and searchCondition below is where
 * it plugs in.
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

const likeSearchText = (term: string) =>
  sql<boolean>`${sql.ref('article_search.search_text')} like ${containsPattern(term)} escape '!'`;

/** More matches than this and the list would be long: the feed walks its index and checks each row instead. */
const MATCH_LIST_MAX = 2000;

/**
 * The condition a search adds to a list. First one sequential scan of article_search for the matching ids (a rare
 * term: a short list, and the page is read by primary key); when a common term matches more than MATCH_LIST_MAX,
 * the list's own order finds a page of matches within its first rows, so the condition is a semi-join instead.
 * (MariaDB plans `id in (subquery)` as an index walk with a lookup per row, ~3× slower than the scan for a rare
 * term: hence the two steps.)
 */
async function searchCondition(db: Executor, term: string) {
  const matches = await db
    .selectFrom('article_search')
    .select('article_id')
    .where(likeSearchText(term))
    .limit(MATCH_LIST_MAX + 1)
    .execute();
  const ids = matches.map((m) => m.article_id);
  return (eb: ExpressionBuilder<Database, 'article'>) =>
    ids.length <= MATCH_LIST_MAX
      ? ids.length === 0
        ? sql<boolean>`1 = 0`
        : eb('id', 'in', ids)
      : eb('id', 'in', eb.selectFrom('article_search').select('article_search.article_id').where(likeSearchText(term)));
}

/**
 * Rows past a feed position: `<` older (further down the feed), `>` newer. The keyset compares the order's three
 * keys as a tuple, spelled out because SQLite and MySQL do not both use an index for row-value comparison.
 */
const beyond = (p: FeedPosition, op: '<' | '>') => (eb: ExpressionBuilder<Database, 'article'>) =>
  eb.or([
    eb('pinned', op, p.pinned),
    eb.and([eb('pinned', '=', p.pinned), eb('published_at', op, p.publishedAt)]),
    eb.and([eb('pinned', '=', p.pinned), eb('published_at', '=', p.publishedAt), eb('id', op, p.id)]),
  ]);

export interface FeedQuery {
  now: number;
  category: ArticleRow['category'] | null;
  featuredOnly: boolean;
  branchId: number | null;
  /** Normalised search term, or null. */
  search: string | null;
  /** Older than this position. */
  after: FeedPosition | null;
  /** Newer than this position. */
  before: FeedPosition | null;
  limit: number;
  /** Nearest the `before` position first (paging backwards); the caller reverses the page. */
  inverted: boolean;
}

/** A keyset page of published articles, stable while others are published (they sort before any cursor). */
export async function listPublishedArticles(db: Executor, q: FeedQuery): Promise<ArticleListRow[]> {
  let query = db
    .selectFrom('article')
    .select(LIST_COLUMNS)
    .where('status', '=', 'PUBLISHED')
    .where('published_at', '<=', q.now);
  if (q.category) query = query.where('category', '=', q.category);
  if (q.featuredOnly) query = query.where('featured', '=', 1);
  if (q.branchId !== null) query = query.where('branch_id', '=', q.branchId);
  if (q.search) query = query.where(await searchCondition(db, q.search));
  if (q.after) query = query.where(beyond(q.after, '<'));
  if (q.before) query = query.where(beyond(q.before, '>'));
  const direction = q.inverted ? 'asc' : 'desc';
  return query
    .orderBy('pinned', direction)
    .orderBy('published_at', direction)
    .orderBy('id', direction)
    .limit(q.limit)
    .execute();
}

export interface StudioQuery {
  /** null: every archive (administrators). */
  branchId: number | null;
  status: ContentStatus | null;
  search: string | null;
  after: StudioPosition | null;
  limit: number;
}

/** The studio's list: any status, newest change first. */
export async function listStudioArticles(db: Executor, q: StudioQuery): Promise<ArticleListRow[]> {
  let query = db.selectFrom('article').select(LIST_COLUMNS);
  if (q.branchId !== null) query = query.where('branch_id', '=', q.branchId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.search) query = query.where(await searchCondition(db, q.search));
  const after = q.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('updated_at', '<', after.updatedAt),
        eb.and([eb('updated_at', '=', after.updatedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('updated_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

export function findArticleById(db: Executor, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('article').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The clean HTML bodies of these articles (the list rows leave them out). */
export function findArticleBodies(db: Executor, ids: readonly number[]): Promise<{ id: number; body_html: string }[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('article').select(['id', 'body_html']).where('id', 'in', ids).execute();
}

/** Up to `limit` published articles of the same exhibition first, then of the same category; newest first. */
export function listRelatedArticles(
  db: Executor,
  q: { articleId: number; exhibitionId: number | null; category: ArticleRow['category']; now: number; limit: number },
): Promise<ArticleListRow[]> {
  const exhibitionId = q.exhibitionId;
  let query = db
    .selectFrom('article')
    .select(LIST_COLUMNS)
    .where('status', '=', 'PUBLISHED')
    .where('published_at', '<=', q.now)
    .where('id', '!=', q.articleId);
  if (exhibitionId === null) {
    query = query.where('category', '=', q.category);
  } else {
    query = query
      .where((eb) => eb.or([eb('exhibition_id', '=', exhibitionId), eb('category', '=', q.category)]))
      .orderBy(sql`case when ${sql.ref('exhibition_id')} = ${exhibitionId} then 0 else 1 end`);
  }
  return query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

export async function insertArticle(db: Executor, values: ArticleValues): Promise<number> {
  const { search_text, ...row } = values;
  const result = await db.insertInto('article').values(row).executeTakeFirstOrThrow();
  const id = Number(result.insertId);
  await db.insertInto('article_search').values({ article_id: id, search_text }).execute();
  return id;
}

/** An edit of the content (never the status, which moves only through transitionArticle). */
export async function updateArticleContent(
  db: Executor,
  id: number,
  values: Omit<Updateable<ArticleTable>, 'status' | 'published_at' | 'scheduled_at' | 'id'> & { search_text: string },
): Promise<void> {
  const { search_text, ...row } = values;
  await db.updateTable('article').set(row).where('id', '=', id).execute();
  await db.updateTable('article_search').set({ search_text }).where('article_id', '=', id).execute();
}

/**
 * Moves an article from `expected` to another status in one conditional UPDATE: when two members of staff act at
 * once, the second finds the status changed and updates nothing (false). Publishing keeps the first publication
 * time: `published_at` is set only while still NULL.
 */
export async function transitionArticle(
  db: Executor,
  q: {
    id: number;
    expected: ContentStatus;
    to: ContentStatus;
    scheduledAt: number | null;
    publishNow: number | null;
    now: number;
    by: number;
  },
): Promise<boolean> {
  const publishNow = q.publishNow;
  const result = await db
    .updateTable('article')
    .set((eb) => ({
      status: q.to,
      scheduled_at: q.scheduledAt,
      updated_at: q.now,
      updated_by: q.by,
      ...(publishNow === null ? {} : { published_at: eb.fn.coalesce('published_at', eb.val(publishNow)) }),
    }))
    .where('id', '=', q.id)
    .where('status', '=', q.expected)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setArticleHighlight(
  db: Executor,
  q: { id: number; pinned: boolean; featured: boolean; now: number; by: number },
): Promise<void> {
  await db
    .updateTable('article')
    .set({ pinned: q.pinned ? 1 : 0, featured: q.featured ? 1 : 0, updated_at: q.now, updated_by: q.by })
    .where('id', '=', q.id)
    .execute();
}

/** Ids of SCHEDULED articles whose time has come (the job publishes them in batches). */
export async function findDueArticleIds(db: Executor, now: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('article')
    .select('id')
    .where('status', '=', 'SCHEDULED')
    .where('scheduled_at', '<=', now)
    .orderBy('scheduled_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Publishes those of `ids` that are still SCHEDULED and due, in one conditional UPDATE: processes running the
 * job at once each publish a different share (the second finds the status changed), never one article twice.
 * The publication time is the scheduled minute, not when the job happened to run.
 */
export async function publishDueArticles(db: Executor, ids: readonly number[], now: number): Promise<number> {
  if (ids.length === 0) return 0;
  const result = await db
    .updateTable('article')
    .set((eb) => ({
      status: 'PUBLISHED',
      published_at: eb.fn.coalesce('published_at', 'scheduled_at'),
      scheduled_at: null,
      updated_at: now,
    }))
    .where('id', 'in', ids)
    .where('status', '=', 'SCHEDULED')
    .where('scheduled_at', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Runs an insert that a unique index guards: false when the index said the row is there already. */
async function insertUnlessPresent(insert: () => Promise<unknown>, uniqueMarker: string): Promise<boolean> {
  try {
    await insert();
    return true;
  } catch (error) {
    if (isUniqueViolation(error, uniqueMarker)) return false;
    throw error;
  }
}

/** Records a reader's read of the day; false when they had already read it that day (the unique index said so). */
export function insertArticleRead(
  db: Executor,
  row: { article_id: number; reader_key: string; business_date: string },
): Promise<boolean> {
  return insertUnlessPresent(() => db.insertInto('article_read').values(row).execute(), 'article_read');
}

type Counter = 'read_count' | 'like_count' | 'share_count';

/** Moves a counter by `delta` in the database (never read-modify-write, so concurrent changes add up). */
export async function addToCounter(db: Executor, id: number, counter: Counter, delta: 1 | -1): Promise<void> {
  await db
    .updateTable('article')
    .set((eb) => ({ [counter]: eb(counter, '+', delta) }))
    .where('id', '=', id)
    .execute();
}

/** Adds the account's like; false when it was there already. */
export function insertArticleLike(
  db: Executor,
  row: { article_id: number; account_id: number; created_at: number },
): Promise<boolean> {
  return insertUnlessPresent(() => db.insertInto('article_like').values(row).execute(), 'article_like');
}

/** Removes the account's like; false when there was none. */
export async function deleteArticleLike(db: Executor, articleId: number, accountId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('article_like')
    .where('article_id', '=', articleId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** Which of these articles the account likes: one query for a whole page. */
export async function findLikedArticleIds(
  db: Executor,
  accountId: number,
  articleIds: readonly number[],
): Promise<Set<number>> {
  if (articleIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('article_like')
    .select('article_id')
    .where('account_id', '=', accountId)
    .where('article_id', 'in', articleIds)
    .execute();
  return new Set(rows.map((r) => r.article_id));
}
