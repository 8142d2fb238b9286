// The home page in one round trip: featured exhibitions and the latest articles.
import { builder } from '../../builder';
import { depsOf } from '../../graphql/mutation';
import { PUBLIC_SCOPES } from '../../platform/access/scopes';
import { ArticleRef } from '../articles/article.graphql';
import { latestArticles } from '../articles/article.service';
import { ExhibitionRef } from '../exhibitions/exhibition.graphql';
import { listExhibitions } from '../exhibitions/exhibition.service';

const HomeRef = builder.objectRef<Record<string, never>>('Home').implement({
  fields: (t) => ({
    featuredExhibitions: t.field({
      type: [ExhibitionRef],
      description: 'Featured exhibitions that are open now or opening soon.',
      resolve: async (_home, _args, ctx) => {
        const [current, upcoming] = await Promise.all([
          listExhibitions(depsOf(ctx), { phase: 'CURRENT', mode: null, featuredOnly: true }, { offset: 0, limit: 6 }),
          listExhibitions(depsOf(ctx), { phase: 'UPCOMING', mode: null, featuredOnly: true }, { offset: 0, limit: 6 }),
        ]);
        return [...current, ...upcoming].slice(0, 6);
      },
    }),
    latestArticles: t.field({
      type: [ArticleRef],
      args: { first: t.arg.int({ required: false }) },
      resolve: (_home, args, ctx) => latestArticles(depsOf(ctx), Math.min(Math.max(args.first ?? 5, 1), 20)),
    }),
  }),
});

builder.queryField('home', (t) => t.field({ type: HomeRef, authScopes: PUBLIC_SCOPES, resolve: () => ({}) }));
