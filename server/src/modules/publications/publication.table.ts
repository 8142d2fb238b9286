import type { Generated } from 'kysely';

export interface PublicationTable {
  id: Generated<number>;
  title: string;
  cover_url: string | null;
  abstract: string;
  year: number;
  obtain: string;
  branch_id: number | null;
  article_id: number | null;
  position: Generated<number>;
  created_at: number;
}

declare module '../../db/database' {
  interface Database {
    publication: PublicationTable;
  }
}
