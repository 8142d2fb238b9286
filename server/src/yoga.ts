import { randomUUID } from 'node:crypto';
// Builds the Yoga instance: schema, per-request context, error masking, request limits, value-free error
// messages and the response cache of public reads. Tests use it over a real port.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hashSHA256, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, Context } from './context';
import { corsPolicy, useBrowserGuards } from './graphql/browser-guards';
import { useCompiledExecution } from './graphql/compiled-execution';
import { useValueFreeErrors } from './graphql/error-values';
import { useGraphqlLimits } from './graphql/limits';
import { type PersistedOperations, usePersistedOperationsOnly } from './graphql/persisted-operations';
import { maskErrorWithServiceBusy } from './graphql/service-busy';
import { resolveActor } from './modules/accounts/auth.service';
import type { PublicResponseCache } from './platform/cache/public-cache';
import { publicReadDecider, SHORT_LIVED_FIELDS_MS } from './platform/cache/public-reads';
import { schema } from './schema';

type NodeServerContext = { req: IncomingMessage; res: ServerResponse };

/**
 * The address rate limits count against: the socket's peer, or — only when TRUST_PROXY says a proxy we
 * run sets it — the first X-Forwarded-For entry. Trusting the header otherwise would let anyone rotate it.
 */
export function clientAddressOf(
  forwardedFor: string | null | undefined,
  req: IncomingMessage | undefined,
  trustProxy: boolean,
): string {
  const forwarded = trustProxy ? forwardedFor?.split(',')[0]?.trim() : undefined;
  return forwarded || req?.socket.remoteAddress || 'unknown';
}

/** Production answers no `__schema`/`__type`: GraphiQL is off there and no client reads the schema at run time. */
const useNoIntrospection = (): Plugin => ({
  onValidate({ addValidationRule }) {
    addValidationRule(NoSchemaIntrospectionCustomRule);
  },
});

/**
 * The response cache of public reads. Whether a request is one is decided once from its document when its
 * parameters arrive (before the cache looks it up), and remembered for the request: the cache asks `enabled`, the
 * context factory runs a public read as an anonymous reader, so the cached answer is the one anybody would get.
 */
/** The key of requests the cache neither reads nor writes (its `enabled` says no to them). */
const NOT_CACHED = 'not-a-public-read';

function usePublicReadCache(cache: PublicResponseCache | null): {
  plugins: Plugin[];
  isPublicRead(request: Request): boolean;
} {
  if (!cache?.store) return { plugins: [], isPublicRead: () => false };
  const decide = publicReadDecider(schema);
  const publicReads = new WeakMap<Request, boolean>();
  const isPublicRead = (request: Request) => publicReads.get(request) === true;
  const marker: Plugin = {
    onParams({ params, request }) {
      publicReads.set(request, decide(params.query, params.operationName));
    },
  };
  return {
    isPublicRead,
    plugins: [
      marker,
      useResponseCache({
        cache: cache.store,
        ttl: cache.ttlMs,
        ttlPerSchemaCoordinate: SHORT_LIVED_FIELDS_MS,
        enabled: (request) => isPublicRead(request),
        // Public reads are the same for everyone: one shared entry per document, operation and variables.
        session: () => null,
        // Only public reads are looked up; every other request (a booking rush's thousand createBooking) skips the
        // hash of its document and variables the cache would otherwise compute for nothing.
        buildResponseCacheKey: ({ documentString, operationName, variableValues, request }) =>
          isPublicRead(request)
            ? hashSHA256(`${documentString}|${operationName ?? ''}|${JSON.stringify(variableValues ?? {})}`)
            : NOT_CACHED,
        // Nothing with an error (a failed resolver, a masked exception) is kept: the next reader tries again.
        shouldCacheResult: ({ result }) => !result.errors?.length && result.data != null,
        // Writers invalidate explicitly after they commit (PublicCache.invalidate); mutations are never public reads.
        invalidateViaMutation: false,
        includeExtensionMetadata: false,
      }),
    ],
  };
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The proxy's request id when the proxy is trusted (and the id is plain), so logs on both sides match. */
export function requestIdOf(header: string | null, trustProxy: boolean): string {
  return trustProxy && header && REQUEST_ID.test(header) ? header : randomUUID();
}

export interface GraphqlHandlerOptions {
  publicCache?: PublicResponseCache | null;
  /** The client's operations by id (graphql/persisted-operations.ts); production runs nothing else. */
  persistedOperations: PersistedOperations;
}

export function createGraphqlHandler(
  services: AppServices,
  options: GraphqlHandlerOptions,
): YogaServerInstance<NodeServerContext, Context> {
  const { isProduction, trustProxy } = services.config;
  const cache = usePublicReadCache(options.publicCache ?? null);
  return createYoga<NodeServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Unexpected errors reach the client as "Unexpected error."; details only in development logs.
    // A database that is away answers SERVICE_BUSY (503, Retry-After) instead: graphql/service-busy.ts.
    maskedErrors: { isDev: services.config.nodeEnv === 'development', maskError: maskErrorWithServiceBusy },
    cors: corsPolicy(services.config.cors),
    plugins: [
      ...useBrowserGuards(),
      // Before every plugin that reads the document: they see the persisted operation's text.
      usePersistedOperationsOnly(options.persistedOperations, !isProduction),
      useGraphqlLimits(),
      ...useCompiledExecution(),
      useValueFreeErrors({
        hideSuggestions: isProduction,
        clientAddress: (request, { req }: Partial<NodeServerContext>) =>
          clientAddressOf(request.headers.get('x-forwarded-for'), req, trustProxy),
      }),
      isProduction && useNoIntrospection(),
      ...cache.plugins,
    ],
    // app.ts counts the body as it arrives and refuses it above GRAPHQL_LIMITS.requestBodyBytes before Yoga sees it,
    // handing Yoga the bytes it read; Yoga's own count would wrap every body in a stream transform (a tenth of a
    // small request's time in the profile) to check the same limit again.
    maxRequestBodySize: false,
    graphiql: services.config.isProduction ? false : { title: '漳州档案 GraphQL' },
    landingPage: false,
    logging: services.config.nodeEnv === 'test' ? 'warn' : 'info',
    context: async ({ request, req }) => ({
      ...services,
      // A public read is answered as to an anonymous reader, whoever asks: that is what the cache hands everyone.
      viewer: cache.isPublicRead(request) ? null : await resolveActor(services, request.headers.get('authorization')),
      clientAddress: clientAddressOf(request.headers.get('x-forwarded-for'), req, trustProxy),
      requestId: requestIdOf(request.headers.get('x-request-id'), trustProxy),
    }),
  });
}
