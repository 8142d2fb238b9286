// The articles migration on a database that already holds articles: every one becomes PUBLISHED with its plain
// text body as escaped <p> paragraphs, its search text and excerpt; and the migration rolls back and forward again.
import { type Kysely, type Migration, Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../server/src/db/migrate';
import { migrations } from '../../server/src/db/migrations';
import { dialects } from '../testkit/dialects';
import { ArticleReaderDocument } from '../testkit/generated/graphql';
import { createArticle } from '../testkit/seed';
import { useTestServer } from '../testkit/suite';

const BEFORE_ARTICLES = '2026_12_08_001_notifications';

describe.each(dialects)('articles migration (%s)', (dialect) => {
  const server = useTestServer({ dialect });

  it('turns existing plain-text articles into published ones with escaped paragraphs, and back', async () => {
    const s = server();
    // biome-ignore lint/suspicious/noExplicitAny: the table as it was before this migration
    const db = s.db as unknown as Kysely<any>;
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations as Record<string, Migration> },
    });
    const down = await migrator.migrateTo(BEFORE_ARTICLES);
    expect(down.error).toBeUndefined();

    const now = s.clock.now();
    await db
      .insertInto('article')
      .values({
        id: 501,
        branch_id: null,
        slug: 'old-article',
        category: 'STORY',
        title: '旧文章 <b>标题</b>',
        summary: '旧摘要',
        body: '第一段 <script>alert("x")</script> & 更多\n\n第二段：侨批',
        cover_url: null,
        video_url: null,
        author: '档案馆',
        source: null,
        published_at: now - 1000,
        created_at: now - 2000,
      })
      .execute();

    await migrateToLatest(db);
    const row = await db.selectFrom('article').selectAll().where('id', '=', 501).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'PUBLISHED',
      body_html: '<p>第一段 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 更多</p>\n<p>第二段：侨批</p>',
      body_text: '第一段 <script>alert("x")</script> & 更多\n第二段：侨批',
      excerpt: '旧摘要',
      tags: '[]',
      reading_minutes: 1,
      pinned: 0,
      read_count: 0,
    });
    expect(Number(row.published_at)).toBe(now - 1000);
    const search = await db
      .selectFrom('article_search')
      .selectAll()
      .where('article_id', '=', 501)
      .executeTakeFirstOrThrow();
    expect(search.search_text).toContain('旧文章 <b>标题</b> 第一段');
    expect(search.search_text).toContain('第二段:侨批');
    const page = await s.execute(ArticleReaderDocument, { id: '501' });
    expect(page.data!.article).toMatchObject({ id: '501', status: 'PUBLISHED', summary: '旧摘要' });
    expect(page.data!.article!.body.map((b) => b.kind)).toEqual(['PARAGRAPH', 'PARAGRAPH']);

    // The rebuilt table goes on numbering after the ids it copied.
    const next = await createArticle(s);
    expect(next.id).toBeGreaterThan(501);
  });
});
