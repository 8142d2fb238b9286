// Venue details (issue 12): where and when citizens come to an archive, or to an exhibition held elsewhere. Their
// own table, not columns of `branch`: branch rows are immutable reference data each process keeps in memory,
// while these are edited by staff and must reach every process at once (they are read from here each time, and
// the public response cache is invalidated after an edit).
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('venue')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      // 'ARCHIVE' (owner_id a branch id) or 'EXHIBITION' (owner_id an exhibition held away from its archive).
      .addColumn('owner_kind', 'varchar(12)', (c) => c.notNull())
      .addColumn('owner_id', 'integer', (c) => c.notNull())
      .addColumn('address', 'varchar(120)', (c) => c.notNull())
      .addColumn('phone', 'varchar(30)')
      // GCJ-02 degrees × 10⁶ as integers: exact and the same on both databases (MySQL's DECIMAL comes back as a
      // string, SQLite has no decimal). A micro-degree is about 0.1 m.
      .addColumn('latitude_e6', 'integer')
      .addColumn('longitude_e6', 'integer')
      // JSON of the weekly hours (shared/archives/venue-hours.ts VenueHours): read and written whole, never queried.
      .addColumn('hours', 'text', (c) => c.notNull())
      .addColumn('transport', 'varchar(500)')
      .addColumn('entrance', 'varchar(500)')
      .addColumn('accessibility', 'varchar(500)')
      // 1 for the seed's demonstration values (shown to citizens as 示例信息); a staff edit sets it to 0.
      .addColumn('is_example', 'smallint', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_by', 'integer')
      .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  ).execute();
  // One venue per archive and per exhibition: two saves racing upsert the same row.
  await db.schema.createIndex('venue_owner_uq').on('venue').columns(['owner_kind', 'owner_id']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('venue').execute();
}
