// Bench section: the reader's feed and search over 10,000 articles, measured in the same run as the bare-Yoga
// baseline (run.ts passes it in). The first feed page cold (a second server on the same database with the public
// cache off) and cached (the server with the cache on, as production runs), each against the goals of issue 11;
// search for a common term (侨批) and a rare one, on SQLite and, with MYSQL_URL, on MariaDB.
import { randomBytes } from 'node:crypto';
import { type ArticleCategory, escapeHtml, normalizeSearchText, readingMinutesOf } from '@zz/shared';
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../server/src/db/database';
import { startTestServer, type TestServer } from '../testkit/server';
import type { Row, Throughput } from './run';

export const ARTICLE_COUNT = 10_000;

/** The feed's first page as the reader's list shows it (the contract's fields). */
export const FEED_QUERY =
  '{ articles(first: 10) { edges { node { id title summary cover { thumbUrl } category branch { shortName } ' +
  'publishedAt tags readCount likeCount } } pageInfo { hasNextPage endCursor } } }';
/** The same page with the fields of today's schema, while the contract's are not all there yet. */
const FEED_QUERY_TODAY =
  '{ articles(first: 10) { edges { node { id title summary coverUrl category branch { shortName } publishedAt } } ' +
  'pageInfo { hasNextPage endCursor } } }';

/** A term in about one article in six, and one in a handful: both must be fast. */
export const COMMON_TERM = '侨批';
export const RARE_TERM = '鼓浪屿钢琴码头';
const searchQuery = (term: string) =>
  `{ articles(search: ${JSON.stringify(term)}, first: 10) { edges { node { id title summary publishedAt } } } }`;

// ---------------------------------------------------------------------------------------------------------
// 10,000 articles of realistic Chinese text, deterministic (the same corpus every run)

export interface BenchArticle {
  slug: string;
  category: ArticleCategory;
  title: string;
  summary: string;
  /** Plain text, 600–1500 characters, paragraphs separated by blank lines. */
  text: string;
  tags: string[];
  publishedAt: number;
}

const PLACES = ['芗城', '龙文', '龙海', '长泰', '漳浦', '云霄', '诏安', '东山', '南靖', '平和', '华安', '漳州'];
const SUBJECTS = [
  '馆藏珍品',
  '档案故事',
  '红色档案',
  '老照片',
  '契约文书',
  '族谱',
  '地方志',
  '手稿',
  '侨乡记忆',
  '口述历史',
];
const SENTENCES = [
  '这批档案记录了{place}一带百余年来的社会变迁，是研究闽南地方史的重要一手资料。',
  '工作人员对{subject}逐页进行了修复、编目和数字化扫描，读者今后可以在阅览室调阅高清影像。',
  '{place}档案馆在征集过程中得到了当地老人和海外乡亲的热情支持，许多家庭主动捐出了珍藏多年的文献。',
  '档案中的字迹虽已泛黄，但每一页都承载着普通人的悲欢离合，讲述着漳州人爱国爱乡的情怀。',
  '专家认为，{subject}对于还原当年的经济往来、民间信仰和宗族结构具有不可替代的价值。',
  '展览以时间为线索，分为“溯源”“离散”“回响”三个单元，展出实物与复制件共六十余件。',
  '市档案馆将继续开展档案资源普查，推动更多珍贵档案走出库房，走进社区、学校和网络。',
  '在数字化的基础上，馆里还编写了专题图录，配以通俗的解说文字，方便青少年阅读。',
  '一位志愿者说，整理这些档案的过程，也是重新认识家乡、理解先辈的过程。',
  '这些资料此前分散保存在各县（区）档案馆，此次集中整理后首次系统地向公众开放。',
];
const QIAOPI_SENTENCES = [
  '侨批是海外华侨寄回家乡的书信与汇款凭证的合称，“银信合封”是它最鲜明的特征。',
  '一封封侨批从南洋辗转寄回{place}，信中既有家长里短，也有对家乡建设的殷切期望。',
  '二〇一三年，侨批档案入选联合国教科文组织《世界记忆名录》，漳州馆藏的侨批是其中的重要组成部分。',
];
const RARE_SENTENCE = `据老人回忆，当年${RARE_TERM}旁的批局每到年关都挤满了等候侨批的人。`;
const CATEGORIES: ArticleCategory[] = ['NEWS', 'EXHIBITION', 'TREASURE', 'STORY', 'QIAOPI', 'RESEARCH', 'VIDEO'];

