// Articles in the API: the readers' feed (keyset cursors both ways, search), the article page, engagement, and
// the staff's studio. Mutations that change what readers see drop the public cache after they commit.
import { createContextCache } from '@pothos/core';
import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import {
  ARTICLE_CATEGORIES,
  ARTICLE_CATEGORY_LABELS,
  CONTENT_LIMITS,
  SHARE_CHANNEL_LABELS,
  SHARE_CHANNELS,
} from '@zz/shared';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder';
import type { Context } from '../../context';
import { InputValidationError, NotAuthorizedError, NotFoundError, RateLimitedError } from '../../errors';
import { ContentTransitionError } from '../../graphql/content-errors';
import { idOrNull, parseId } from '../../graphql/ids';
import { depsOf, inMutation } from '../../graphql/mutation';
import { assertPageSizes, parseKeysetCursor } from '../../graphql/pagination';
import {
  absoluteUrl,
  ContentActionEnum,
  ContentBlockRef,
  ContentStatusEnum,
  MediaImageRef,
  mediaImageOf,
} from '../../graphql/rich-content';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { MANAGER_SCOPES, PUBLIC_SCOPES } from '../../platform/access/scopes';
import { htmlToBlocks, sanitizeRichHtml } from '../../platform/rich-text/rich-text';
import { BranchRef } from '../branches/branch.graphql';
import { branchById } from '../branches/branch.service';
import { ExhibitionRef } from '../exhibitions/exhibition.graphql';
import { isVisibleTo } from '../exhibitions/exhibition.service';
import {
  type Article,
  articleBodies,
  availableActions,
  canManageArticle,
  changeArticleStatus,
  feedCursor,
  getPublishedArticle,
  getStudioArticle,
  highlightArticle,
  likedByAccount,
  listFeed,
  parseFeedCursor,
  parseStudioCursor,
  recordArticleRead,
  recordArticleShare,
  relatedArticles,
  saveArticle,
  setArticleLike,
  studioArticles,
  studioCursor,
} from './article.service';

export const ArticleCategoryEnum = enumFromVocabulary('ArticleCategory', ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS);
const ShareChannelEnum = enumFromVocabulary('ShareChannel', SHARE_CHANNELS, SHARE_CHANNEL_LABELS);

const ArticleCategoryInfoRef = builder
  .objectRef<{ category: (typeof ARTICLE_CATEGORIES)[number] }>('ArticleCategoryInfo')
  .implement({
    fields: (t) => ({
      category: t.field({ type: ArticleCategoryEnum, resolve: (c) => c.category }),
      label: t.string({ resolve: (c) => ARTICLE_CATEGORY_LABELS[c.category] }),
    }),
  });

const ArticleVideoRef = builder.objectRef<{ url: string; posterUrl: string | null }>('ArticleVideo').implement({
  fields: (t) => ({
    url: t.exposeString('url'),
    posterUrl: t.exposeString('posterUrl', { nullable: true }),
  }),
});

// Per request: a page of articles fetches its bodies, and the viewer's likes, in one query each.
const bodyLoader = createContextCache(
  (ctx: Context) => new DataLoader<number, string>((ids) => articleBodies(ctx.db, ids)),
);
const likedLoader = createContextCache(
  (ctx: Context) =>
    new DataLoader<number, boolean>((ids) =>
      ctx.viewer ? likedByAccount(ctx.db, ctx.viewer.accountId, ids) : Promise.resolve(ids.map(() => false)),
    ),
);

const staffSees = (ctx: Context, a: Article) => canManageArticle(ctx.viewer, a);

export const ArticleRef = builder.objectRef<Article>('Article');

