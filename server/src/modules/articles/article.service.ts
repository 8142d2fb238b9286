// Articles: the readers' feed, search and article page; engagement (reads once a day per reader, likes, shares);
// the staff's studio (write, schedule, publish, unpublish, pin and feature, within their archive's scope); and
// the scheduled publishing the job runs.
import {
  type ArticleCategory,
  businessDateOf,
  CONTENT_LIMITS,
  type ContentAction,
  type ContentStatus,
  canApplyContentAction,
  contentActionsFrom,
  excerptOf,
  type FieldError,
  fitsLength,
  hasControlCharacter,
  hasLoneSurrogate,
  normalizeSearchText,
  readingMinutesOf,
  type ShareChannel,
} from '@zz/shared';
import type { Deps } from '../../context';
import type { Executor } from '../../db/database';
import { RerunTransaction } from '../../db/executor';
import { InputValidationError, NotAuthorizedError, NotFoundError } from '../../errors';
import type { Actor, StaffActor } from '../../platform/access/actor';
import { branchFilterOf, isBranchInScope } from '../../platform/access/branch-scope';
import { requireActor, requireStaff } from '../../platform/access/guards';
import { isManagerRole } from '../../platform/access/scopes';
import { ContentTransitionError } from '../../platform/content/content-errors';
import { ownMediaPath, type RichTextOptions, sanitizeRichHtml } from '../../platform/rich-text/rich-text';
import { enforceRateLimits, type RateLimiter } from '../../platform/runtime/rate-limit';
import { branchExists } from '../branches/branch.service';
import { exhibitionsByIds, isVisibleTo } from '../exhibitions/exhibition.service';
import {
  type ArticleListRow,
  addToCounter,
  deleteArticleLike,
  type FeedPosition,
  findArticleBodies,
  findArticleById,
  findDueArticleIds,
  findLikedArticleIds,
  insertArticle,
  insertArticleLike,
  insertArticleRead,
  listPublishedArticles,
  listRelatedArticles,
  listStudioArticles,
  publishDueArticles,
  type StudioPosition,
  setArticleHighlight,
  transitionArticle,
  updateArticleContent,
} from './article.repository';
import type { ArticleTable } from './article.table';

export interface Article {
  id: number;
  branchId: number | null;
  category: ArticleCategory;
  title: string;
  /** What readers see: staff's summary or the start of the text. */
  summary: string;
  /** What staff wrote as the summary ('' when they left it to the text). */
  staffSummary: string;
  /** The clean HTML, or null when the row came from a list (the body loader fetches it). */
  bodyHtml: string | null;
  coverUrl: string | null;
  videoUrl: string | null;
  videoPosterUrl: string | null;
  author: string | null;
  source: string | null;
  exhibitionId: number | null;
  status: ContentStatus;
  tags: string[];
  readingMinutes: number;
  pinned: boolean;
  featured: boolean;
  publishedAt: number | null;
  scheduledAt: number | null;
  readCount: number;
  likeCount: number;
  shareCount: number;
  updatedAt: number;
}

function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((t): t is string => typeof t === 'string') : [];
  } catch {
    return [];
  }
}

export function toArticle(row: ArticleListRow): Article {
  return {
    id: row.id,
    branchId: row.branch_id,
    category: row.category,
    title: row.title,
    summary: row.excerpt,
    staffSummary: row.summary,
    bodyHtml: row.body_html ?? null,
    coverUrl: row.cover_url,
    videoUrl: row.video_url,
    videoPosterUrl: row.video_poster_url,
    author: row.author,
    source: row.source,
    exhibitionId: row.exhibition_id,
    status: row.status,
    tags: parseTags(row.tags),
    readingMinutes: row.reading_minutes,
    pinned: row.pinned === 1,
    featured: row.featured === 1,
    publishedAt: row.published_at === null ? null : Number(row.published_at),
    scheduledAt: row.scheduled_at === null ? null : Number(row.scheduled_at),
    readCount: row.read_count,
    likeCount: row.like_count,
    shareCount: row.share_count,
    updatedAt: Number(row.updated_at),
  };
}

