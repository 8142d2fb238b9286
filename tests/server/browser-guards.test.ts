// What another web page can make a visitor's browser do to the API (server/src/graphql/browser-guards.ts): CORS
// headers only for allow-listed origins (and loopback outside production), form-encoded and text/plain posts
// refused before anything runs, GETs only with the CSRF header. JSON posts, which every client of ours sends, pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { CSRF_HEADER, corsPolicy } from '../../server/src/graphql/browser-guards';
import { dialects } from '../testkit/dialects';
import { startTestServer, type TestServer } from '../testkit/server';

const ALLOWED = 'https://h5.archive.example';
const SIGN_IN = 'mutation { signInForDevelopment(displayName: "跨站") { __typename } }';

describe.each(dialects)('browser guards (%s)', (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ dialect, env: { CORS_ORIGINS: ALLOWED } });
  });
  afterAll(async () => server?.close());

  const accounts = async () =>
    Number(
      (
        await server.db
          .selectFrom('account')
          .select((e) => e.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  function preflight(origin: string) {
    return fetch(`${server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
  }

  it('answers CORS only for the allow-listed origin, and loopback outside production', async () => {
    const allowed = await preflight(ALLOWED);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const dev = await preflight('http://localhost:10086');
    expect(dev.headers.get('access-control-allow-origin')).toBe('http://localhost:10086');
    for (const origin of ['https://evil.example', 'https://h5.archive.example.evil.example', 'null']) {
      const refused = await preflight(origin);
      expect(refused.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(refused.headers.get('access-control-allow-credentials'), origin).toBeNull();
    }
    // A real request from elsewhere gets no CORS headers either, so the browser keeps the answer from that page.
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses form-encoded, multipart and text/plain posts with 415 and runs nothing', async () => {
    const before = await accounts();
    const bodies: [string, BodyInit][] = [
      ['application/x-www-form-urlencoded', new URLSearchParams({ query: SIGN_IN }).toString()],
      ['text/plain', JSON.stringify({ query: SIGN_IN })],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${SIGN_IN}\r\n--x--\r\n`,
      ],
    ];
    for (const [type, body] of bodies) {
      // Even with the CSRF header: no client of ours sends these bodies.
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, accept: 'application/json', [CSRF_HEADER]: '1' },
        body,
      });
      expect(response.status, type).toBe(415);
      const json = await response.json();
      expect(json.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
        'UNSUPPORTED_MEDIA_TYPE',
      ]);
    }
    expect(await accounts()).toBe(before);
  });

  it('answers a GET only with the CSRF header, and JSON posts without one', async () => {
    const url = new URL(`${server.url}/graphql`);
    url.searchParams.set('query', '{ __typename }');
    const bare = await fetch(url, { headers: { accept: 'application/json' } });
    expect(bare.status).toBe(403);
    const withHeader = await fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
    expect(await withHeader.json()).toEqual({ data: { __typename: 'Query' } });
    const before = await accounts();
    const json = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: SIGN_IN }),
    });
    expect((await json.json()).data.signInForDevelopment.__typename).toBe('MutationSignInForDevelopmentSuccess');
    expect(await accounts()).toBe(before + 1);
  });
});

describe('CORS settings', () => {
  const request = (origin: string) => new Request('http://server/graphql', { headers: { origin } });

  it('reads CORS_ORIGINS as exact origins and refuses anything else', () => {
    expect(() => loadConfig({ CORS_ORIGINS: 'https://a.example/, ftp://b.example, https://c.example/path' })).toThrow(
      /CORS_ORIGINS: "https:\/\/a.example\/"[\s\S]*"ftp:\/\/b.example"[\s\S]*"https:\/\/c.example\/path"/,
    );
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example, http://b.example:8080' });
    expect(config.cors.origins).toEqual(['https://a.example', 'http://b.example:8080']);
  });

  it('allows loopback only outside production', () => {
    const production = corsPolicy({ origins: [ALLOWED], allowLoopback: false });
    expect(production(request('http://localhost:10086'))).toBe(false);
    expect(production(request(ALLOWED))).toMatchObject({ origin: [ALLOWED], credentials: true });
    const development = corsPolicy({ origins: [], allowLoopback: true });
    expect(development(request('http://127.0.0.1:5173'))).toMatchObject({ origin: ['http://127.0.0.1:5173'] });
    expect(development(request('http://localhost.evil.example'))).toBe(false);
  });
});