ArticleRef.implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    category: t.field({ type: ArticleCategoryEnum, resolve: (a) => a.category }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary', { description: "Staff's summary, or the first 80 characters of the text" }),
    cover: t.field({ type: MediaImageRef, nullable: true, resolve: (a) => mediaImageOf(a.coverUrl) }),
    coverUrl: t.string({
      nullable: true,
      description: 'Kept for existing clients: cover.url',
      resolve: (a, _args, ctx) =>
        mediaImageOf(a.coverUrl) ? absoluteUrl(ctx.config.publicBaseUrl, a.coverUrl ?? '') : null,
    }),
    video: t.field({
      type: ArticleVideoRef,
      nullable: true,
      resolve: (a, _args, ctx) =>
        a.videoUrl
          ? {
              url: absoluteUrl(ctx.config.publicBaseUrl, a.videoUrl),
              posterUrl: a.videoPosterUrl ? absoluteUrl(ctx.config.publicBaseUrl, a.videoPosterUrl) : null,
            }
          : null,
    }),
    videoUrl: t.string({
      nullable: true,
      description: 'Kept for existing clients: video.url',
      resolve: (a, _args, ctx) => (a.videoUrl ? absoluteUrl(ctx.config.publicBaseUrl, a.videoUrl) : null),
    }),
    author: t.exposeString('author', { nullable: true }),
    source: t.exposeString('source', { nullable: true }),
    // The archive straight from the branches the process keeps (no loader round per article: a fifth of an
    // uncached feed page); an id not kept still resolves, by a read of its own.
    branch: t.field({
      type: BranchRef,
      nullable: true,
      resolve: (a, _args, ctx) => (a.branchId === null ? null : branchById(ctx.db, a.branchId)),
    }),
    publishedAt: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'Null while not yet published',
      resolve: (a) => a.publishedAt,
    }),
    tags: t.stringList({ resolve: (a) => a.tags }),
    readingMinutes: t.exposeInt('readingMinutes'),
    pinned: t.exposeBoolean('pinned'),
    featured: t.exposeBoolean('featured'),
    readCount: t.exposeInt('readCount'),
    likeCount: t.exposeInt('likeCount'),
    shareCount: t.exposeInt('shareCount'),
    viewerLiked: t.boolean({
      description: 'Whether the signed-in viewer likes it; false for anonymous readers. Never cached.',
      resolve: (a, _args, ctx) => (ctx.viewer ? likedLoader(ctx).load(a.id) : false),
    }),
    body: t.field({
      type: [ContentBlockRef],
      resolve: async (a, _args, ctx) => htmlToBlocks(a.bodyHtml ?? (await bodyLoader(ctx).load(a.id))),
    }),
    exhibition: t.field({
      type: ExhibitionRef,
      nullable: true,
      description: 'The on-site exhibition it belongs to (预约参观), when published',
      resolve: async (a, _args, ctx) => {
        if (a.exhibitionId === null) return null;
        const exhibition = await ExhibitionRef.getDataloader(ctx).load(a.exhibitionId);
        return isVisibleTo(exhibition, null) ? exhibition : null;
      },
    }),
    related: t.field({
      type: [ArticleRef],
      description:
        'Up to `first` (default 3, max 6) other published articles: same exhibition, then category, newest first',
      args: { first: t.arg.int({ required: false }) },
      resolve: (a, args, ctx) => relatedArticles(depsOf(ctx), a, Math.min(Math.max(args.first ?? 3, 1), 6)),
    }),
    status: t.field({
      type: ContentStatusEnum,
      description: 'Staff (of its archive, or administrators) see the real status; readers PUBLISHED',
      resolve: (a, _args, ctx) => (staffSees(ctx, a) ? a.status : 'PUBLISHED'),
    }),
    scheduledAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (a, _args, ctx) => (staffSees(ctx, a) ? a.scheduledAt : null),
    }),
    bodyHtml: t.string({
      description: "The stored clean HTML (staff only; '' for readers)",
      resolve: async (a, _args, ctx) => (staffSees(ctx, a) ? (a.bodyHtml ?? (await bodyLoader(ctx).load(a.id))) : ''),
    }),
    updatedAt: t.field({ type: 'DateTime', resolve: (a) => a.updatedAt }),
    availableActions: t.field({
      type: [ContentActionEnum],
      resolve: (a, _args, ctx) => [...availableActions(ctx.viewer, a)],
    }),
  }),
});

builder.queryField('articleCategories', (t) =>
  t.field({
    type: [ArticleCategoryInfoRef],
    authScopes: PUBLIC_SCOPES,
    description: "The feed's tabs in the configured order (ARTICLE_CATEGORY_ORDER)",
    resolve: (_root, _args, ctx) => ctx.config.content.categoryOrder.map((category) => ({ category })),
  }),
);

