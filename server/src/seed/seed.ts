// Demo content (exhibitions, online exhibitions, articles and publications drawn from the Zhangzhou archive's own
// reporting), seeded once per database. Seeding writes rows directly through the features' repositories: it is
// data loading, not use.
import { addDays, blocksToHtml, businessDateOf, type ContentBlock, DAY_MS } from '@zz/shared';
import type { Kysely } from 'kysely';
import type { Database, Executor } from '../db/database';
import { type ArticleValues, insertArticle } from '../modules/articles/article.repository';
import { derivedContent } from '../modules/articles/article.service';
import { insertExhibition } from '../modules/exhibitions/exhibition.repository';
import { insertExhibit, insertOnlineExhibition } from '../modules/online-exhibitions/online-exhibition.repository';
import { insertPublication } from '../modules/publications/publication.repository';
import { ensureBookingPolicy, setTemplates } from '../modules/scheduling/plan.service';
import type { MediaStorage } from '../platform/media/media-storage';
import {
  type DemoArticle,
  type DemoImage,
  demoArticles,
  demoExhibitions,
  demoOnlineExhibitions,
  demoPublications,
  demoSlotPlan,
} from './demo-content';
import { seedDemoVenues } from './demo-venues';
import { PLACEHOLDER_SIZE, placeholderImageStore } from './placeholder-images';

export { seedReferenceData } from './reference-data';

const MARKER = 'demo_seeded_at';

/** Every picture the demo shows, stored once each: `path(image)` answers its /media path afterwards. */
async function storeDemoImages(storage: MediaStorage): Promise<(image: DemoImage) => string> {
  const store = placeholderImageStore(storage);
  const images: DemoImage[] = [
    ...demoOnlineExhibitions.flatMap((e) => [e.cover, ...e.exhibits.flatMap((x) => x.images)]),
    ...demoArticles.flatMap((a) => [
      a.cover,
      ...(a.videoPoster ? [a.videoPoster] : []),
      ...a.body.flatMap((b) => (b.kind === 'IMAGE' ? [b.image] : [])),
    ]),
    ...demoPublications.map((p) => p.cover),
  ];
  const keyOf = ([theme, variant = 0]: DemoImage) => `${theme}:${variant}`;
  const paths = new Map<string, string>();
  const distinct = [...new Map(images.map((image) => [keyOf(image), image])).values()];
  // A few at a time: sharp works on libuv's threads, and the machine may be small.
  for (let i = 0; i < distinct.length; i += 4) {
    await Promise.all(
      distinct.slice(i, i + 4).map(async (image) => paths.set(keyOf(image), await store(image[0], image[1] ?? 0))),
    );
  }
  return (image) => paths.get(keyOf(image)) as string;
}

/** What a demo article becomes once its pictures are stored and its exhibition and archive are known. */
export interface DemoArticleContent {
  article: DemoArticle;
  branchId: number | null;
  bodyHtml: string;
  tags: readonly string[];
  pinned: boolean;
  featured: boolean;
  coverPath: string;
  videoUrl: string | null;
  videoPosterPath: string | null;
  exhibitionId: number | null;
  publishedAt: number;
}

/**
 * The article row for a demo article: the one place that knows the article table's columns, so the demo data
 * stays the same whatever the table holds. The body goes through the same derivation (sanitiser, text, excerpt,
 * reading time, search text) as a save by staff.
 */
export function demoArticleRow(content: DemoArticleContent, now: number): ArticleValues {
  const { article } = content;
  return {
    branch_id: content.branchId,
    slug: article.slug,
    category: article.category,
    title: article.title,
    summary: article.summary,
    ...derivedContent({ title: article.title, summary: article.summary, bodyHtml: content.bodyHtml }),
    tags: JSON.stringify(content.tags),
    cover_url: content.coverPath,
    video_url: content.videoUrl,
    video_poster_url: content.videoPosterPath,
    author: article.author ?? null,
    source: article.source ?? null,
    exhibition_id: content.exhibitionId,
    status: 'PUBLISHED',
    pinned: content.pinned ? 1 : 0,
    featured: content.featured ? 1 : 0,
    published_at: content.publishedAt,
    scheduled_at: null,
    created_at: now,
    updated_at: content.publishedAt,
    created_by: null,
    updated_by: null,
  };
}

/**
 * Inserts the demo content once. The marker row's primary key makes this safe when several processes start
 * together: only the transaction that inserts the marker seeds. The pictures are drawn and stored before the
 * transaction (a second or two the database need not wait for); a process that then loses the race leaves a
 * few unused files behind, nothing more.
 */