/** Whether readers see it now. */
export function isPublished(article: Article, now: number): boolean {
  return article.status === 'PUBLISHED' && article.publishedAt !== null && article.publishedAt <= now;
}

/** Staff who may manage this article: administrators, or staff (not door checkers) of its archive. */
export function canManageArticle(actor: Actor | null, article: Pick<Article, 'branchId'>): boolean {
  if (actor?.kind !== 'STAFF' || !isManagerRole(actor.role)) return false;
  return isBranchInScope(actor, article.branchId);
}

/** The actions the viewer may take on the article now ([] for anyone who may not manage it). */
export function availableActions(actor: Actor | null, article: Article): readonly ContentAction[] {
  return canManageArticle(actor, article) ? contentActionsFrom(article.status) : [];
}

// ---- cursors --------------------------------------------------------------------------------------------

const NUMBER = '(0|[1-9]\\d{0,15})';
const FEED_CURSOR = new RegExp(`^f:([01]):${NUMBER}:([1-9]\\d{0,15})$`);
const STUDIO_CURSOR = new RegExp(`^s:${NUMBER}:([1-9]\\d{0,15})$`);
const safe = (...values: number[]) => values.every(Number.isSafeInteger);

/** The feed's cursor: the three keys of its order, so a page boundary never moves when others are published. */
export const feedCursor = (a: Article) => `f:${a.pinned ? 1 : 0}:${a.publishedAt ?? 0}:${a.id}`;

export function parseFeedCursor(cursor: string): FeedPosition | null {
  const match = FEED_CURSOR.exec(cursor);
  if (!match) return null;
  const position = { pinned: Number(match[1]), publishedAt: Number(match[2]), id: Number(match[3]) };
  return safe(position.publishedAt, position.id) ? position : null;
}

export const studioCursor = (a: Article) => `s:${a.updatedAt}:${a.id}`;

export function parseStudioCursor(cursor: string): StudioPosition | null {
  const match = STUDIO_CURSOR.exec(cursor);
  if (!match) return null;
  const position = { updatedAt: Number(match[1]), id: Number(match[2]) };
  return safe(position.updatedAt, position.id) ? position : null;
}

/**
 * A search as the query compares it: normalised like the stored text, and cut to CONTENT_LIMITS.searchMax
 * characters. Cutting (rather than refusing) keeps the feed a plain connection without an error result, and a
 * substring search for the first 40 characters still finds every article that contains the whole term (and
 * nobody types more into a phone's search box). Blank means no search.
 */
export function searchTermOf(search: string | null | undefined): string | null {
  if (!search) return null;
  const term = [...normalizeSearchText(search)].slice(0, CONTENT_LIMITS.searchMax).join('').trim();
  return term || null;
}

// ---- readers --------------------------------------------------------------------------------------------

export interface FeedFilter {
  category: ArticleCategory | null;
  featuredOnly: boolean;
  branchId: number | null;
  search: string | null;
}

export async function listFeed(
  deps: Pick<Deps, 'db' | 'clock'>,
  filter: FeedFilter,
  page: { after: FeedPosition | null; before: FeedPosition | null; limit: number; inverted: boolean },
): Promise<Article[]> {
  const rows = await listPublishedArticles(deps.db, {
    now: deps.clock.now(),
    category: filter.category,
    featuredOnly: filter.featuredOnly,
    branchId: filter.branchId,
    search: searchTermOf(filter.search),
    ...page,
  });
  return rows.map(toArticle);
}

/** The newest published articles (the home page). */
export function latestArticles(deps: Pick<Deps, 'db' | 'clock'>, limit: number): Promise<Article[]> {
  return listFeed(
    deps,
    { category: null, featuredOnly: false, branchId: null, search: null },
    { after: null, before: null, limit, inverted: false },
  );
}