/** A small deterministic generator: the corpus (and so the figures) is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

export function benchArticles(count: number, now: number): BenchArticle[] {
  const next = generator(20261215);
  const run = randomBytes(3).toString('hex');
  return Array.from({ length: count }, (_, i) => {
    const place = PLACES[next(PLACES.length)];
    const subject = SUBJECTS[next(SUBJECTS.length)];
    const aboutQiaopi = i % 6 === 0;
    const rare = i % 2500 === 1234;
    const target = 600 + next(900);
    const paragraphs: string[] = [];
    let length = 0;
    while (length < target) {
      const sentences = Array.from({ length: 3 + next(3) }, () => {
        const pool = aboutQiaopi && next(3) === 0 ? QIAOPI_SENTENCES : SENTENCES;
        return pool[next(pool.length)].replaceAll('{place}', place).replaceAll('{subject}', subject);
      });
      if (rare && paragraphs.length === 1) sentences.push(RARE_SENTENCE);
      const paragraph = sentences.join('');
      paragraphs.push(paragraph);
      length += paragraph.length;
    }
    const text = paragraphs.join('\n\n');
    const title = aboutQiaopi ? `${place}侨批里的家国往事（${i + 1}）` : `${place}${subject}整理纪实（${i + 1}）`;
    return {
      slug: `bench-${run}-${i}`,
      category: aboutQiaopi ? 'QIAOPI' : CATEGORIES[next(CATEGORIES.length)],
      title,
      summary: text.slice(0, 80),
      text,
      tags: aboutQiaopi ? ['侨批', place] : [subject, place],
      // One a quarter of an hour apart, the newest an hour ago: a decade-long archive of posts, none in the future.
      publishedAt: now - 3_600_000 - i * 900_000,
    };
  });
}

// ---------------------------------------------------------------------------------------------------------
// The only place the bench knows the article table's columns and its search table: change it with them.

type ArticleInsert = Insertable<Database['article']>;

/**
 * One row of the article table for a generated article, and its search text. The body is already plain
 * paragraphs, so its clean HTML is written directly (the sanitiser would give the same, 10,000 times slower).
 */
export function articleRowOf(
  article: BenchArticle,
  branchId: number | null,
  now: number,
): { row: ArticleInsert; searchText: string } {
  const paragraphs = article.text.split(/\n\s*\n/);
  return {
    row: {
      branch_id: branchId,
      slug: article.slug,
      category: article.category,
      title: article.title,
      summary: article.summary,
      excerpt: article.summary,
      body_html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
      body_text: paragraphs.join('\n'),
      tags: JSON.stringify(article.tags),
      reading_minutes: readingMinutesOf(article.text),
      cover_url: null,
      video_url: null,
      video_poster_url: null,
      author: '市档案馆编研科',
      source: '漳州市档案馆',
      exhibition_id: null,
      status: 'PUBLISHED',
      published_at: article.publishedAt,
      scheduled_at: null,
      created_at: now,
      updated_at: article.publishedAt,
      created_by: null,
      updated_by: null,
    },
    searchText: normalizeSearchText(`${article.title}\n${paragraphs.join('\n')}`),
  };
}

/** Writes the articles and their search rows in batches of multi-row INSERTs inside one transaction. */
export async function insertBenchArticles(db: Kysely<Database>, articles: BenchArticle[], now: number): Promise<void> {
  const branches = await db.selectFrom('branch').select('id').execute();
  const batch = 250;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < articles.length; start += batch) {
      const rows = articles
        .slice(start, start + batch)
        .map((article, i) => articleRowOf(article, branches[(start + i) % branches.length]?.id ?? null, now));
      await trx
        .insertInto('article')
        .values(rows.map((r) => r.row))
        .execute();
      // Multi-row inserts do not answer every id on both databases: read them back by slug.
      const ids = await trx
        .selectFrom('article')
        .select(['id', 'slug'])
        .where(
          'slug',
          'in',
          rows.map((r) => r.row.slug as string),
        )
        .execute();
      const idOf = new Map(ids.map((r) => [r.slug, r.id]));
      await trx
        .insertInto('article_search')
        .values(rows.map((r) => ({ article_id: idOf.get(r.row.slug as string) as number, search_text: r.searchText })))
        .execute();
    }
  });
}

// ---------------------------------------------------------------------------------------------------------

type Measure = (url: string, query: string, seconds?: number, connections?: number) => Promise<Throughput>;
type Answers = (url: string, query: string) => Promise<void>;

const rps = (t: Throughput) => `${Math.round(t.requestsPerSecond)} req/s (p99 ${t.p99Ms} ms)`;

function goalRow(metric: string, ratio: number, goal: number): Row {
  return { metric, value: ratio.toFixed(2), budget: `>= ${goal.toFixed(2)}`, result: ratio >= goal ? 'PASS' : 'FAIL' };
}

/** The first query of `queries` the server answers with data; null when none does (a field not there yet). */
async function firstAnswered(answers: Answers, url: string, queries: string[]): Promise<string | null> {
  for (const query of queries) {
    try {
      await answers(url, query);
      return query;
    } catch {
      // Not in this schema yet: try the next.
    }
  }
  return null;
}

