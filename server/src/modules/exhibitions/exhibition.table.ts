import type { ExhibitionMode } from '@zz/shared';
import type { Generated } from 'kysely';

export interface ExhibitionTable {
  id: Generated<number>;
  branch_id: number;
  slug: string;
  title: string;
  subtitle: string | null;
  mode: ExhibitionMode;
  cover_url: string | null;
  summary: string;
  description: string;
  venue: string | null;
  notes: string | null;
  opens_on: string;
  closes_on: string | null;
  featured: number;
  published_at: number | null;
  created_at: number;
  updated_at: number;
}

declare module '../../db/database' {
  interface Database {
    exhibition: ExhibitionTable;
  }
}