const FEED_SIZES = { defaultSize: 10, maxSize: 50 };

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    authScopes: PUBLIC_SCOPES,
    description:
      'Published articles: pinned first, then newest first; keyset cursors both ways (first/after for older, ' +
      `last/before for newer), stable while new ones are published. \`search\` (its first ${CONTENT_LIMITS.searchMax} ` +
      'characters are used) matches Chinese substrings of title and text. `featured: true` only featured ones.',
    args: {
      category: t.arg({ type: ArticleCategoryEnum, required: false }),
      search: t.arg.string({ required: false }),
      featured: t.arg.boolean({ required: false }),
      branchId: t.arg.id({ required: false }),
    },
    resolve: async (_root, args, ctx) => {
      assertPageSizes(args);
      const after = parseKeysetCursor(args.after, parseFeedCursor);
      const before = parseKeysetCursor(args.before, parseFeedCursor);
      // An id that is not one of ours names no archive: nothing matches (rather than every archive).
      const branchId = args.branchId === null || args.branchId === undefined ? null : idOrNull(args.branchId);
      const noBranch = args.branchId !== null && args.branchId !== undefined && branchId === null;
      return resolveCursorConnection(
        {
          args: { first: args.first, after: args.after, last: args.last, before: args.before },
          toCursor: feedCursor,
          ...FEED_SIZES,
        },
        ({ limit, inverted }: ResolveCursorConnectionArgs) =>
          noBranch
            ? Promise.resolve([])
            : listFeed(
                depsOf(ctx),
                {
                  category: args.category ?? null,
                  featuredOnly: args.featured === true,
                  branchId,
                  search: args.search ?? null,
                },
                { after, before, limit, inverted },
              ),
      );
    },
  }),
);

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    authScopes: PUBLIC_SCOPES,
    nullable: true,
    description: 'A published article; null when missing or not published',
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const articleId = idOrNull(id);
      return articleId === null ? null : getPublishedArticle(depsOf(ctx), articleId);
    },
  }),
);

builder.queryField('studioArticles', (t) =>
  t.connection({
    type: ArticleRef,
    description: "Staff: articles of the archives in the viewer's scope, any status, newest change first",
    authScopes: MANAGER_SCOPES,
    args: {
      status: t.arg({ type: ContentStatusEnum, required: false }),
      search: t.arg.string({ required: false }),
    },
    resolve: (_root, args, ctx) => {
      assertPageSizes(args);
      const after = parseKeysetCursor(args.after, parseStudioCursor);
      return resolveCursorConnection(
        { args: { first: args.first, after: args.after }, toCursor: studioCursor, defaultSize: 20, maxSize: 50 },
        ({ limit }: ResolveCursorConnectionArgs) =>
          studioArticles(depsOf(ctx), ctx.viewer, {
            status: args.status ?? null,
            search: args.search ?? null,
            after,
            limit,
          }),
      );
    },
  }),
);

builder.queryField('studioArticle', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    description: 'Staff: one article in scope, any status',
    authScopes: MANAGER_SCOPES,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const articleId = idOrNull(id);
      return articleId === null ? null : getStudioArticle(depsOf(ctx), ctx.viewer, articleId);
    },
  }),
);

