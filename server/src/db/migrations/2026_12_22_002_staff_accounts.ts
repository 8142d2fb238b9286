// Staff accounts administered in the app (issue 12): a password an administrator set (a new account's, or a reset)
// is one-time, so the account must choose its own before anything else works; and the staff list of an archive is
// read by archive.
import type { Kysely } from 'kysely';
import { dropIndex } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 1 while the password is one an administrator was shown; 0 once the account chose its own.
  await db.schema
    .alterTable('account')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // When the password last changed (set by the account or reset by an administrator); null for citizens.
  await db.schema.alterTable('account').addColumn('password_changed_at', 'bigint').execute();
  // Staff lists: every staff account (city administrator) or an archive's. Kind first: an index led by branch_id
  // would become MySQL's index for the branch foreign key, which then refuses to drop it on the way down.
  await db.schema.createIndex('account_kind_branch_idx').on('account').columns(['kind', 'branch_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await dropIndex(db, 'account_kind_branch_idx', 'account').execute();
  await db.schema.alterTable('account').dropColumn('password_changed_at').execute();
  await db.schema.alterTable('account').dropColumn('must_change_password').execute();
}
