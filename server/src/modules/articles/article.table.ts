import type { ArticleCategory, ContentStatus } from '@zz/shared';
import type { Generated } from 'kysely';

export interface ArticleTable {
  id: Generated<number>;
  branch_id: number | null;
  slug: string | null;
  category: ArticleCategory;
  title: string;
  /** What staff wrote ('' when left to the text). */
  summary: string;
  /** What readers see: the summary, or the start of the text. */
  excerpt: string;
  body_html: string;
  body_text: string;
  /** JSON array of strings. */
  tags: string;
  reading_minutes: number;
  cover_url: string | null;
  video_url: string | null;
  video_poster_url: string | null;
  author: string | null;
  source: string | null;
  exhibition_id: number | null;
  status: ContentStatus;
  pinned: Generated<number>;
  featured: Generated<number>;
  published_at: number | null;
  scheduled_at: number | null;
  read_count: Generated<number>;
  like_count: Generated<number>;
  share_count: Generated<number>;
  created_at: number;
  updated_at: number;
  created_by: number | null;
  updated_by: number | null;
}

/** One row per article: normalizeSearchText(title + '\n' + body_text), what a search scans (a narrow table). */
export interface ArticleSearchTable {
  article_id: number;
  search_text: string;
}

export interface ArticleReadTable {
  article_id: number;
  reader_key: string;
  business_date: string;
}

export interface ArticleLikeTable {
  article_id: number;
  account_id: number;
  created_at: number;
}

declare module '../../db/database' {
  interface Database {
    article: ArticleTable;
    article_search: ArticleSearchTable;
    article_read: ArticleReadTable;
    article_like: ArticleLikeTable;
  }
}