/** A published article; null when missing, not yet published or unpublished. */
export async function getPublishedArticle(deps: Pick<Deps, 'db' | 'clock'>, id: number): Promise<Article | null> {
  const row = await findArticleById(deps.db, id);
  const article = row ? toArticle(row) : null;
  return article && isPublished(article, deps.clock.now()) ? article : null;
}

/** Clean HTML bodies by id, in the order asked ('' for a missing article). */
export async function articleBodies(db: Executor, ids: readonly number[]): Promise<string[]> {
  const byId = new Map((await findArticleBodies(db, ids)).map((r) => [r.id, r.body_html]));
  return ids.map((id) => byId.get(id) ?? '');
}

/** Whether the account likes each article, in the order asked. */
export async function likedByAccount(db: Executor, accountId: number, ids: readonly number[]): Promise<boolean[]> {
  const liked = await findLikedArticleIds(db, accountId, ids);
  return ids.map((id) => liked.has(id));
}

export async function relatedArticles(
  deps: Pick<Deps, 'db' | 'clock'>,
  article: Article,
  limit: number,
): Promise<Article[]> {
  const rows = await listRelatedArticles(deps.db, {
    articleId: article.id,
    exhibitionId: article.exhibitionId,
    category: article.category,
    now: deps.clock.now(),
    limit,
  });
  return rows.map(toArticle);
}

// ---- engagement -----------------------------------------------------------------------------------------

const READER_KEY = /^[A-Za-z0-9_-]{16,64}$/;

async function requirePublished(deps: Pick<Deps, 'db' | 'clock'>, id: number): Promise<Article> {
  const article = await getPublishedArticle(deps, id);
  if (!article) throw new NotFoundError('Article', '文章不存在或已下线');
  return article;
}

/**
 * Counts a read at most once per reader per business day (Asia/Shanghai): signed-in readers by account,
 * others by the key their device keeps. The day's row is inserted first; only when it was new does the counter
 * move, in the same transaction.
 */
export async function recordArticleRead(
  deps: Deps,
  actor: Actor | null,
  id: number,
  readerKey: string | null,
): Promise<Article> {
  const article = await requirePublished(deps, id);
  let key: string;
  if (actor) key = `account:${actor.accountId}`;
  else if (readerKey !== null && READER_KEY.test(readerKey)) key = `device:${readerKey}`;
  else throw InputValidationError.single('readerKey', '阅读标识无效');
  const counted = await insertArticleRead(deps.db, {
    article_id: article.id,
    reader_key: key,
    business_date: businessDateOf(deps.clock.now()),
  });
  if (counted) await addToCounter(deps.db, article.id, 'read_count', 1);
  return (await getPublishedArticle(deps, id)) ?? article;
}

/**
 * Sets the viewer's like. The counter moves only when a like row was really inserted or deleted, so any number
 * of concurrent taps leave like_count equal to the rows.
 */
export async function setArticleLike(deps: Deps, actor: Actor | null, id: number, liked: boolean): Promise<Article> {
  const viewer = requireActor(actor);
  const article = await requirePublished(deps, id);
  const changed = liked
    ? await insertArticleLike(deps.db, { article_id: id, account_id: viewer.accountId, created_at: deps.clock.now() })
    : await deleteArticleLike(deps.db, id, viewer.accountId);
  if (changed) await addToCounter(deps.db, id, 'like_count', liked ? 1 : -1);
  return (await getPublishedArticle(deps, id)) ?? article;
}

/** Shares one client may count per article per hour: generous for people, useless for inflating a number. */
export const SHARE_LIMIT = { count: 30, windowSeconds: 3600 };

export async function recordArticleShare(
  deps: Deps,
  rateLimiter: RateLimiter,
  who: { actor: Actor | null; clientAddress: string },
  id: number,
  _channel: ShareChannel,
): Promise<Article> {
  await requirePublished(deps, id);
  const client = who.actor ? `account:${who.actor.accountId}` : `address:${who.clientAddress}`;
  await enforceRateLimits(rateLimiter, [
    { key: `article-share:${id}:${client}`, limit: SHARE_LIMIT.count, windowSeconds: SHARE_LIMIT.windowSeconds },
  ]);
  await addToCounter(deps.db, id, 'share_count', 1);
  return requirePublished(deps, id);
}

