// The door (issue 12): every scan that carries a device's scan id is remembered, so a queue of offline scans
// replayed twice (or sent by two tabs) checks a visitor in once. The unique scan id is the guard; the row also
// keeps what the scan did, so a replay answers with the first outcome instead of "already checked in".
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('door_scan')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      // Made on the device (a UUID): unique, so the same scan is applied once however often it is sent.
      .addColumn('scan_id', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('staff_account_id', 'integer', (c) => c.notNull())
      .addColumn('booking_id', 'integer', (c) => c.notNull())
      // Comma-separated ids of the visitors this scan admitted (empty for a group's headcount).
      .addColumn('visitor_ids', 'varchar(255)', (c) => c.notNull())
      .addColumn('admitted', 'integer', (c) => c.notNull())
      // When the device scanned (its clock, bounded by the server) and when the server applied it.
      .addColumn('scanned_at', 'bigint', (c) => c.notNull())
      .addColumn('applied_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('door_scan_booking_idx').on('door_scan').columns(['booking_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('door_scan').execute();
}
