// 编研成果 in the API: the list readers browse, each with its cover, abstract, year and where to read it.
import { builder } from '../../builder';
import { depsOf } from '../../graphql/mutation';
import { MediaImageRef, mediaImageOf } from '../../graphql/rich-content';
import { PUBLIC_SCOPES } from '../../platform/access/scopes';
import { ArticleRef } from '../articles/article.graphql';
import { getPublishedArticle } from '../articles/article.service';
import { BranchRef } from '../branches/branch.graphql';
import { listPublications, type Publication } from './publication.service';

const PublicationRef = builder.objectRef<Publication>('Publication').implement({
  description: 'A compiled publication (编研成果) of the archives',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    cover: t.field({ type: MediaImageRef, nullable: true, resolve: (p) => mediaImageOf(p.coverPath) }),
    abstract: t.exposeString('abstract'),
    year: t.exposeInt('year'),
    obtain: t.exposeString('obtain', {
      description: 'Where to read or obtain it, e.g. 市档案馆阅览室可查阅；各县（区）档案馆有赠阅',
    }),
    branch: t.field({ type: BranchRef, nullable: true, resolve: (p) => p.branchId }),
    // A handful of publications, few with an article: the articles module's own published-only read.
    article: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The 编研成果 article about it, if any',
      resolve: (p, _a, ctx) => (p.articleId === null ? null : getPublishedArticle(depsOf(ctx), p.articleId)),
    }),
  }),
});

builder.queryField('publications', (t) =>
  t.field({
    type: [PublicationRef],
    authScopes: PUBLIC_SCOPES,
    description: '编研成果: compiled publications, newest year first',
    resolve: (_root, _args, ctx) => listPublications(depsOf(ctx)),
  }),
);
