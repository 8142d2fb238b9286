// The audit log (issue 12): one append-only table of who did what to whom, written by the application and never
// updated or deleted by it (the retention job removes whole old ranges and records the anchor it removed).
// Rows are hash-chained in `seq` order: each row's hash covers its content and the previous row's hash, so a
// changed or removed row breaks the chain. The chain head (one row) serialises appends across processes.
import { type Kysely, sql } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('audit_log')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      // The position in the chain: 1, 2, 3… with no gaps, assigned under the chain head's lock.
      .addColumn('seq', 'bigint', (c) => c.notNull().unique())
      .addColumn('at', 'bigint', (c) => c.notNull())
      .addColumn('action', 'varchar(40)', (c) => c.notNull())
      .addColumn('result', 'varchar(8)', (c) => c.notNull())
      // Who: copied, not joined, so the row still says who it was after the account changes.
      .addColumn('actor_account_id', 'integer')
      .addColumn('actor_role', 'varchar(20)')
      .addColumn('actor_branch_id', 'integer')
      .addColumn('actor_name', 'varchar(64)')
      .addColumn('target_kind', 'varchar(32)')
      .addColumn('target_id', 'varchar(64)')
      // HMAC of the person concerned (never the plaintext): staff search by it.
      .addColumn('person_hash', 'char(64)')
      // Comma-separated names of the personal fields shown in full.
      .addColumn('revealed_fields', 'varchar(255)')
      .addColumn('reason', 'varchar(500)')
      .addColumn('row_count', 'integer')
      .addColumn('request_id', 'varchar(64)')
      .addColumn('client_address', 'varchar(64)')
      // JSON of non-personal details (codes, ids, counts).
      .addColumn('detail', 'text')
      .addColumn('prev_hash', 'char(64)', (c) => c.notNull())
      .addColumn('row_hash', 'char(64)', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').columns(['at']).execute();
  await db.schema.createIndex('audit_log_person_idx').on('audit_log').columns(['person_hash', 'at']).execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor_account_id', 'at']).execute();
  await db.schema.createIndex('audit_log_branch_idx').on('audit_log').columns(['actor_branch_id', 'at']).execute();
  await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'at']).execute();

  // One row (id 1): the last seq and hash appended. An append locks it for the length of its transaction.
  await withTableOptions(
    db,
    db.schema
      .createTable('audit_chain_head')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('last_seq', 'bigint', (c) => c.notNull())
      .addColumn('last_hash', 'char(64)', (c) => c.notNull()),
  ).execute();
  await sql`insert into audit_chain_head (id, last_seq, last_hash) values (1, 0, ${'0'.repeat(64)})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_chain_head').execute();
  await db.schema.dropTable('audit_log').execute();
}
