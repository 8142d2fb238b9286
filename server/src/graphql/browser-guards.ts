// What keeps other web pages from using a visitor's browser against the API:
// - CORS: only the allow-listed origins (and loopback outside production) get CORS headers; Yoga's default would
//   reflect any Origin with credentials.
// - Form posts: an HTML form can post application/x-www-form-urlencoded, multipart/form-data or text/plain to any
//   site without a preflight, and Yoga would run a mutation from such a body. No client of ours sends them: a POST
//   is refused unless its body is JSON.
// - CSRF prevention (Yoga's plugin): a GET, which browsers also send without a preflight, must carry a header no
//   form or image tag can set.
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { GraphQLError } from 'graphql';
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

/**
 * A POST body is JSON in UTF-8: what every client of ours sends. Anything else is refused with a code before Yoga
 * reads it: the bodies a cross-site form can send without a preflight (form-encoded, multipart, text/plain), and
 * the rest, which Yoga would otherwise answer with a bare 415 (XML, images), parse as a document
 * (application/graphql), or read as UTF-8 whatever charset the header names.
 */
function isJsonInUtf8(contentType: string | null): boolean {
  const [type, ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  return type === 'application/json' && (charset === undefined || charset === 'utf-8');
}

const useRefuseNonJsonPosts = (): Plugin => ({
  onRequestParse({ request }) {
    if (request.method === 'POST' && !isJsonInUtf8(request.headers.get('content-type'))) {
      throw createGraphQLError('请求须为 application/json', {
        extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', http: { status: 415 } },
      });
    }
  },
});

/**
 * Yoga's CSRF prevention, its refusal given a code: the plugin's own error has none, and clients (and the hostile
 * input suite) tell a refusal from a failure by its code.
 */
function useCsrfPreventionWithCode(): Plugin {
  const csrf = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return csrf.onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw createGraphQLError(`请求须带 ${CSRF_HEADER} 请求头`, {
          extensions: { code: 'CSRF_HEADER_REQUIRED', http: { status: 403 } },
        });
      }
    },
  };
}

export function useBrowserGuards(): Plugin[] {
  return [useRefuseNonJsonPosts(), useCsrfPreventionWithCode()];
}