builder.queryField('previewRichText', (t) =>
  t.field({
    type: [ContentBlockRef],
    description:
      'Staff: what pasted or typed HTML becomes after the sanitiser (paste keeps only the allow-list; preview)',
    authScopes: MANAGER_SCOPES,
    args: { html: t.arg.string() },
    resolve: (_root, { html }, ctx) => {
      if (Buffer.byteLength(html, 'utf8') > CONTENT_LIMITS.bodyHtmlMaxBytes) {
        throw new GraphQLError('正文过长，请分篇发布', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      return sanitizeRichHtml(html, { publicBaseUrl: ctx.config.publicBaseUrl }).blocks;
    },
  }),
);

// ---- engagement -------------------------------------------------------------------------------------------

builder.mutationField('recordArticleRead', (t) =>
  t.field({
    type: ArticleRef,
    authScopes: PUBLIC_SCOPES,
    description:
      'At most one read per reader per business day counts. Signed-in readers count by account, others by ' +
      'readerKey (16–64 of [A-Za-z0-9_-], kept on the device)',
    errors: { types: [NotFoundError, InputValidationError] },
    args: { id: t.arg.id(), readerKey: t.arg.string({ required: false }) },
    resolve: (_root, args, ctx) =>
      inMutation(ctx, (deps) => recordArticleRead(deps, ctx.viewer, parseId(args.id, 'id'), args.readerKey ?? null)),
  }),
);

builder.mutationField('setArticleLike', (t) =>
  t.field({
    type: ArticleRef,
    description: "Idempotent: sets the viewer's like to `liked` (signed in)",
    authScopes: { signedIn: true },
    errors: { types: [NotFoundError, NotAuthorizedError] },
    args: { id: t.arg.id(), liked: t.arg.boolean() },
    resolve: (_root, args, ctx) => {
      const id = idOrNull(args.id);
      if (id === null) throw new NotFoundError('Article', '文章不存在或已下线');
      return inMutation(ctx, (deps) => setArticleLike(deps, ctx.viewer, id, args.liked));
    },
  }),
);

builder.mutationField('recordArticleShare', (t) =>
  t.field({
    type: ArticleRef,
    authScopes: PUBLIC_SCOPES,
    errors: { types: [NotFoundError, RateLimitedError] },
    args: { id: t.arg.id(), channel: t.arg({ type: ShareChannelEnum }) },
    resolve: (_root, args, ctx) => {
      const id = idOrNull(args.id);
      if (id === null) throw new NotFoundError('Article', '文章不存在或已下线');
      return inMutation(ctx, (deps) =>
        recordArticleShare(
          deps,
          ctx.rateLimiter,
          { actor: ctx.viewer, clientAddress: ctx.clientAddress },
          id,
          args.channel as (typeof SHARE_CHANNELS)[number],
        ),
      );
    },
  }),
);

// ---- studio ----------------------------------------------------------------------------------------------

const ArticleInputRef = builder.inputType('ArticleInput', {
  fields: (t) => ({
    category: t.field({ type: ArticleCategoryEnum }),
    title: t.string(),
    summary: t.string({ required: false, description: 'Empty: the first 80 characters of the text' }),
    bodyHtml: t.string(),
    coverUrl: t.string({
      required: false,
      description: 'An image URL from our own storage (/media/…), e.g. from POST /uploads?purpose=CONTENT_IMAGE',
    }),
    videoUrl: t.string({ required: false }),
    videoPosterUrl: t.string({ required: false }),
    author: t.string({ required: false }),
    source: t.string({ required: false }),
    tags: t.stringList({ required: false }),
    branchId: t.id({
      required: false,
      description:
        'Administrators choose any archive (or none = the bureau); other staff always publish under their own',
    }),
    exhibitionId: t.id({ required: false }),
  }),
});

/** Drops the cached public reads after the transaction that changed what readers see has committed. */
async function thenInvalidate<T>(ctx: Context, work: Promise<T>, readersSee: (result: T) => boolean = () => true) {
  const result = await work;
  if (readersSee(result)) await ctx.publicCache.invalidate(['Article']);
  return result;
}

builder.mutationField('saveArticle', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Staff: creates (no id) or edits a draft/any article in scope; body sanitised on save',
    authScopes: MANAGER_SCOPES,
    errors: { types: [InputValidationError, NotAuthorizedError, NotFoundError] },
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: ArticleInputRef }) },
    resolve: async (_root, args, ctx) => {
      const id = args.id === null || args.id === undefined ? null : idOrNull(args.id);
      if (args.id !== null && args.id !== undefined && id === null) throw new NotFoundError('Article', '文章不存在');
      const { input } = args;
      const ids: Record<'branchId' | 'exhibitionId', number | null> = { branchId: null, exhibitionId: null };
      for (const key of ['branchId', 'exhibitionId'] as const) {
        const raw = input[key];
        if (raw !== null && raw !== undefined) ids[key] = parseId(raw, `input.${key}`);
      }
      const saved = await thenInvalidate(
        ctx,
        inMutation(ctx, (deps) => saveArticle(deps, ctx.viewer, id, { ...input, ...ids }, ctx.config.publicBaseUrl)),
        (r) => r.readersSee,
      );
      return saved.article;
    },
  }),
);

builder.mutationField('changeArticleStatus', (t) =>
  t.field({
    type: ArticleRef,
    description: 'Staff: SCHEDULE needs publishAt in the future; PUBLISH now; UNPUBLISH; BACK_TO_DRAFT',
    authScopes: MANAGER_SCOPES,
    errors: { types: [ContentTransitionError, InputValidationError, NotAuthorizedError, NotFoundError] },
    args: {
      id: t.arg.id(),
      action: t.arg({ type: ContentActionEnum }),
      publishAt: t.arg({ type: 'DateTime', required: false }),
    },
    resolve: (_root, args, ctx) => {
      const id = idOrNull(args.id);
      if (id === null) throw new NotFoundError('Article', '文章不存在');
      return thenInvalidate(
        ctx,
        inMutation(ctx, (deps) => changeArticleStatus(deps, ctx.viewer, id, args.action, args.publishAt ?? null)),
      );
    },
  }),
);

builder.mutationField('setArticleHighlight', (t) =>
  t.field({
    type: ArticleRef,
    authScopes: MANAGER_SCOPES,
    errors: { types: [NotAuthorizedError, NotFoundError] },
    args: { id: t.arg.id(), pinned: t.arg.boolean(), featured: t.arg.boolean() },
    resolve: (_root, args, ctx) => {
      const id = idOrNull(args.id);
      if (id === null) throw new NotFoundError('Article', '文章不存在');
      return thenInvalidate(
        ctx,
        inMutation(ctx, (deps) =>
          highlightArticle(deps, ctx.viewer, id, { pinned: args.pinned, featured: args.featured }),
        ),
      );
    },
  }),
);
