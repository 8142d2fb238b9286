// Demo content (exhibitions and articles drawn from the Zhangzhou archive's own reporting), seeded once per
// database. Seeding writes rows directly through the features' repositories: it is data loading, not use.
import { addDays, businessDateOf, DAY_MS, escapeHtml } from '@zz/shared';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database';
import { insertArticle } from '../modules/articles/article.repository';
import { derivedContent } from '../modules/articles/article.service';
import { insertExhibition } from '../modules/exhibitions/exhibition.repository';
import { ensureBookingPolicy, setTemplates } from '../modules/scheduling/plan.service';
import { demoArticles, demoExhibitions, demoSlotPlan } from './demo-content';

export { seedReferenceData } from './reference-data';

/**
 * Inserts the demo exhibitions and articles once. The marker row's primary key makes this safe when
 * several processes start together: only the transaction that inserts the marker seeds.
 */
export async function seedDemoContent(db: Kysely<Database>, now: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const marker = await trx
      .insertInto('app_setting')
      .values({ name: 'demo_seeded_at', value: new Date(now).toISOString() })
      .orIgnore()
      .executeTakeFirst();
    if (Number(marker.numInsertedOrUpdatedRows ?? 0) === 0) return false;

    const branches = await trx.selectFrom('branch').select(['id', 'code']).execute();
    const branchId = (code: string) => {
      const found = branches.find((b) => b.code === code);
      if (!found) throw new Error(`seed: branch ${code} missing`);
      return found.id;
    };
    const today = businessDateOf(now);
    for (const e of demoExhibitions) {
      const exhibitionId = await insertExhibition(trx, {
        branch_id: branchId(e.branchCode),
        slug: e.slug,
        title: e.title,
        subtitle: e.subtitle,
        mode: e.mode,
        cover_url: null,
        summary: e.summary,
        description: e.description,
        venue: e.venue,
        notes: e.notes,
        opens_on: addDays(today, e.opensInDays),
        closes_on: e.closesInDays === null ? null : addDays(today, e.closesInDays),
        featured: e.featured ? 1 : 0,
        published_at: now - 40 * DAY_MS,
        created_at: now,
        updated_at: now,
      });
      await ensureBookingPolicy(trx, exhibitionId);
      if (e.mode === 'ONSITE') await setTemplates(trx, exhibitionId, demoSlotPlan);
    }
    for (const [index, a] of demoArticles.entries()) {
      const published = now - (index * 3 + 1) * DAY_MS;
      await insertArticle(trx, {
        branch_id: a.branchCode ? branchId(a.branchCode) : null,
        slug: a.slug,
        category: a.category,
        title: a.title,
        summary: a.summary,
        // The demo bodies are plain text: each paragraph becomes an escaped <p> before the sanitiser sees it.
        ...derivedContent({ title: a.title, summary: a.summary, bodyHtml: paragraphsHtml(a.body) }),
        tags: '[]',
        cover_url: null,
        video_url: a.videoUrl ?? null,
        video_poster_url: null,
        author: a.author ?? null,
        source: a.source ?? null,
        exhibition_id: null,
        status: 'PUBLISHED',
        // One article every few days, newest first in the order listed.
        published_at: published,
        scheduled_at: null,
        created_at: now,
        updated_at: published,
        created_by: null,
        updated_by: null,
      });
    }
    return true;
  });
}

/** Plain text with blank-line paragraphs as <p> elements. */
function paragraphsHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
}
