import type { ContentStatus } from '@zz/shared';
import type { Generated } from 'kysely';

export interface OnlineExhibitionTable {
  id: Generated<number>;
  slug: string;
  branch_id: number | null;
  title: string;
  subtitle: string | null;
  intro: string;
  cover_url: string | null;
  status: ContentStatus;
  published_at: number | null;
  scheduled_at: number | null;
  created_at: number;
  updated_at: number;
  created_by: number | null;
  updated_by: number | null;
}

export interface OnlineExhibitTable {
  id: Generated<number>;
  online_exhibition_id: number;
  position: number;
  title: string;
  caption: string;
  description: string;
  archive_ref: string | null;
  holding_branch_id: number | null;
  period: string | null;
  /** JSON array of /media/<id>/960.jpg paths. */
  image_urls: string;
  created_at: number;
  updated_at: number;
}

declare module '../../db/database' {
  interface Database {
    online_exhibition: OnlineExhibitionTable;
    online_exhibit: OnlineExhibitTable;
  }
}

// The exhibition table gains the link to its online version in this module's migration (2026_12_15_002); the
// column is declared here, beside the only code that reads and writes it.
declare module '../exhibitions/exhibition.table' {
  interface ExhibitionTable {
    online_exhibition_id: number | null;
  }
}
