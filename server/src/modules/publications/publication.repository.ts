// All SQL of compiled publications (编研成果).
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { PublicationTable } from './publication.table';

export type PublicationRow = Selectable<PublicationTable>;

/** Newest year first; within a year, the order staff gave. */
export function listPublicationRows(db: Executor): Promise<PublicationRow[]> {
  return db
    .selectFrom('publication')
    .selectAll()
    .orderBy('year', 'desc')
    .orderBy('position')
    .orderBy('id', 'desc')
    .execute();
}

export async function insertPublication(db: Executor, values: Insertable<PublicationTable>): Promise<number> {
  const result = await db.insertInto('publication').values(values).executeTakeFirstOrThrow();
  return Number(result.insertId);
}
