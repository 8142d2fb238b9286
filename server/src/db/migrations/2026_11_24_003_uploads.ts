// Uploaded photos of identity documents (authorisations, death certificates, kinship proofs), encrypted, in
// the database rather than on a server's disk, because any server process behind the load balancer may be
// asked for them. An upload is unclaimed until a feature's request takes it; delete_after is when the purge
// job removes it (set at upload for unclaimed ones, cleared on claim, set again when the request closes).
import type { Kysely } from 'kysely';
import { mediumBinary, withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('upload')
      // 32 hex characters of randomness: ids travel in URLs and requests, and hex compares the same under
      // MySQL's case-insensitive collation.
      .addColumn('id', 'char(32)', (c) => c.primaryKey())
      .addColumn('owner_account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('purpose', 'varchar(32)', (c) => c.notNull())
      .addColumn('mime', 'varchar(32)', (c) => c.notNull())
      .addColumn('byte_size', 'integer', (c) => c.notNull())
      .addColumn('width', 'integer', (c) => c.notNull())
      .addColumn('height', 'integer', (c) => c.notNull())
      .addColumn('content', mediumBinary(db), (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('claimed_at', 'bigint')
      .addColumn('delete_after', 'bigint'),
  ).execute();
  // The purge job's only condition.
  await db.schema.createIndex('upload_delete_after_idx').on('upload').column('delete_after').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('upload').execute();
}
