// Consent (issue 13): each acceptance of the 个人信息保护说明 with its version and time, withdrawals stamped on the
// row; and on each frequent visitor the time the account holder confirmed that person's consent to be saved
// (null for people saved before this rule).
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('privacy_consent')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('version', 'varchar(32)', (c) => c.notNull())
      .addColumn('accepted_at', 'bigint', (c) => c.notNull())
      .addColumn('withdrawn_at', 'bigint'),
  ).execute();
  // The standing consent of an account is read before every booking.
  await db.schema
    .createIndex('privacy_consent_account_idx')
    .on('privacy_consent')
    .columns(['account_id', 'withdrawn_at'])
    .execute();
  await db.schema.alterTable('frequent_visitor').addColumn('consent_confirmed_at', 'bigint').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('frequent_visitor').dropColumn('consent_confirmed_at').execute();
  await db.schema.dropTable('privacy_consent').execute();
}