/** A server with the 10,000 articles, and a second one on the same database with the public cache off. */
async function contentServers(dialect: 'sqlite' | 'mysql'): Promise<{ cached: TestServer; cold: TestServer }> {
  const cached = await startTestServer({ dialect, env: { SEED_DEMO: 'true', PUBLIC_CACHE_TTL: '60' } });
  try {
    await insertBenchArticles(cached.db, benchArticles(ARTICLE_COUNT, cached.clock.now()), cached.clock.now());
    const cold = await startTestServer({
      dialect,
      sharedDatabaseUrl: cached.databaseUrl,
      env: { PUBLIC_CACHE_TTL: '0' },
    });
    return { cached, cold };
  } catch (error) {
    await cached.close();
    throw error;
  }
}

async function searchRows(dialect: 'sqlite' | 'mysql', cold: TestServer, measure: Measure, answers: Answers) {
  const label = dialect === 'sqlite' ? 'SQLite' : 'MariaDB';
  const url = `${cold.url}/graphql`;
  const rows: Row[] = [];
  for (const term of [COMMON_TERM, RARE_TERM]) {
    const query = await firstAnswered(answers, url, [searchQuery(term)]);
    if (!query) {
      rows.push({ metric: `search "${term}" (${label})`, value: 'n/a: articles(search:) not in the schema' });
      continue;
    }
    // One reader at a time: what a search costs the database (median of 9).
    const latencies: number[] = [];
    for (let i = 0; i < 9; i += 1) {
      const started = performance.now();
      await answers(url, query);
      latencies.push(performance.now() - started);
    }
    rows.push({
      metric: `search "${term}" over ${ARTICLE_COUNT} articles (${label}, uncached), one at a time`,
      value: `${median(latencies).toFixed(0)} ms`,
    });
    // Four searching at once (a scan each; 50 at once would only measure the queue in front of 2 cores).
    rows.push({
      metric: `  … 4 at once`,
      value: rps(await measure(url, query, SECONDS_PER_SAMPLE, SEARCH_CONNECTIONS)),
    });
  }
  return rows;
}

/** The median of some numbers. */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medianOf = (samples: Throughput[]): Throughput => ({
  requestsPerSecond: median(samples.map((s) => s.requestsPerSecond)),
  p99Ms: median(samples.map((s) => s.p99Ms)),
});

const ROUNDS = 3;
const SEARCH_CONNECTIONS = 4;
const SECONDS_PER_SAMPLE = 3;

/**
 * The feed and search rows. The cores are shared (with autocannon, and on a busy machine with whatever else runs),
 * so a baseline taken minutes earlier would make a ratio say more about the machine than about the server: the
 * bare baseline at `bareUrl`, the cold feed and the cached feed are measured in turn, ROUNDS times, and each ratio
 * is the median of the rounds' ratios (each round's three figures taken seconds apart).
 */
export async function contentRows(
  bareUrl: string,
  measure: (url: string, query: string, seconds?: number) => Promise<Throughput>,
  answers: Answers,
): Promise<Row[]> {
  const rows: Row[] = [];
  const sqlite = await contentServers('sqlite');
  try {
    const coldUrl = `${sqlite.cold.url}/graphql`;
    const cachedUrl = `${sqlite.cached.url}/graphql`;
    const feed = await firstAnswered(answers, coldUrl, [FEED_QUERY, FEED_QUERY_TODAY]);
    if (!feed) throw new Error('the feed query is answered by neither form');
    const note = feed === FEED_QUERY ? '' : ' [fields of today’s schema]';
    await answers(cachedUrl, feed);
    const samples = { bare: [] as Throughput[], cold: [] as Throughput[], cached: [] as Throughput[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      samples.bare.push(await measure(bareUrl, '{ __typename }', SECONDS_PER_SAMPLE));
      samples.cold.push(await measure(coldUrl, feed, SECONDS_PER_SAMPLE));
      samples.cached.push(await measure(cachedUrl, feed, SECONDS_PER_SAMPLE));
    }
    const ratio = (of: Throughput[]) =>
      median(of.map((t, i) => t.requestsPerSecond / samples.bare[i].requestsPerSecond));
    rows.push(
      {
        metric: `bare Yoga { __typename }, in turn with the feed (median of ${ROUNDS})`,
        value: rps(medianOf(samples.bare)),
      },
      {
        metric: `feed first page, cold (SQLite, ${ARTICLE_COUNT} articles)${note}`,
        value: rps(medianOf(samples.cold)),
      },
      { metric: `feed first page, cached${note}`, value: rps(medianOf(samples.cached)) },
      goalRow('feed cached / bare ratio', ratio(samples.cached), 0.6),
      goalRow('feed cold / bare ratio', ratio(samples.cold), 0.3),
      ...(await searchRows('sqlite', sqlite.cold, measure, answers)),
    );
  } finally {
    await sqlite.cold.close();
    await sqlite.cached.close();
  }
  if (process.env.MYSQL_URL?.trim()) {
    const mysql = await contentServers('mysql');
    try {
      rows.push(...(await searchRows('mysql', mysql.cold, measure, answers)));
    } finally {
      await mysql.cold.close();
      await mysql.cached.close();
    }
  } else {
    rows.push({ metric: 'search on MariaDB', value: 'skipped: MYSQL_URL is not set' });
  }
  return rows;
}
