// All SQL of public images: the record of each stored image.
import type { Insertable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MediaTable } from './media.table';

export async function insertMedia(db: Executor, row: Insertable<MediaTable>): Promise<void> {
  await db.insertInto('media').values(row).execute();
}

/** The records of those of `ids` that exist, in one query. */
export function findMediaByIds(db: Executor, ids: readonly string[]) {
  return db.selectFrom('media').select(['id', 'width', 'height']).where('id', 'in', ids).execute();
}
