// All SQL of promotional articles.
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { ArticleTable } from './article.table';

export type ArticleRow = Selectable<ArticleTable>;

/** Keyset page of the feed, newest first: stable while new articles are published. */
export function listPublishedArticles(
  db: Executor,
  q: {
    category: ArticleRow['category'] | null;
    before: { publishedAt: number; id: number } | null;
    limit: number;
    now: number;
  },
): Promise<ArticleRow[]> {
  let query = db.selectFrom('article').selectAll().where('published_at', '<=', q.now);
  if (q.category) query = query.where('category', '=', q.category);
  const before = q.before;
  if (before) {
    query = query.where((eb) =>
      eb.or([
        eb('published_at', '<', before.publishedAt),
        eb.and([eb('published_at', '=', before.publishedAt), eb('id', '<', before.id)]),
      ]),
    );
  }
  return query.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

export function findArticleById(db: Executor, id: number): Promise<ArticleRow | undefined> {
  return db.selectFrom('article').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertArticle(db: Executor, values: Insertable<ArticleTable>): Promise<number> {
  const result = await db.insertInto('article').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}
