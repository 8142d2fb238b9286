// Foundation: archive branches, accounts and sessions, and the first content of the home page.
// Instants are BIGINT epoch milliseconds (UTC); calendar dates in business time are CHAR(10) 'YYYY-MM-DD'.
import type { Kysely } from 'kysely';
import { withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('app_setting')
      .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull()),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('branch')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('code', 'varchar(32)', (c) => c.notNull().unique())
      .addColumn('name', 'varchar(64)', (c) => c.notNull())
      .addColumn('short_name', 'varchar(32)', (c) => c.notNull())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('address', 'varchar(255)')
      .addColumn('phone', 'varchar(32)')
      .addColumn('opening_hours', 'varchar(128)')
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('account')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('kind', 'varchar(16)', (c) => c.notNull())
      .addColumn('openid', 'varchar(64)', (c) => c.unique())
      .addColumn('username', 'varchar(64)', (c) => c.unique())
      .addColumn('password_hash', 'varchar(255)')
      .addColumn('role', 'varchar(16)')
      .addColumn('branch_id', 'integer', (c) => c.references('branch.id'))
      .addColumn('display_name', 'varchar(64)', (c) => c.notNull())
      .addColumn('phone_cipher', 'text')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('disabled_at', 'bigint'),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('session')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('token_hash', 'char(64)', (c) => c.notNull().unique())
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('expires_at', 'bigint', (c) => c.notNull())
      .addColumn('revoked_at', 'bigint'),
  ).execute();
  await db.schema.createIndex('session_account_idx').on('session').column('account_id').execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('exhibition')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('branch_id', 'integer', (c) => c.notNull().references('branch.id'))
      .addColumn('slug', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      .addColumn('subtitle', 'varchar(255)')
      .addColumn('mode', 'varchar(16)', (c) => c.notNull())
      .addColumn('cover_url', 'varchar(512)')
      .addColumn('summary', 'varchar(512)', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('venue', 'varchar(255)')
      .addColumn('notes', 'text')
      .addColumn('opens_on', 'char(10)', (c) => c.notNull())
      .addColumn('closes_on', 'char(10)')
      .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('published_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema
    .createIndex('exhibition_published_idx')
    .on('exhibition')
    .columns(['published_at', 'opens_on'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('article')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('branch_id', 'integer', (c) => c.references('branch.id'))
      .addColumn('slug', 'varchar(64)', (c) => c.notNull().unique())
      .addColumn('category', 'varchar(32)', (c) => c.notNull())
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      .addColumn('summary', 'varchar(512)', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('cover_url', 'varchar(512)')
      .addColumn('video_url', 'varchar(512)')
      .addColumn('author', 'varchar(64)')
      .addColumn('source', 'varchar(128)')
      .addColumn('published_at', 'bigint', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('article_feed_idx').on('article').columns(['published_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['article', 'exhibition', 'session', 'account', 'branch', 'app_setting']) {
    await db.schema.dropTable(table).execute();
  }
}
