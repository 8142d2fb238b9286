// Online exhibitions (issue 11): an ordered set of exhibits with images, written and published by staff like
// articles; an on-site exhibition (or its ONLINE-mode hall) names the online exhibition it has; and the
// compiled publications (编研成果) readers can look up.
import type { Kysely } from 'kysely';
import { dropIndex, withTableOptions } from './portable';

export async function up(db: Kysely<unknown>): Promise<void> {
  await withTableOptions(
    db,
    db.schema
      .createTable('online_exhibition')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      // Shares and links name the exhibition by id; the slug is for the seed and staff to find one by name.
      .addColumn('slug', 'varchar(64)', (c) => c.notNull().unique())
      // NULL: the bureau's own (administrators only).
      .addColumn('branch_id', 'integer', (c) => c.references('branch.id'))
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      .addColumn('subtitle', 'varchar(255)')
      .addColumn('intro', 'text', (c) => c.notNull())
      .addColumn('cover_url', 'varchar(512)')
      // DRAFT, SCHEDULED, PUBLISHED or UNPUBLISHED; a status changes only by a conditional update from the
      // statuses its action allows.
      .addColumn('status', 'varchar(16)', (c) => c.notNull().defaultTo('DRAFT'))
      // The first publication; kept when it is unpublished and published again.
      .addColumn('published_at', 'bigint')
      // SCHEDULED only: when the publishing job makes it PUBLISHED.
      .addColumn('scheduled_at', 'bigint')
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'integer')
      .addColumn('updated_by', 'integer'),
  ).execute();
  await db.schema
    .createIndex('online_exhibition_status_idx')
    .on('online_exhibition')
    .columns(['status', 'published_at'])
    .execute();
  await db.schema
    .createIndex('online_exhibition_due_idx')
    .on('online_exhibition')
    .columns(['status', 'scheduled_at'])
    .execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('online_exhibit')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('online_exhibition_id', 'integer', (c) => c.notNull().references('online_exhibition.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      .addColumn('caption', 'varchar(255)', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      // 档号, e.g. 0035-001-0012
      .addColumn('archive_ref', 'varchar(64)')
      .addColumn('holding_branch_id', 'integer', (c) => c.references('branch.id'))
      .addColumn('period', 'varchar(64)')
      // A JSON array of /media/<id>/960.jpg paths (1 to 9): always read and written whole with the exhibit.
      .addColumn('image_urls', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull()),
  ).execute();
  // Not unique: a save reorders exhibits in place, and a unique (exhibition, position) would make every swap a
  // two-step update. The save rewrites all positions of one exhibition in one transaction.
  await db.schema
    .createIndex('online_exhibit_order_idx')
    .on('online_exhibit')
    .columns(['online_exhibition_id', 'position'])
    .execute();

  // The on-site exhibition (or its ONLINE-mode hall) whose online version this is; several may name one.
  await db.schema.alterTable('exhibition').addColumn('online_exhibition_id', 'integer').execute();
  await db.schema.createIndex('exhibition_online_idx').on('exhibition').column('online_exhibition_id').execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('publication')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      .addColumn('cover_url', 'varchar(512)')
      .addColumn('abstract', 'text', (c) => c.notNull())
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('obtain', 'varchar(255)', (c) => c.notNull())
      .addColumn('branch_id', 'integer', (c) => c.references('branch.id'))
      // The 编研成果 article about it, if any.
      .addColumn('article_id', 'integer', (c) => c.references('article.id'))
      // Within a year, the order staff gave (lower first).
      .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('publication_year_idx').on('publication').columns(['year', 'position']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('publication').execute();
  await dropIndex(db, 'exhibition_online_idx', 'exhibition').execute();
  await db.schema.alterTable('exhibition').dropColumn('online_exhibition_id').execute();
  await db.schema.dropTable('online_exhibit').execute();
  await db.schema.dropTable('online_exhibition').execute();
}
