// The audit log's retention (issue 12): the purge removes the oldest rows in seq order and records here the last
// row it removed (its seq and hash), so verification starts from the anchor and the rest of the chain still
// checks. Each anchor carries a keyed hash of its own values, so a forged or edited anchor is detected too.
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('audit_anchor')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      // Unique: two purges can never both record the same removal (they are serialised by the chain head too).
      .addColumn('through_seq', 'bigint', (c) => c.notNull().unique())
      .addColumn('through_hash', 'char(64)', (c) => c.notNull())
      .addColumn('purged_rows', 'integer', (c) => c.notNull())
      .addColumn('purged_at', 'bigint', (c) => c.notNull())
      .addColumn('anchor_hash', 'char(64)', (c) => c.notNull()),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_anchor').execute();
}