export async function seedDemoContent(db: Kysely<Database>, now: number, media: MediaStorage): Promise<boolean> {
  const seeded = await db.selectFrom('app_setting').select('name').where('name', '=', MARKER).executeTakeFirst();
  if (seeded) return false;
  const imagePath = await storeDemoImages(media);

  return db.transaction().execute(async (trx) => {
    const marker = await trx
      .insertInto('app_setting')
      .values({ name: MARKER, value: new Date(now).toISOString() })
      .orIgnore()
      .executeTakeFirst();
    if (Number(marker.numInsertedOrUpdatedRows ?? 0) === 0) return false;

    const branches = await trx.selectFrom('branch').select(['id', 'code']).execute();
    const branchId = (code: string) => {
      const found = branches.find((b) => b.code === code);
      if (!found) throw new Error(`seed: branch ${code} missing`);
      return found.id;
    };
    await seedDemoVenues(trx, now, branches);
    const onlineIds = await seedOnlineExhibitions(trx, now, branchId, imagePath);

    const today = businessDateOf(now);
    const exhibitionIds = new Map<string, number>();
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
        online_exhibition_id: e.onlineExhibitionSlug ? onlineIds.exhibition(e.onlineExhibitionSlug) : null,
      });
      exhibitionIds.set(e.slug, exhibitionId);
      await ensureBookingPolicy(trx, exhibitionId);
      if (e.mode === 'ONSITE') await setTemplates(trx, exhibitionId, demoSlotPlan);
    }

    const articleIds = new Map<string, number>();
    for (const [index, a] of demoArticles.entries()) {
      const blocks = a.body.map((block): ContentBlock => {
        if (block.kind === 'IMAGE') {
          return {
            kind: 'IMAGE',
            src: imagePath(block.image),
            width: PLACEHOLDER_SIZE.width,
            height: PLACEHOLDER_SIZE.height,
            alt: block.alt,
            caption: block.caption,
          };
        }
        if (block.kind === 'EXHIBIT') {
          const exhibitId = onlineIds.exhibit(block.exhibitionSlug, block.position);
          return { kind: 'EXHIBIT', exhibitId: String(exhibitId), caption: block.caption };
        }
        return block;
      });
      const content: DemoArticleContent = {
        article: a,
        branchId: a.branchCode ? branchId(a.branchCode) : null,
        bodyHtml: blocksToHtml(blocks),
        tags: a.tags,
        pinned: a.pinned ?? false,
        featured: a.featured ?? false,
        coverPath: imagePath(a.cover),
        videoUrl: a.videoUrl ?? null,
        videoPosterPath: a.videoPoster ? imagePath(a.videoPoster) : null,
        exhibitionId: a.exhibitionSlug ? (exhibitionIds.get(a.exhibitionSlug) ?? null) : null,
        // One article every few days, newest first in the order listed.
        publishedAt: now - (index * 3 + 1) * DAY_MS,
      };
      articleIds.set(a.slug, await insertArticle(trx, demoArticleRow(content, now)));
    }

    for (const [position, publication] of demoPublications.entries()) {
      await insertPublication(trx, {
        title: publication.title,
        cover_url: imagePath(publication.cover),
        abstract: publication.abstract,
        year: publication.year,
        obtain: publication.obtain,
        branch_id: publication.branchCode ? branchId(publication.branchCode) : null,
        article_id: publication.articleSlug ? (articleIds.get(publication.articleSlug) ?? null) : null,
        position,
        created_at: now,
      });
    }
    return true;
  });
}

/** The published online exhibitions and their exhibits; answers their ids by slug (and position). */
async function seedOnlineExhibitions(
  trx: Executor,
  now: number,
  branchId: (code: string) => number,
  imagePath: (image: DemoImage) => string,
): Promise<{ exhibition(slug: string): number; exhibit(slug: string, position: number): number }> {
  const exhibitionIds = new Map<string, number>();
  const exhibitIds = new Map<string, number>();
  for (const e of demoOnlineExhibitions) {
    const publishedAt = now - e.publishedDaysAgo * DAY_MS;
    const id = await insertOnlineExhibition(trx, {
      slug: e.slug,
      branch_id: branchId(e.branchCode),
      title: e.title,
      subtitle: e.subtitle,
      intro: e.intro,
      cover_url: imagePath(e.cover),
      status: 'PUBLISHED',
      published_at: publishedAt,
      scheduled_at: null,
      created_at: publishedAt,
      updated_at: publishedAt,
      created_by: null,
      updated_by: null,
    });
    exhibitionIds.set(e.slug, id);
    for (const [position, x] of e.exhibits.entries()) {
      const exhibitId = await insertExhibit(trx, {
        online_exhibition_id: id,
        position,
        title: x.title,
        caption: x.caption,
        description: x.description,
        archive_ref: x.archiveRef,
        holding_branch_id: branchId(x.holdingBranchCode),
        period: x.period,
        image_urls: JSON.stringify(x.images.map(imagePath)),
        created_at: publishedAt,
        updated_at: publishedAt,
      });
      exhibitIds.set(`${e.slug}#${position}`, exhibitId);
    }
  }
  const found = (map: Map<string, number>, key: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`seed: online exhibition ${key} missing`);
    return id;
  };
  return {
    exhibition: (slug) => found(exhibitionIds, slug),
    exhibit: (slug, position) => found(exhibitIds, `${slug}#${position}`),
  };
}
