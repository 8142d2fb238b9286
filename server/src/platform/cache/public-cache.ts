// The cache of public GraphQL reads (feed, articles, online exhibitions, branches, home), shared by every process
// when REDIS_URL is set. Writers of public content invalidate it after their transaction commits. The store is
// the response-cache plugin's (yoga.ts adds the plugin; public-reads.ts decides what it may keep).
import { createHash } from 'node:crypto';
import { createRedisCache } from '@envelop/response-cache-redis';
import { type Cache, createInMemoryCache } from '@graphql-yoga/plugin-response-cache';
import { type GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { connectRedis } from '../runtime/redis-connection';

/** GraphQL type names whose cached responses a change makes stale. */
export type PublicTypename =
  | 'Article'
  | 'OnlineExhibition'
  | 'OnlineExhibit'
  | 'Publication'
  | 'Exhibition'
  | 'Branch'
  | 'Venue';

export interface PublicCache {
  /** Drops every cached response that contains an object of these types (a new article must reach all feeds). */
  invalidate(typenames: readonly PublicTypename[]): Promise<void>;
}

/** No cache at all: nothing to invalidate. */
export const noPublicCache: PublicCache = { invalidate: async () => {} };

/** The cache with what the GraphQL handler needs to use it. */
export interface PublicResponseCache extends PublicCache {
  /** The plugin's store; null when PUBLIC_CACHE_TTL is 0 (no caching at all). */
  store: Cache | null;
  ttlMs: number;
  close(): Promise<void>;
}

export interface PublicCacheOptions {
  redisUrl: string | null;
  ttlSeconds: number;
  /**
   * What identifies the data the answers come from (the database): servers on the same database share entries,
   * servers on another (a staging copy, each test suite) sharing the same Redis never see each other's.
   */
  dataSource: string;
  /** The schema the cached answers are of: it names the edge types of each type's connections. */
  schema: GraphQLSchema;
}

/**
 * What to drop for a change to these types. The plugin records each cached response under the type names of the
 * objects in it, and a list that came back empty under the list's item type, which for a connection is its edge
 * type. So a change to `Article` also drops responses recorded under the edge types whose `node` is an Article:
 * an empty search or category tab must show the first article published into it.
 */
function invalidationsFor(schema: GraphQLSchema) {
  const edgeTypes = new Map<string, string[]>();
  const edgesOf = (typename: string) => {
    let edges = edgeTypes.get(typename);
    if (!edges) {
      edges = Object.values(schema.getTypeMap())
        .filter(isObjectType)
        .filter((type) => {
          const node = type.getFields().node;
          return node !== undefined && getNamedType(node.type).name === typename;
        })
        .map((type) => type.name);
      edgeTypes.set(typename, edges);
    }
    return edges;
  };
  return (typenames: readonly PublicTypename[]) =>
    typenames.flatMap((typename) => [typename, ...edgesOf(typename)]).map((typename) => ({ typename }));
}

export function createPublicCache(options: PublicCacheOptions): PublicResponseCache {
  const ttlMs = options.ttlSeconds * 1000;
  const withContainers = invalidationsFor(options.schema);
  if (ttlMs === 0) return { ...noPublicCache, store: null, ttlMs, close: async () => {} };
  if (!options.redisUrl) {
    const store = createInMemoryCache({ max: 1000 });
    return {
      store,
      ttlMs,
      invalidate: async (typenames) => {
        await store.invalidate(withContainers(typenames));
      },
      close: async () => {},
    };
  }
  const namespace = createHash('sha256').update(options.dataSource).digest('hex').slice(0, 16);
  // A read must not wait for a Redis that is away: it falls through to the database (see tolerant below).
  const connection = connectRedis(options.redisUrl, { keyPrefix: `zz:public-cache:${namespace}:` });
  const { redis } = connection;
  const away = connection.isAway;
  const shared = createRedisCache({
    redis,
    // Entries are only ever dropped by type name, so one set per type is enough: no per-object sets to leak. (The
    // store also runs KEYS '<Type>:*' on invalidation; ioredis does not prefix patterns, so that finds nothing of
    // ours and deletes nothing of anyone else's: a few milliseconds on a small Redis, once per publish.)
    buildRedisEntityId: (typename) => typename,
  });
  return {
    store: tolerant(shared, away),
    ttlMs,
    // Unlike reads, a failed invalidation is the writer's to know about (logged by the caller; the TTL bounds it).
    invalidate: async (typenames) => {
      // Without waiting for a command to time out: the writer logs it, and the entries' TTL ends them.
      if (away()) throw new Error(`Redis is ${connection.status()}`);
      await shared.invalidate(withContainers(typenames));
    },
    close: connection.close,
  };
}

/** A store whose failures count as misses: an unreachable Redis slows public reads down, it never breaks them. */
function tolerant(store: Cache, away: () => boolean): Cache {
  const warn = (what: string) => (error: unknown) => {
    console.warn(`public cache ${what} failed: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  };
  return {
    get: (id) => (away() ? Promise.resolve(undefined) : Promise.resolve(store.get(id)).catch(warn('read'))),
    set: (id, data, entities, ttl) =>
      away() ? undefined : Promise.resolve(store.set(id, data, entities, ttl)).catch(warn('write')),
    invalidate: (entities) => Promise.resolve(store.invalidate(entities)).catch(warn('invalidation')),
  };
}
