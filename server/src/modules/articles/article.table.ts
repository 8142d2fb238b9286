import type { ArticleCategory } from '@zz/shared';
import type { Generated } from 'kysely';

export interface ArticleTable {
  id: Generated<number>;
  branch_id: number | null;
  slug: string;
  category: ArticleCategory;
  title: string;
  summary: string;
  body: string;
  cover_url: string | null;
  video_url: string | null;
  author: string | null;
  source: string | null;
  published_at: number;
  created_at: number;
}

declare module '../../db/database' {
  interface Database {
    article: ArticleTable;
  }
}
