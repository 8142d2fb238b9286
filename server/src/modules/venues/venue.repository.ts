// All SQL of venue details.
import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { VenueOwnerKind, VenueTable } from './venue.table';

export type VenueRow = Selectable<VenueTable>;

/** The venues of these archives and these exhibitions, in one query. */
export function findVenues(
  db: Executor,
  owners: { archives: readonly number[]; exhibitions: readonly number[] },
): Promise<VenueRow[]> {
  const { archives, exhibitions } = owners;
  // MySQL refuses an empty `in ()`.
  if (archives.length === 0 && exhibitions.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('venue')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(archives.length > 0 ? [eb.and([eb('owner_kind', '=', 'ARCHIVE'), eb('owner_id', 'in', archives)])] : []),
        ...(exhibitions.length > 0
          ? [eb.and([eb('owner_kind', '=', 'EXHIBITION'), eb('owner_id', 'in', exhibitions)])]
          : []),
      ]),
    )
    .execute();
}

/**
 * Writes a venue whether or not it exists yet: insert-or-ignore on the unique (owner_kind, owner_id), then an
 * update of that row, so two saves racing end with one row holding the later one.
 */
export async function upsertVenue(db: Executor, row: Insertable<VenueTable>): Promise<void> {
  await db.insertInto('venue').values(row).orIgnore().execute();
  const { owner_kind, owner_id, ...changes } = row;
  await db
    .updateTable('venue')
    .set(changes as Updateable<VenueTable>)
    .where('owner_kind', '=', owner_kind)
    .where('owner_id', '=', owner_id)
    .execute();
}

/** Inserts venues not recorded yet and leaves the others as staff left them (the seed is repeatable). */
export async function insertMissingVenues(db: Executor, rows: Insertable<VenueTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('venue').values(rows).orIgnore().execute();
}

/** Removes an exhibition's own venue: it is held at its archive again. Returns whether there was one. */
export async function deleteVenue(db: Executor, kind: VenueOwnerKind, ownerId: number): Promise<boolean> {
  const result = await db
    .deleteFrom('venue')
    .where('owner_kind', '=', kind)
    .where('owner_id', '=', ownerId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
