// Builds the Yoga instance: schema, per-request context, error masking. Tests use it over a real port.
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { AppServices, Context } from './context';
import { resolveViewer } from './modules/accounts/auth.service';
import { createBookingLoaders } from './modules/booking/booking.loaders';
import { schema } from './schema';

export function createGraphqlHandler(services: AppServices): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Unexpected errors reach the client as "Unexpected error."; details only in development logs.
    maskedErrors: { isDev: services.config.nodeEnv === 'development' },
    graphiql: services.config.isProduction ? false : { title: '漳州档案 GraphQL' },
    landingPage: false,
    logging: services.config.nodeEnv === 'test' ? 'warn' : 'info',
    context: async ({ request }) => ({
      ...services,
      viewer: await resolveViewer(services, request.headers.get('authorization')),
      loaders: createBookingLoaders(services.db),
      clientAddress: request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'local',
    }),
  });
}
