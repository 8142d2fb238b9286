import type { Generated } from 'kysely';

export interface ArticleTable {
  id: Generated<number>;
  branch_id: number | null;
  slug: string;
  /** 'NEWS', 'STORY', 'VIDEO' or 'RESEARCH'. */
  category: string;
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
