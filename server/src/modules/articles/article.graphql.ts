import { type ResolveCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS } from '@zz/shared';
import { builder } from '../../builder';
import { idOrNull } from '../../graphql/ids';
import { depsOf } from '../../graphql/mutation';
import { parseKeysetCursor } from '../../graphql/pagination';
import { enumFromVocabulary } from '../../graphql/vocabulary';
import { BranchRef } from '../branches/branch.graphql';
import { type Article, articleCursor, getArticle, listArticles, parseArticleCursor } from './article.service';

export const ArticleCategoryEnum = enumFromVocabulary('ArticleCategory', ARTICLE_CATEGORIES, ARTICLE_CATEGORY_LABELS);

export const ArticleRef = builder.objectRef<Article>('Article').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    category: t.field({ type: ArticleCategoryEnum, resolve: (a) => a.category }),
    title: t.exposeString('title'),
    summary: t.exposeString('summary'),
    body: t.exposeString('body', { description: 'Plain text; paragraphs separated by blank lines.' }),
    coverUrl: t.exposeString('coverUrl', { nullable: true }),
    videoUrl: t.exposeString('videoUrl', { nullable: true }),
    author: t.exposeString('author', { nullable: true }),
    source: t.exposeString('source', { nullable: true }),
    publishedAt: t.field({ type: 'DateTime', resolve: (a) => a.publishedAt }),
    branch: t.field({ type: BranchRef, nullable: true, resolve: (a) => a.branchId }),
  }),
});

builder.queryField('articles', (t) =>
  t.connection({
    type: ArticleRef,
    description: 'The promotional feed, newest first. Forward pagination only.',
    args: { category: t.arg({ type: ArticleCategoryEnum, required: false }) },
    resolve: (_root, args, ctx) =>
      resolveCursorConnection(
        { args: { first: args.first, after: args.after }, toCursor: articleCursor, defaultSize: 10, maxSize: 50 },
        ({ after, limit }: ResolveCursorConnectionArgs) =>
          listArticles(depsOf(ctx), {
            category: args.category ?? null,
            after: parseKeysetCursor(after, parseArticleCursor),
            limit,
          }),
      ),
  }),
);

builder.queryField('article', (t) =>
  t.field({
    type: ArticleRef,
    nullable: true,
    args: { id: t.arg.id() },
    resolve: (_root, { id }, ctx) => {
      const articleId = idOrNull(id);
      return articleId === null ? null : getArticle(depsOf(ctx), articleId);
    },
  }),
);
