// The cache of public GraphQL reads (feed, articles, online exhibitions, branches, home), shared by every process
// when REDIS_URL is set. Writers of public content invalidate it after their transaction commits.

/** GraphQL type names whose cached responses a change makes stale. */
export type PublicTypename = 'Article' | 'OnlineExhibition' | 'OnlineExhibit' | 'Publication' | 'Exhibition' | 'Branch';

export interface PublicCache {
  /** Drops every cached response that contains an object of these types (a new article must reach all feeds). */
  invalidate(typenames: readonly PublicTypename[]): Promise<void>;
}

/** No cache at all: nothing to invalidate. */
export const noPublicCache: PublicCache = { invalidate: async () => {} };
