// What keeps other web pages from using a visitor's browser against the API:
// - CORS: only the allow-listed origins (and loopback outside production) get CORS headers; Yoga's default would
//   reflect any Origin with credentials.
// - Form posts: an HTML form can post application/x-www-form-urlencoded, multipart/form-data or text/plain to any
//   site without a preflight, and Yoga would run a mutation from such a body. No client of ours sends them.
// - CSRF prevention (Yoga's plugin): a GET, which browsers also send without a preflight, must carry a header no
//   form or image tag can set.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type CORSOptions, createGraphQLError, type Plugin } from 'graphql-yoga';
import type { CorsConfig } from '../config';

/** The header a GET request must carry (Yoga's default name, which GraphiQL sends). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/** The CORS answer for one request: headers for an allowed Origin, none for any other. */
export function corsPolicy(config: CorsConfig): (request: Request) => CORSOptions {
  return (request) => {
    const origin = request.headers.get('origin');
    const allowed =
      origin !== null && (config.origins.includes(origin) || (config.allowLoopback && LOOPBACK_ORIGIN.test(origin)));
    if (!allowed) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['POST', 'GET'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', CSRF_HEADER],
      maxAge: 600,
    };
  };
}

/** Bodies a cross-site form can send without a preflight. */
const FORM_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

const useRefuseFormPosts = (): Plugin => ({
  onRequestParse({ request }) {
    const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (request.method === 'POST' && type && FORM_CONTENT_TYPES.includes(type)) {
      throw createGraphQLError('请求须为 application/json', {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    }
  },
});

export function useBrowserGuards(): Plugin[] {
  return [useRefuseFormPosts(), useCSRFPrevention({ requestHeaders: [CSRF_HEADER] })];
}
