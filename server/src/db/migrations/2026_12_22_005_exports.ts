// Unmasked CSV exports (issue 12): one row per request to export personal data in full. A request above the
// configured row count waits for a second administrator; once approved its requester downloads it once, before
// it expires. The file itself is never stored: the row keeps only what to export (kind and filters as JSON).
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('export_request')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      // JSON of the filters ({ from, to, exhibitionId, status, branchId }): no personal data.
      .addColumn('filters', 'text', (c) => c.notNull())
      .addColumn('reason', 'varchar(500)', (c) => c.notNull())
      .addColumn('row_count', 'integer', (c) => c.notNull())
      .addColumn('status', 'varchar(12)', (c) => c.notNull())
      .addColumn('requested_by', 'integer', (c) => c.notNull())
      // The requester's archive (null for the city administration): who may approve it follows from it.
      .addColumn('requester_branch_id', 'integer')
      .addColumn('requested_at', 'bigint', (c) => c.notNull())
      .addColumn('decided_by', 'integer')
      .addColumn('decided_at', 'bigint')
      // Until when an approved request may be downloaded; null while pending.
      .addColumn('expires_at', 'bigint')
      .addColumn('downloaded_at', 'bigint'),
  ).execute();
  await db.schema
    .createIndex('export_request_status_idx')
    .on('export_request')
    .columns(['status', 'requester_branch_id', 'requested_at'])
    .execute();
  await db.schema
    .createIndex('export_request_requester_idx')
    .on('export_request')
    .columns(['requested_by', 'requested_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('export_request').execute();
}
