// Articles (issue 11): a life cycle (DRAFT → SCHEDULED → PUBLISHED → UNPUBLISHED) instead of a publish instant
// fixed at insert, a rich body stored as clean HTML with its plain text, the text search scans (in a narrow side table), tags, a cover and
// a video poster from our own media, pinning and featuring, the exhibition an article belongs to, counters, and who
// changed it. Reads are counted once per reader per business day (article_read) and likes once per account
// (article_like); both rely on their unique index, so concurrent taps can never count twice.
//
// `published_at` becomes nullable (a draft has none) and `body` (plain text) gives way to `body_html`. Neither
// SQLite's ALTER TABLE (no change of a column's nullability) nor a portable statement can do that in place, so
// the table is rebuilt: a new table, the rows copied over (their plain-text bodies turned into escaped <p>
// paragraphs here, in TypeScript, because neither database can escape HTML portably), the old table dropped and
// the new one renamed. Nothing references article yet, so no foreign key has to follow it.
import { type Kysely, sql } from 'kysely';
import { isMysql, withTableOptions } from './portable';

/** 200 kB of HTML needs MEDIUMTEXT on MySQL (TEXT stops at 64 KiB); SQLite's TEXT has no size classes. */
const longText = (db: Kysely<unknown>) => (isMysql(db) ? sql`mediumtext` : sql`text`);

/**
 * The search column compares bytes on MySQL (utf8mb4_bin): both it and every query are normalised already (NFKC,
 * lower case), so the collation's case and accent folding buys nothing and would cost a per-character collation
 * step in every LIKE; byte comparison is what SQLite's LIKE does for non-ASCII text anyway.
 */
const searchText = (db: Kysely<unknown>) =>
  isMysql(db) ? sql`mediumtext character set utf8mb4 collate utf8mb4_bin` : sql`text`;

// Frozen copies of what the application computes (shared/src/content/blocks.ts), so this file never changes.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const normalizeSearchText = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const readingMinutesOf = (text: string) => Math.max(1, Math.round(text.replace(/\s+/g, '').length / 400));

const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

interface OldArticle {
  id: number;
  branch_id: number | null;
  slug: string;
  category: string;
  title: string;
  summary: string;
  body: string;
  cover_url: string | null;
  video_url: string | null;
  author: string | null;
  source: string | null;
  published_at: number | string;
  created_at: number | string;
}

