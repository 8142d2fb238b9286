// Notifications (issue 10): the outbox gains its delivery state (status, attempts, the lease a worker holds
// while it sends, the archive a message concerns, when the citizen read it), every send attempt is recorded,
// the grant ledger keeps each citizen's subscriptions per template, and a claim table lets one process (of
// any number) run a batch job once per key (the day-before reminders of one date).
import type { Kysely } from 'kysely';
import { dropIndex, withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite's ALTER TABLE adds one at a time.
  const add = async (
    name: string,
    type: 'varchar(16)' | 'varchar(24)' | 'varchar(32)' | 'varchar(200)' | 'integer' | 'bigint',
    notNullDefault?: string | number,
  ) => {
    await db.schema
      .alterTable('notification_outbox')
      .addColumn(name, type, (c) => (notNullDefault === undefined ? c : c.notNull().defaultTo(notNullDefault)))
      .execute();
  };
  // PENDING until a worker settles it: SENT, NO_GRANT, FAILED, DROPPED (no longer true) or IN_APP_ONLY.
  await add('status', 'varchar(16)', 'PENDING');
  await add('template_key', 'varchar(24)');
  await add('attempts', 'integer', 0);
  // NULL: due now. A retry sets it to the end of its backoff.
  await add('next_attempt_at', 'bigint');
  // A worker's claim: the row is its own until lease_until; only the holder of the token may settle it.
  await add('lease_token', 'varchar(32)');
  await add('lease_until', 'bigint');
  // The archive the message concerns (staff see the failures of their own archive), set at delivery.
  await add('branch_id', 'integer');
  await add('last_errcode', 'integer');
  await add('last_error', 'varchar(200)');
  await add('settled_at', 'bigint');
  await add('read_at', 'bigint');
  await db.schema
    .createIndex('notification_outbox_due_idx')
    .on('notification_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('notification_outbox_account_idx')
    .on('notification_outbox')
    .columns(['account_id', 'id'])
    .execute();
  await db.schema
    .createIndex('notification_outbox_branch_idx')
    .on('notification_outbox')
    .columns(['branch_id', 'status'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('notification_attempt')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('outbox_id', 'integer', (c) => c.notNull().references('notification_outbox.id'))
      .addColumn('attempted_at', 'bigint', (c) => c.notNull())
      // 0 for a message WeChat accepted; -1 when WeChat could not be reached or answered 5xx.
      .addColumn('errcode', 'integer', (c) => c.notNull())
      .addColumn('errmsg', 'varchar(200)', (c) => c.notNull())
      .addColumn('outcome', 'varchar(16)', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('notification_attempt_outbox_idx')
    .on('notification_attempt')
    .column('outbox_id')
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('subscription_grant')
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('template_key', 'varchar(24)', (c) => c.notNull())
      // One-time subscriptions: +1 per accept, −1 per send, never below 0 (a conditional update takes one).
      .addColumn('credits', 'integer', (c) => c.notNull().defaultTo(0))
      // A long-term subscription (政务民生 templates): 1 while on.
      .addColumn('long_term', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('last_result', 'varchar(8)')
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscription_grant_pk', ['account_id', 'template_key']),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('notification_job_claim')
      // e.g. 'reminders:2026-11-25': inserting it claims the batch; a second insert collides and does nothing.
      .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('claimed_at', 'bigint', (c) => c.notNull()),
  ).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['notification_job_claim', 'subscription_grant', 'notification_attempt']) {
    await db.schema.dropTable(table).execute();
  }
  for (const index of [
    'notification_outbox_due_idx',
    'notification_outbox_account_idx',
    'notification_outbox_branch_idx',
  ]) {
    await dropIndex(db, index, 'notification_outbox').execute();
  }
  for (const column of [
    'read_at',
    'settled_at',
    'last_error',
    'last_errcode',
    'branch_id',
    'lease_until',
    'lease_token',
    'next_attempt_at',
    'attempts',
    'template_key',
    'status',
  ]) {
    await db.schema.alterTable('notification_outbox').dropColumn(column).execute();
  }
}
