// Builds the Yoga instance: schema, per-request context, error masking, request limits and value-free error
// messages. Tests use it over a real port.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, Context } from './context';
import { useValueFreeErrors } from './graphql/error-values';
import { GRAPHQL_LIMITS, useGraphqlLimits } from './graphql/limits';
import { resolveActor } from './modules/accounts/auth.service';
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

export function createGraphqlHandler(services: AppServices): YogaServerInstance<NodeServerContext, Context> {
  const { isProduction, trustProxy } = services.config;
  return createYoga<NodeServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Unexpected errors reach the client as "Unexpected error."; details only in development logs.
    maskedErrors: { isDev: services.config.nodeEnv === 'development' },
    plugins: [
      useGraphqlLimits(),
      useValueFreeErrors({
        hideSuggestions: isProduction,
        clientAddress: (request, { req }: Partial<NodeServerContext>) =>
          clientAddressOf(request.headers.get('x-forwarded-for'), req, trustProxy),
      }),
      isProduction && useNoIntrospection(),
    ],
    // app.ts refuses larger bodies before Yoga reads them; this is Yoga's own count of the same limit.
    maxRequestBodySize: GRAPHQL_LIMITS.requestBodyBytes,
    graphiql: services.config.isProduction ? false : { title: '漳州档案 GraphQL' },
    landingPage: false,
    logging: services.config.nodeEnv === 'test' ? 'warn' : 'info',
    context: async ({ request, req }) => ({
      ...services,
      viewer: await resolveActor(services, request.headers.get('authorization')),
      clientAddress: clientAddressOf(request.headers.get('x-forwarded-for'), req, trustProxy),
    }),
  });
}