// ---- studio ---------------------------------------------------------------------------------------------

function requireContentStaff(actor: Actor | null): StaffActor {
  const staff = requireStaff(actor);
  if (!isManagerRole(staff.role)) throw new NotAuthorizedError('FORBIDDEN');
  return staff;
}

export async function studioArticles(
  deps: Pick<Deps, 'db'>,
  actor: Actor | null,
  q: { status: ContentStatus | null; search: string | null; after: StudioPosition | null; limit: number },
): Promise<Article[]> {
  const staff = requireContentStaff(actor);
  const rows = await listStudioArticles(deps.db, {
    branchId: branchFilterOf(staff),
    status: q.status,
    search: searchTermOf(q.search),
    after: q.after,
    limit: q.limit,
  });
  return rows.map(toArticle);
}

/** An article the member of staff manages, any status; null when missing or out of their scope. */
export async function getStudioArticle(deps: Pick<Deps, 'db'>, actor: Actor | null, id: number) {
  requireContentStaff(actor);
  const row = await findArticleById(deps.db, id);
  const article = row ? toArticle(row) : null;
  return article && canManageArticle(actor, article) ? article : null;
}

/** The article to act on: NotFoundError when missing, NotAuthorizedError when another archive's. */
async function requireManagedArticle(deps: Pick<Deps, 'db'>, actor: Actor | null, id: number): Promise<Article> {
  requireContentStaff(actor);
  const row = await findArticleById(deps.db, id);
  if (!row) throw new NotFoundError('Article', '文章不存在');
  const article = toArticle(row);
  if (!canManageArticle(actor, article)) throw new NotAuthorizedError('FORBIDDEN');
  return article;
}

export interface ArticleInput {
  category: ArticleCategory;
  title: string;
  summary?: string | null;
  bodyHtml: string;
  coverUrl?: string | null;
  videoUrl?: string | null;
  videoPosterUrl?: string | null;
  author?: string | null;
  source?: string | null;
  tags?: readonly string[] | null;
  branchId?: number | null;
  exhibitionId?: number | null;
}

/** The columns derived from what staff wrote: clean body, its text, the search text, excerpt and reading time. */
export function derivedContent(
  input: { title: string; summary: string; bodyHtml: string },
  options: RichTextOptions = {},
) {
  const clean = sanitizeRichHtml(input.bodyHtml, options);
  return {
    body_html: clean.html,
    body_text: clean.text,
    search_text: normalizeSearchText(`${input.title}\n${clean.text}`),
    excerpt: input.summary || excerptOf(clean.text),
    reading_minutes: readingMinutesOf(clean.text),
  };
}

/** A trimmed optional text within `max` characters, or a field error. */
function optionalText(
  value: string | null | undefined,
  max: number,
  path: string,
  label: string,
  errors: FieldError[],
) {
  const text = (value ?? '').trim();
  if (!fitsLength(text, max)) errors.push({ path, message: `${label}不能超过${max}个字` });
  else if (hasControlCharacter(text) || hasLoneSurrogate(text)) {
    errors.push({ path, message: `${label}含有无法识别的字符` });
  }
  return text;
}