/** The tables this migration reads and writes rows of, as they are at this point in time. */
type Row = Record<string, string | number | null>;
interface Tables {
  article: Row;
  article_search: Row;
  article_next: Row;
  article_previous: Row;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const data = db as unknown as Kysely<Tables>;
  await withTableOptions(
    db,
    db.schema
      .createTable('article_next')
      .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      .addColumn('branch_id', 'integer', (c) => c.references('branch.id'))
      // Kept for the demo seed's and old links' sake; articles written in the studio have none (NULLs never collide).
      .addColumn('slug', 'varchar(64)', (c) => c.unique())
      .addColumn('category', 'varchar(32)', (c) => c.notNull())
      .addColumn('title', 'varchar(128)', (c) => c.notNull())
      // What staff wrote as the summary ('' when they left it to the text); `excerpt` is what readers see.
      .addColumn('summary', 'varchar(512)', (c) => c.notNull())
      .addColumn('excerpt', 'varchar(512)', (c) => c.notNull())
      .addColumn('body_html', longText(db), (c) => c.notNull())
      .addColumn('body_text', longText(db), (c) => c.notNull())
      // A JSON array of strings.
      .addColumn('tags', 'varchar(512)', (c) => c.notNull())
      .addColumn('reading_minutes', 'integer', (c) => c.notNull())
      .addColumn('cover_url', 'varchar(512)')
      .addColumn('video_url', 'varchar(512)')
      .addColumn('video_poster_url', 'varchar(512)')
      .addColumn('author', 'varchar(64)')
      .addColumn('source', 'varchar(128)')
      .addColumn('exhibition_id', 'integer', (c) => c.references('exhibition.id'))
      .addColumn('status', 'varchar(16)', (c) => c.notNull())
      .addColumn('pinned', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('featured', 'integer', (c) => c.notNull().defaultTo(0))
      // The first publication (a republished article keeps it); NULL until then.
      .addColumn('published_at', 'bigint')
      .addColumn('scheduled_at', 'bigint')
      .addColumn('read_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('like_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('share_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .addColumn('updated_at', 'bigint', (c) => c.notNull())
      .addColumn('created_by', 'integer', (c) => c.references('account.id'))
      .addColumn('updated_by', 'integer', (c) => c.references('account.id')),
  ).execute();

  const old = (await data.selectFrom('article').selectAll().orderBy('id').execute()) as unknown as OldArticle[];
  for (let start = 0; start < old.length; start += 200) {
    const rows = old.slice(start, start + 200).map((a) => {
      const paragraphs = paragraphsOf(a.body);
      const text = paragraphs.join('\n');
      return {
        id: a.id,
        branch_id: a.branch_id,
        slug: a.slug,
        category: a.category,
        title: a.title,
        summary: a.summary,
        excerpt: a.summary,
        body_html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
        body_text: text,
        tags: '[]',
        reading_minutes: readingMinutesOf(text),
        cover_url: a.cover_url,
        video_url: a.video_url,
        author: a.author,
        source: a.source,
        // Every existing article was published (or scheduled by a future instant, which the feed hid until then).
        status: 'PUBLISHED',
        published_at: Number(a.published_at),
        created_at: Number(a.created_at),
        updated_at: Number(a.created_at),
      };
    });
    await data.insertInto('article_next').values(rows).execute();
  }

  await db.schema.dropTable('article').execute();
  await db.schema.alterTable('article_next').renameTo('article').execute();

  // The feed's keyset order (pinned desc, published_at desc, id desc) among published articles, all and per tab.
  await db.schema
    .createIndex('article_feed_idx')
    .on('article')
    .columns(['status', 'pinned', 'published_at', 'id'])
    .execute();
  await db.schema
    .createIndex('article_category_feed_idx')
    .on('article')
    .columns(['category', 'status', 'pinned', 'published_at', 'id'])
    .execute();
  // The studio: newest change first, per archive (administrators read the whole table in that order).
  await db.schema.createIndex('article_studio_idx').on('article').columns(['branch_id', 'updated_at', 'id']).execute();
  await db.schema.createIndex('article_changed_idx').on('article').columns(['updated_at', 'id']).execute();
  // The publishing job's due scan.
  await db.schema.createIndex('article_schedule_idx').on('article').columns(['status', 'scheduled_at']).execute();
  await db.schema.createIndex('article_exhibition_idx').on('article').columns(['exhibition_id']).execute();

  // What a search scans, apart from the article rows: a LIKE over this narrow table reads only the search text
  // (about 3 bytes a character), not pages of HTML and text beside it. Measured over 10,000 articles of 1,200
  // characters on MariaDB: ~10× faster than the same LIKE over a column of the article table itself.
  await withTableOptions(
    db,
    db.schema
      .createTable('article_search')
      .addColumn('article_id', 'integer', (c) => c.primaryKey().references('article.id'))
      // normalizeSearchText(title + '\n' + body_text).
      .addColumn('search_text', searchText(db), (c) => c.notNull()),
  ).execute();
  for (let start = 0; start < old.length; start += 200) {
    const rows = old.slice(start, start + 200).map((a) => ({
      article_id: a.id,
      search_text: normalizeSearchText(`${a.title}\n${paragraphsOf(a.body).join('\n')}`),
    }));
    await data.insertInto('article_search').values(rows).execute();
  }

  await withTableOptions(
    db,
    db.schema
      .createTable('article_read')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
      // 'account:<id>' or 'device:<key the mini-program keeps>'.
      .addColumn('reader_key', 'varchar(80)', (c) => c.notNull())
      .addColumn('business_date', 'varchar(10)', (c) => c.notNull())
      // At most one counted read per reader per business day: a second insert collides and counts nothing.
      .addUniqueConstraint('article_read_once_per_day', ['article_id', 'reader_key', 'business_date']),
  ).execute();

  await withTableOptions(
    db,
    db.schema
      .createTable('article_like')
      .addColumn('article_id', 'integer', (c) => c.notNull().references('article.id'))
      .addColumn('account_id', 'integer', (c) => c.notNull().references('account.id'))
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      // One like per account: like_count moves only when a row really appears or goes.
      .addUniqueConstraint('article_like_once', ['article_id', 'account_id']),
  ).execute();
  // "Which of these articles does the viewer like": one query per feed page.
  await db.schema
    .createIndex('article_like_account_idx')
    .on('article_like')
    .columns(['account_id', 'article_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const data = db as unknown as Kysely<Tables>;
  await db.schema.dropTable('article_search').execute();
  await db.schema.dropTable('article_like').execute();
  await db.schema.dropTable('article_read').execute();
  // The indexes go with the table (DROP INDEX … ON is MySQL's only; SQLite names indexes without their table).
  await withTableOptions(
    db,
    db.schema
      .createTable('article_previous')
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
  // Only what the old shape can hold: published articles, their text as the body.
  const rows = await data
    .selectFrom('article')
    .selectAll()
    .where('published_at', 'is not', null)
    .orderBy('id')
    .execute();
  for (const a of rows) {
    await data
      .insertInto('article_previous')
      .values({
        id: a.id,
        branch_id: a.branch_id,
        slug: a.slug ?? `article-${a.id}`,
        category: a.category,
        title: a.title,
        summary: a.excerpt,
        body: a.body_text,
        cover_url: a.cover_url,
        video_url: a.video_url,
        author: a.author,
        source: a.source,
        published_at: a.published_at,
        created_at: a.created_at,
      })
      .execute();
  }
  await db.schema.dropTable('article').execute();
  await db.schema.alterTable('article_previous').renameTo('article').execute();
  await db.schema.createIndex('article_feed_idx').on('article').columns(['published_at', 'id']).execute();
}
