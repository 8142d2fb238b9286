// Builds the Yoga instance: schema, per-request context, error masking. Tests use it over a real port.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, Context } from './context';
import { resolveActor } from './modules/accounts/auth.service';
import { schema } from './schema';

type NodeServerContext = { req: IncomingMessage; res: ServerResponse };

/**
 * The address rate limits count against: the socket's peer, or — only when TRUST_PROXY says a proxy we
 * run sets it — the first X-Forwarded-For entry. Trusting the header otherwise would let anyone rotate it.
 */
function clientAddressOf(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
  return forwarded || req?.socket.remoteAddress || 'unknown';
}

export function createGraphqlHandler(services: AppServices): YogaServerInstance<NodeServerContext, Context> {
  return createYoga<NodeServerContext, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Unexpected errors reach the client as "Unexpected error."; details only in development logs.
    maskedErrors: { isDev: services.config.nodeEnv === 'development' },
    graphiql: services.config.isProduction ? false : { title: '漳州档案 GraphQL' },
    landingPage: false,
    logging: services.config.nodeEnv === 'test' ? 'warn' : 'info',
    context: async ({ request, req }) => ({
      ...services,
      viewer: await resolveActor(services, request.headers.get('authorization')),
      clientAddress: clientAddressOf(request, req, services.config.trustProxy),
    }),
  });
}
