// Compiled publications (编研成果): what the archives have published from their holdings, and where readers find
// a copy.
import type { Deps } from '../../context';
import { listPublicationRows, type PublicationRow } from './publication.repository';

export interface Publication {
  id: number;
  title: string;
  /** A /media path, or null. */
  coverPath: string | null;
  abstract: string;
  year: number;
  obtain: string;
  branchId: number | null;
  /** The 编研成果 article about it, if any (shown only while published). */
  articleId: number | null;
}

function toPublication(row: PublicationRow): Publication {
  return {
    id: row.id,
    title: row.title,
    coverPath: row.cover_url,
    abstract: row.abstract,
    year: row.year,
    obtain: row.obtain,
    branchId: row.branch_id,
    articleId: row.article_id,
  };
}

export async function listPublications(deps: Pick<Deps, 'db'>): Promise<Publication[]> {
  return (await listPublicationRows(deps.db)).map(toPublication);
}
