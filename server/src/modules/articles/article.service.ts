// The promotional feed: articles, stories and videos, published on a schedule.
import type { ArticleCategory } from '@zz/shared';
import type { Deps } from '../../context';
import { type ArticleRow, findArticleById, listPublishedArticles } from './article.repository';

export interface Article {
  id: number;
  branchId: number | null;
  category: ArticleCategory;
  title: string;
  summary: string;
  body: string;
  coverUrl: string | null;
  videoUrl: string | null;
  author: string | null;
  source: string | null;
  publishedAt: number;
}

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    branchId: row.branch_id,
    category: row.category as ArticleCategory,
    title: row.title,
    summary: row.summary,
    body: row.body,
    coverUrl: row.cover_url,
    videoUrl: row.video_url,
    author: row.author,
    source: row.source,
    publishedAt: row.published_at,
  };
}

export const articleCursor = (a: Article) => `${a.publishedAt}:${a.id}`;

/** The keyset position a cursor names, or null when it is not one of ours. */
export function parseArticleCursor(cursor: string): { publishedAt: number; id: number } | null {
  const match = cursor.match(/^(0|[1-9]\d{0,15}):([1-9]\d{0,15})$/);
  if (!match) return null;
  const position = { publishedAt: Number(match[1]), id: Number(match[2]) };
  return Number.isSafeInteger(position.publishedAt) && Number.isSafeInteger(position.id) ? position : null;
}

export async function listArticles(
  ctx: Pick<Deps, 'db' | 'clock'>,
  q: { category: ArticleCategory | null; after: { publishedAt: number; id: number } | null; limit: number },
): Promise<Article[]> {
  const rows = await listPublishedArticles(ctx.db, {
    category: q.category,
    before: q.after,
    limit: q.limit,
    now: ctx.clock.now(),
  });
  return rows.map(toArticle);
}

/** A published article (scheduled ones stay hidden until their time). */
export async function getArticle(ctx: Pick<Deps, 'db' | 'clock'>, id: number): Promise<Article | null> {
  const row = await findArticleById(ctx.db, id);
  return row && row.published_at <= ctx.clock.now() ? toArticle(row) : null;
}