function videoUrlOf(value: string, publicBaseUrl: string): string | null {
  const url = value.startsWith(`${publicBaseUrl}/media/`) ? value.slice(publicBaseUrl.length) : value;
  if (url.length > 512 || /\s/.test(url)) return null;
  if (url.startsWith('/media/')) return /^\/media\/[A-Za-z0-9_\-/.]+$/.test(url) && !url.includes('..') ? url : null;
  try {
    return new URL(url).protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** Checks and normalises what staff sent; refuses everything that is wrong at once, before anything is written. */
async function validateInput(
  deps: Pick<Deps, 'db' | 'clock'>,
  staff: StaffActor,
  input: ArticleInput,
  publicBaseUrl: string,
) {
  const errors: FieldError[] = [];
  const title = optionalText(input.title, CONTENT_LIMITS.titleMax, 'input.title', '标题', errors);
  if (!title) errors.push({ path: 'input.title', message: '请填写标题' });
  const summary = optionalText(input.summary, CONTENT_LIMITS.summaryMax, 'input.summary', '摘要', errors);
  const author = optionalText(input.author, CONTENT_LIMITS.authorMax, 'input.author', '作者', errors);
  const source = optionalText(input.source, CONTENT_LIMITS.sourceMax, 'input.source', '来源', errors);

  const tags: string[] = [];
  for (const [index, raw] of (input.tags ?? []).entries()) {
    const tag = optionalText(raw, CONTENT_LIMITS.tagMax, `input.tags.${index}`, '标签', errors);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  if (tags.length > CONTENT_LIMITS.tagsMax) {
    errors.push({ path: 'input.tags', message: `标签最多${CONTENT_LIMITS.tagsMax}个` });
  }

  let coverUrl: string | null = null;
  if (input.coverUrl?.trim()) {
    coverUrl = ownMediaPath(input.coverUrl.trim(), publicBaseUrl);
    if (!coverUrl) errors.push({ path: 'input.coverUrl', message: '封面须为上传到本馆的图片' });
  }
  let videoPosterUrl: string | null = null;
  if (input.videoPosterUrl?.trim()) {
    videoPosterUrl = ownMediaPath(input.videoPosterUrl.trim(), publicBaseUrl);
    if (!videoPosterUrl) errors.push({ path: 'input.videoPosterUrl', message: '视频封面须为上传到本馆的图片' });
  }
  let videoUrl: string | null = null;
  if (input.videoUrl?.trim()) {
    videoUrl = videoUrlOf(input.videoUrl.trim(), publicBaseUrl);
    if (!videoUrl) errors.push({ path: 'input.videoUrl', message: '视频地址须以 https:// 开头或为本馆媒体' });
  }

  let content: ReturnType<typeof derivedContent> | null = null;
  if (Buffer.byteLength(input.bodyHtml, 'utf8') > CONTENT_LIMITS.bodyHtmlMaxBytes) {
    errors.push({ path: 'input.bodyHtml', message: '正文过长，请分篇发布' });
  } else {
    content = derivedContent({ title, summary, bodyHtml: input.bodyHtml }, { publicBaseUrl });
    if (!content.body_html && !videoUrl) errors.push({ path: 'input.bodyHtml', message: '请填写正文' });
  }

  // Administrators choose any archive or none (the bureau); everyone else publishes under their own.
  let branchId: number | null = staff.branchId;
  if (staff.role === 'ADMIN') {
    branchId = input.branchId ?? null;
    if (branchId !== null && !(await branchExists(deps.db, branchId))) {
      errors.push({ path: 'input.branchId', message: '所选档案馆不存在' });
    }
  }
  const exhibitionId = input.exhibitionId ?? null;
  if (exhibitionId !== null) {
    const [exhibition] = await exhibitionsByIds(deps, [exhibitionId]);
    // Another archive's draft answers as a missing one: its id must not tell staff elsewhere that it exists.
    if (!exhibition || !isVisibleTo(exhibition, staff)) {
      errors.push({ path: 'input.exhibitionId', message: '所选展览不存在' });
    }
  }

  if (errors.length > 0 || !content) throw new InputValidationError(errors);
  return {
    branch_id: branchId,
    category: input.category,
    title,
    summary,
    ...content,
    tags: JSON.stringify(tags),
    cover_url: coverUrl,
    video_url: videoUrl,
    video_poster_url: videoPosterUrl,
    author: author || null,
    source: source || null,
    exhibition_id: exhibitionId,
  } satisfies Partial<ArticleTable>;
}

/**
 * Creates a draft (no id) or edits an article in the staff member's scope. Returns the article and whether
 * readers see the change (a published article's edit: the public cache must drop it).
 */
export async function saveArticle(
  deps: Deps,
  actor: Actor | null,
  id: number | null,
  input: ArticleInput,
  publicBaseUrl: string,
): Promise<{ article: Article; readersSee: boolean }> {
  const staff = requireContentStaff(actor);
  const existing = id === null ? null : await requireManagedArticle(deps, actor, id);
  const values = await validateInput(deps, staff, input, publicBaseUrl);
  const now = deps.clock.now();
  let articleId: number;
  if (existing) {
    // An archive's own staff cannot move it to another archive; an administrator's choice stands.
    const branchId = staff.role === 'ADMIN' ? values.branch_id : existing.branchId;
    await updateArticleContent(deps.db, existing.id, {
      ...values,
      branch_id: branchId,
      updated_at: now,
      updated_by: staff.accountId,
    });
    articleId = existing.id;
  } else {
    articleId = await insertArticle(deps.db, {
      ...values,
      slug: null,
      status: 'DRAFT',
      published_at: null,
      scheduled_at: null,
      created_at: now,
      updated_at: now,
      created_by: staff.accountId,
      updated_by: staff.accountId,
    });
  }
  const saved = await requireManagedArticle(deps, actor, articleId);
  return { article: saved, readersSee: existing?.status === 'PUBLISHED' };
}

/**
 * Applies a staff action: SCHEDULE (publishAt strictly in the future), PUBLISH now, UNPUBLISH, BACK_TO_DRAFT. The
 * status moves only from the one read, in one conditional UPDATE; if a colleague (or the publishing job) moved
 * it meanwhile, the transaction runs again and the action is refused with the status it has now.
 */
export async function changeArticleStatus(
  deps: Deps,
  actor: Actor | null,
  id: number,
  action: ContentAction,
  publishAt: number | null,
): Promise<Article> {
  const staff = requireContentStaff(actor);
  const article = await requireManagedArticle(deps, actor, id);
  if (!canApplyContentAction(article.status, action)) throw new ContentTransitionError(article.status, action);
  const now = deps.clock.now();
  if (action === 'SCHEDULE' && (publishAt === null || publishAt <= now)) {
    throw InputValidationError.single('publishAt', '定时发布的时间须晚于现在');
  }
  const to: Record<ContentAction, ContentStatus> = {
    SCHEDULE: 'SCHEDULED',
    PUBLISH: 'PUBLISHED',
    UNPUBLISH: 'UNPUBLISHED',
    BACK_TO_DRAFT: 'DRAFT',
  };
  const moved = await transitionArticle(deps.db, {
    id,
    expected: article.status,
    to: to[action],
    scheduledAt: action === 'SCHEDULE' ? publishAt : null,
    publishNow: action === 'PUBLISH' ? now : null,
    now,
    by: staff.accountId,
  });
  // A colleague or the job moved it since it was read: run the unit again, which reads the status it has now
  // (MySQL's snapshot would still show the old one in this transaction) and answers for that.
  if (!moved) throw new RerunTransaction('article status changed');
  return requireManagedArticle(deps, actor, id);
}

export async function highlightArticle(
  deps: Deps,
  actor: Actor | null,
  id: number,
  highlight: { pinned: boolean; featured: boolean },
): Promise<Article> {
  const staff = requireContentStaff(actor);
  await requireManagedArticle(deps, actor, id);
  await setArticleHighlight(deps.db, { id, ...highlight, now: deps.clock.now(), by: staff.accountId });
  return requireManagedArticle(deps, actor, id);
}

// ---- scheduled publishing -------------------------------------------------------------------------------

const PUBLISH_BATCH = 100;

/** Publishes every SCHEDULED article whose time has come; returns how many this call published. */
export async function publishScheduledArticles(deps: Pick<Deps, 'db' | 'clock'>): Promise<number> {
  const now = deps.clock.now();
  let published = 0;
  for (;;) {
    const due = await findDueArticleIds(deps.db, now, PUBLISH_BATCH);
    if (due.length === 0) return published;
    published += await publishDueArticles(deps.db, due, now);
    // Another process took the rest of this batch: what is left is found again by the next select.
    if (due.length < PUBLISH_BATCH) return published;
  }
}
