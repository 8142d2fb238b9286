// What an anonymous caller can make /graphql do: request bodies, document size, depth, aliases, directives and cost
// are bounded (server/src/graphql/limits.ts), every refusal is a 4xx or a GraphQL error with a code (never a 500),
// errors about inputs never echo the values sent (ID numbers, names, phones), and production hides the schema.
// Raw fetch where the body, the framing or the status matters.
import { resolve } from 'node:path';
import { getIntrospectionQuery, Kind, print } from 'graphql';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { CSRF_HEADER } from '../../server/src/graphql/browser-guards';
import { GRAPHQL_LIMITS, REFUSAL_CODES, REFUSAL_MESSAGES } from '../../server/src/graphql/limits';
import { persistedOperationId } from '../../server/src/graphql/persisted-operations';
import { documentsIn, operationsIn } from '../testkit/client-operations';
import { dialects } from '../testkit/dialects';
import { type HttpAnswer as Answer, httpAnswer as answer } from '../testkit/graphql';
import { createExhibition } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

function post(server: TestServer, body: BodyInit, init: RequestInit = {}): Promise<Answer> {
  return fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
    ...init,
  }).then(answer);
}

function graphql(server: TestServer, query: string, variables?: Record<string, unknown>) {
  return post(server, JSON.stringify({ query, variables }));
}

const codesOf = (result: Answer): unknown[] => (result.json?.errors ?? []).map((e: AnyError) => e.extensions?.code);
type AnyError = { message: string; extensions?: Record<string, unknown> };

/** The message of each limit's refusal, by code. */
const LIMIT_MESSAGES = new Map<unknown, string>(
  Object.entries(REFUSAL_CODES).map(([limit, code]) => [code, REFUSAL_MESSAGES[limit as keyof typeof REFUSAL_CODES]]),
);

/**
 * A refusal: the status, a JSON body whose errors carry `code`, and nothing masked as an unexpected error. A limit's
 * refusal says which limit in words, never its number (Armor's exposeLimits is off).
 */
function expectRefused(result: Answer, status: number, code: string) {
  expect(result.status, result.text.slice(0, 300)).toBe(status);
  expect(result.json, result.text.slice(0, 300)).toBeDefined();
  expect(codesOf(result)).toContain(code);
  expect(result.text).not.toContain('Unexpected error');
  expect(result.json.data ?? null).toBeNull();
  const message = LIMIT_MESSAGES.get(code);
  if (message === undefined) return;
  const refusal = result.json.errors.find((e: AnyError) => e.extensions?.code === code);
  expect(refusal.message).toBe(message);
}

it('words every limit’s refusal without a number', () => {
  expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual(Object.keys(GRAPHQL_LIMITS).sort());
  for (const message of Object.values(REFUSAL_MESSAGES)) expect(message).not.toMatch(/\d/);
});

async function healthz(server: TestServer) {
  return (await fetch(`${server.url}/healthz`)).status;
}

const aliasedCalendars = (id: string, count: number) =>
  `{ exhibition(id: "${id}") { ${Array.from({ length: count }, (_, i) => `a${i}: calendar(days: 42) { date }`).join(' ')} } }`;

/** `{ slot { exhibition { slots { exhibition { … } } } } }`: a real cycle of the schema, `depth` selections deep. */
function slotExhibitionCycle(depth: number): string {
  let selection = 'id';
  for (let level = depth - 1; level > 1; level--) {
    selection = level % 2 === 0 ? `exhibition { ${selection} }` : `slots(date: "2026-11-24") { ${selection} }`;
  }
  return `{ slot(id: "1") { ${selection} } }`;
}

// ---- the documents real callers send ---------------------------------------------------------------------

/** Each client operation as the client sends it: the operation and every fragment it spreads, transitively. */
const clientDocuments = Object.entries(operationsIn('client/src')).map(([name, document]) => ({
  name,
  document: print(document),
}));

const TESTKIT_OPERATIONS = 'tests/testkit/operations';
const testkitDocuments = Object.entries(operationsIn(TESTKIT_OPERATIONS)).map(([name, document]) => ({
  name: `testkit ${name}`,
  document: print(document),
}));

/** A fragment of the test kit's documents, as text (the costliest selections the suites make). */
function testkitFragment(name: string): string {
  const fragment = documentsIn(resolve(REPO_ROOT, TESTKIT_OPERATIONS)).definitions.find(
    (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name,
  );
  if (!fragment) throw new Error(`no fragment ${name} in ${TESTKIT_OPERATIONS}`);
  return print(fragment);
}

// ---- personal data that must never come back in an error ---------------------------------------------------

const NAME = '欧阳娜娜';
const DOCUMENT_NUMBER = '350602199001011234';
const PHONE = '13812345678';
const CREATE_BOOKING = 'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { __typename } }';
const bookingInput = (overrides: Record<string, unknown>) => ({
  slotId: '1',
  phone: PHONE,
  idempotencyKey: 'limits-test-key',
  visitors: [{ name: NAME, documentNumber: DOCUMENT_NUMBER }],
  ...overrides,
});

function expectNoPersonalData(result: Answer) {
  for (const value of [NAME, DOCUMENT_NUMBER, PHONE, DOCUMENT_NUMBER.slice(0, 14), PHONE.slice(3)]) {
    expect(result.text, result.text).not.toContain(value);
  }
}

describe.each(dialects)('request limits of /graphql (%s)', (dialect) => {
  const server = useTestServer({ dialect });
  let exhibitionId: string;
  beforeAll(async () => {
    exhibitionId = String((await createExhibition(server())).id);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  describe('request bodies', () => {
    it('refuses a body whose Content-Length is above the limit with 413 and a JSON error', async () => {
      const body = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(10 * 1024 * 1024) } });
      const result = await post(server(), body);
      expectRefused(result, 413, REFUSAL_CODES.requestBodyBytes);
    });

    it('counts the bytes of a chunked body without Content-Length and stops reading at the limit', async () => {
      // An endless body: the server can only answer if it stops reading once the limit is passed.
      const chunk = new TextEncoder().encode(`{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(16 * 1024)}`);
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      const result = await post(server(), endless, { duplex: 'half' } as RequestInit);
      expectRefused(result, 413, REFUSAL_CODES.requestBodyBytes);
      expect(sent).toBeGreaterThan(GRAPHQL_LIMITS.requestBodyBytes);
    });

    it('accepts bodies just under the limit, with and without Content-Length', async () => {
      const envelope = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      const body = JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(GRAPHQL_LIMITS.requestBodyBytes - envelope.length) },
      });
      expect(Buffer.byteLength(body)).toBe(GRAPHQL_LIMITS.requestBodyBytes);
      expect(await post(server(), body)).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });

      const bytes = new TextEncoder().encode(body);
      const chunked = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 10_000) controller.enqueue(bytes.subarray(i, i + 10_000));
          controller.close();
        },
      });
      const result = await post(server(), chunked, { duplex: 'half' } as RequestInit);
      expect(result).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
    });

    it('still answers /healthz with 200 right after refusing an oversized query', async () => {
      const body = JSON.stringify({ query: aliasedCalendars(exhibitionId, 4000) }).padEnd(1024 * 1024, ' ');
      expectRefused(await post(server(), body), 413, REFUSAL_CODES.requestBodyBytes);
      expect(await healthz(server())).toBe(200);
    });
  });

  describe('documents', () => {
    it('refuses 2,000 aliased calendar fields before parsing them', async () => {
      const result = await graphql(server(), aliasedCalendars(exhibitionId, 2000));
      expectRefused(result, 400, REFUSAL_CODES.documentCharacters);
      expect(await healthz(server())).toBe(200);
    });

    it('refuses more aliases than the limit in an otherwise small query, and accepts the limit', async () => {
      const over = await graphql(server(), aliasedCalendars(exhibitionId, GRAPHQL_LIMITS.aliases + 1));
      expectRefused(over, 400, REFUSAL_CODES.aliases);

      const atLimit = await graphql(server(), aliasedCalendars(exhibitionId, GRAPHQL_LIMITS.aliases));
      expect(atLimit.status).toBe(200);
      expect(atLimit.json.errors).toBeUndefined();
      expect(atLimit.json.data.exhibition.a0).toHaveLength(42);
    });

    it('refuses a query of depth 200', async () => {
      const result = await graphql(server(), `${'{ a '.repeat(200)}${'}'.repeat(200)}`);
      expectRefused(result, 400, REFUSAL_CODES.depth);
    });

    it('refuses a real cycle of the schema one level deeper than the limit, and runs it at the limit', async () => {
      expectRefused(await graphql(server(), slotExhibitionCycle(GRAPHQL_LIMITS.depth + 1)), 400, REFUSAL_CODES.depth);
      const atLimit = await graphql(server(), slotExhibitionCycle(GRAPHQL_LIMITS.depth));
      expect(atLimit).toMatchObject({ status: 200, json: { data: { slot: null } } });
    });

    // 10,000 levels are refused for their length before the parser sees them; the longest nesting that fits in
    // the character limit (~5,000 levels, beyond graphql-js's stack) is refused by the token count while parsing.
    it('refuses a 10,000-deep list literal with a 400, not a stack overflow', async () => {
      const deep = (n: number) => `{ exhibition(id: ${'['.repeat(n)}${']'.repeat(n)}) { id } }`;
      expectRefused(await graphql(server(), deep(10_000)), 400, REFUSAL_CODES.documentCharacters);
      const longest = Math.floor((GRAPHQL_LIMITS.documentCharacters - deep(0).length) / 2);
      expect(deep(longest).length).toBeLessThanOrEqual(GRAPHQL_LIMITS.documentCharacters);
      expectRefused(await graphql(server(), deep(longest)), 400, REFUSAL_CODES.tokens);
      expect(await healthz(server())).toBe(200);
    });

    it('refuses a 10,000-deep selection with a 400, not a stack overflow', async () => {
      const deep = (n: number) => `${'{a'.repeat(n)}${'}'.repeat(n)}`;
      expectRefused(await graphql(server(), deep(10_000)), 400, REFUSAL_CODES.documentCharacters);
      const longest = Math.floor(GRAPHQL_LIMITS.documentCharacters / 3);
      expectRefused(await graphql(server(), deep(longest)), 400, REFUSAL_CODES.tokens);
    });

    it('parses a list literal as deep as the token limit allows without overflowing, and validates one that fits', async () => {
      const prefix = '{ exhibition(id: ';
      const suffix = ') { id } }';
      const depth = GRAPHQL_LIMITS.tokens - 5;
      const result = await graphql(server(), `${prefix}${'['.repeat(depth)}${']'.repeat(depth)}${suffix}`);
      expectRefused(result, 400, REFUSAL_CODES.tokens);
      const fits = Math.floor((GRAPHQL_LIMITS.tokens - 10) / 2);
      const nested = await graphql(server(), `${prefix}${'['.repeat(fits)}${']'.repeat(fits)}${suffix}`);
      expect(nested.status).toBeLessThan(500);
      expect(codesOf(nested)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    });

    it('refuses a document costlier than the limit', async () => {
      const query = `{ a: myBookings(list: UPCOMING, first: 50) { edges { node { ...BookingFields } } }
        b: myBookings(list: PAST, first: 50) { edges { node { ...BookingFields } } } }
        ${testkitFragment('BookingFields')}`;
      const result = await graphql(server(), query);
      expectRefused(result, 400, REFUSAL_CODES.cost);
    });

    it('refuses more directives than the limit', async () => {
      const fields = Array.from(
        { length: GRAPHQL_LIMITS.directives + 1 },
        (_, i) => `f${i}: __typename @skip(if: false)`,
      );
      const result = await graphql(server(), `{ ${fields.join(' ')} }`);
      expectRefused(result, 400, REFUSAL_CODES.directives);
    });

    it('refuses a document longer than the character limit even when it has few tokens', async () => {
      const query = `# ${'档'.repeat(GRAPHQL_LIMITS.documentCharacters)}\n{ __typename }`;
      const result = await graphql(server(), query);
      expectRefused(result, 400, REFUSAL_CODES.documentCharacters);
    });

    it('refuses the same documents sent with GET', async () => {
      const url = new URL(`${server().url}/graphql`);
      url.searchParams.set('query', `${'{ a '.repeat(600)}${'}'.repeat(600)}`);
      const result = await answer(await fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } }));
      expectRefused(result, 400, REFUSAL_CODES.tokens);
    });

    it('answers a syntax error with a code and without the value it stumbled on', async () => {
      const result = await graphql(server(), `{ exhibition(id: "1") { id "${DOCUMENT_NUMBER}" } }`);
      expect(result.status).toBeLessThan(500);
      expect(codesOf(result)).toEqual(['GRAPHQL_PARSE_FAILED']);
      expect(result.json.errors[0].message).toBe('Syntax Error: Expected Name, found String.');
    });
  });

  describe('real operations', () => {
    const operations = [...clientDocuments, ...testkitDocuments];

    it('finds the client operations and the test kit documents', () => {
      expect(operations.filter((o) => !o.name.startsWith('testkit')).length).toBeGreaterThan(40);
      expect(operations.map((o) => o.name)).toEqual(
        expect.arrayContaining(['CreateBooking', 'RequestGroupVisit', 'StaffSaveExhibition', 'testkit CreateBooking']),
      );
    });

    // Sent anonymously without variables: an operation that needs variables is parsed and validated (where every
    // limit applies) and stops at "was not provided"; one that needs none runs and may be refused by its resolvers.
    // Either way, nothing before execution may refuse it.
    it('accepts every operation the client sends and every document of the test kit', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {}); // each "was not provided" is logged as a refusal
      const refused: string[] = [];
      for (const { name, document } of operations) {
        const result = await graphql(server(), document, {});
        const errors: AnyError[] = result.json?.errors ?? [];
        const beforeExecution = errors.filter(
          (e) => !('path' in e) && !/^Variable "\$\w+" of required type "[^"]+" was not provided\.$/.test(e.message),
        );
        if (result.status >= 500 || result.json === undefined || beforeExecution.length > 0) {
          refused.push(`${name}: ${result.status} ${result.text.slice(0, 300)}`);
        }
      }
      expect(refused).toEqual([]);
    });

    it('accepts the introspection query GraphiQL sends outside production', async () => {
      const query = getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
        oneOf: true,
      });
      const result = await graphql(server(), query);
      expect(result.status).toBe(200);
      expect(result.json.errors).toBeUndefined();
      expect(result.json.data.__schema.types.length).toBeGreaterThan(50);
    });

    it('keeps field suggestions outside production', async () => {
      const result = await graphql(server(), '{ exhibitons(first: 1) { edges { cursor } } }');
      expect(result.json.errors[0].message).toContain('Did you mean "exhibitions"');
    });
  });

  describe('errors about inputs', () => {
    const shapes: Array<[string, string, Record<string, unknown>, RegExp]> = [
      [
        'an unknown field of a visitor',
        CREATE_BOOKING,
        { input: bookingInput({ visitors: [{ name: NAME, documentNumber: DOCUMENT_NUMBER, bogus: 1 }] }) },
        /^Variable "\$input" got invalid value at "input\.visitors\[0\]"; Field "bogus" is not defined by type "VisitorInput"\./,
      ],
      [
        'a nested field of the wrong type',
        CREATE_BOOKING,
        { input: bookingInput({ visitors: [{ name: [NAME], documentNumber: DOCUMENT_NUMBER }] }) },
        /^Variable "\$input" got invalid value at "input\.visitors\[0\]\.name"; String cannot represent a non string value\.$/,
      ],
      [
        'a phone sent as a number',
        CREATE_BOOKING,
        { input: bookingInput({ phone: Number(PHONE) }) },
        /^Variable "\$input" got invalid value at "input\.phone"; String cannot represent a non string value\.$/,
      ],
      [
        'a document type that is not one of the enum',
        CREATE_BOOKING,
        {
          input: bookingInput({
            visitors: [{ name: NAME, documentNumber: DOCUMENT_NUMBER, documentType: `${PHONE}${DOCUMENT_NUMBER}` }],
          }),
        },
        /^Variable "\$input" got invalid value at "input\.visitors\[0\]\.documentType"; Value is not one of the values of enum "DocumentType"\./,
      ],
      [
        'a missing required field (the whole input used to be printed)',
        CREATE_BOOKING,
        { input: bookingInput({ idempotencyKey: undefined }) },
        /^Variable "\$input" got invalid value; Field "idempotencyKey" of required type "String!" was not provided\.$/,
      ],
      [
        'a string where the list of visitors goes',
        CREATE_BOOKING,
        { input: bookingInput({ visitors: `${NAME} ${DOCUMENT_NUMBER} ${PHONE}` }) },
        /^Variable "\$input" got invalid value at "input\.visitors"; Expected type "VisitorInput" to be an object\.$/,
      ],
      [
        'a malformed Date',
        'query ($date: Date!) { exhibition(id: "1") { slots(date: $date) { id } } }',
        { date: `${NAME}${DOCUMENT_NUMBER}` },
        /^Variable "\$date" got invalid value; Date must be YYYY-MM-DD$/,
      ],
      [
        'a roster entry that is not an object',
        'mutation ($id: ID!, $roster: [VisitorInput!]!) { updateGroupRoster(bookingId: $id, roster: $roster) { __typename } }',
        { id: '1', roster: [{ name: NAME, documentNumber: DOCUMENT_NUMBER }, PHONE] },
        /^Variable "\$roster" got invalid value at "roster\[1\]"; Expected type "VisitorInput" to be an object\.$/,
      ],
    ];

    it.each(shapes)(
      'names the variable and the reason but echoes no value for %s',
      async (_, query, variables, message) => {
        const result = await graphql(server(), query, variables);
        expectRefused(result, 400, 'BAD_USER_INPUT');
        expectNoPersonalData(result);
        expect(result.json.errors[0].message).toMatch(message);
      },
    );

    it('echoes no value written into the document itself either', async () => {
      const query = `mutation { createBooking(input: {
        slotId: "1", phone: ${PHONE}, idempotencyKey: "k",
        visitors: [{ name: "${NAME}", documentNumber: ${DOCUMENT_NUMBER}, documentType: X${DOCUMENT_NUMBER} }]
      }) { __typename } }`;
      const result = await graphql(server(), query);
      expect(result.status).toBeLessThan(500);
      expect(codesOf(result)).toContain('GRAPHQL_VALIDATION_FAILED');
      expectNoPersonalData(result);
      expect(result.json.errors.map((e: AnyError) => e.message)).toEqual(
        expect.arrayContaining([
          'String cannot represent a non string value.',
          'Value is not one of the values of enum "DocumentType".',
        ]),
      );
    });

    it('answers variables that are not valid JSON with a 400 that does not quote them', async () => {
      const broken = `{"input":{"phone":"${PHONE}","visitors":[{"name":"${NAME}","documentNumber":"${DOCUMENT_NUMBER}"}]`;
      const url = new URL(`${server().url}/graphql`);
      url.searchParams.set('query', '{ __typename }');
      url.searchParams.set('variables', broken);
      // (A form-encoded body is refused before it is read: browser-guards.test.ts.)
      const results = [
        await answer(await fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } })),
        await post(server(), `{"query":"{ __typename }","variables":${broken}`),
      ];
      for (const result of results) {
        expect(result.status, result.text).toBeLessThan(500);
        expect(codesOf(result)).toEqual(['BAD_REQUEST']);
        expectNoPersonalData(result);
      }
      expect(results.map((r) => r.status)).toEqual([400, 200]);
    });
  });

  describe('logs', () => {
    it('logs a refused request’s reason at warn level without its variables', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      await graphql(server(), aliasedCalendars(exhibitionId, GRAPHQL_LIMITS.aliases + 1));
      await graphql(server(), CREATE_BOOKING, {
        input: bookingInput({ visitors: [{ name: NAME, documentNumber: DOCUMENT_NUMBER, bogus: 1 }] }),
      });
      await post(server(), JSON.stringify({ query: '{ __typename }', variables: { phone: PHONE.repeat(20_000) } }));
      const lines = warn.mock.calls.map((args) => args.map(String).join(' '));
      expect(lines.some((l) => l.includes(REFUSAL_CODES.aliases))).toBe(true);
      expect(lines.some((l) => l.includes('BAD_USER_INPUT') && l.includes('bogus'))).toBe(true);
      expect(lines.some((l) => l.includes(REFUSAL_CODES.requestBodyBytes))).toBe(true);
      for (const line of lines) {
        expect(line).not.toContain(NAME);
        expect(line).not.toContain(DOCUMENT_NUMBER);
        expect(line).not.toContain(PHONE);
      }
    });
  });
});

// Production runs only persisted operations (persisted-operations.test.ts). What production would still do with a
// document is reached here by registering the test's documents as persisted operations of this server: introspection
// stays off and errors suggest nothing, should a document ever reach the schema.
const INTROSPECTION = ['{ __schema { types { name } } }', '{ __type(name: "Booking") { fields { name } } }'];
const MISSPELT = [
  '{ exhibitons(first: 1) { edges { cursor } } }',
  '{ exhibitions(frist: 1) { edges { cursor } } }',
  '{ exhibitions(phase: CURRNT) { edges { cursor } } }',
];

describe.each(dialects)('/graphql in production (%s)', (dialect) => {
  const server = useTestServer({
    dialect,
    env: { NODE_ENV: 'production', WECHAT_APPID: 'wx00000000limits', WECHAT_SECRET: 'limits-test-secret' },
    persistedDocuments: [...INTROSPECTION, ...MISSPELT, '{ __typename }', CREATE_BOOKING],
  });
  const byId = (query: string, variables?: Record<string, unknown>) =>
    post(
      server(),
      JSON.stringify({
        extensions: { persistedQuery: { version: 1, sha256Hash: persistedOperationId(query) } },
        variables,
      }),
    );

  // Validation errors, which GraphQL over HTTP answers an application/json client with a 200.
  it('refuses introspection', async () => {
    for (const query of INTROSPECTION) {
      const result = await byId(query);
      expect(result.status).toBeLessThan(500);
      expect(result.json.data ?? null).toBeNull();
      expect(new Set(codesOf(result))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(result.json.errors[0].message).toMatch(/introspection has been disabled/);
    }
  });

  it('still answers __typename', async () => {
    expect(await byId('{ __typename }')).toMatchObject({ status: 200, json: { data: { __typename: 'Query' } } });
  });

  it('gives no field, argument or enum value suggestions', async () => {
    const results = [
      ...(await Promise.all(MISSPELT.map((query) => byId(query)))),
      await byId(CREATE_BOOKING, {
        input: bookingInput({ visitors: [{ nmae: NAME, documentNumber: DOCUMENT_NUMBER }] }),
      }),
      await byId(CREATE_BOOKING, {
        input: bookingInput({ visitors: [{ name: NAME, documentNumber: DOCUMENT_NUMBER, documentType: 'PASPORT' }] }),
      }),
    ];
    for (const result of results) {
      expect(result.status).toBeLessThan(500);
      expect(result.json.errors.length).toBeGreaterThan(0);
      expect(result.text).not.toMatch(/did you mean/i);
      expect(result.text).not.toMatch(/exhibitions"\?|PASSPORT|"name"\?|CURRENT/);
    }
  });

  it('refuses the same documents sent as text', async () => {
    for (const query of [...INTROSPECTION, '{ __typename }']) {
      expectRefused(await graphql(server(), query), 400, 'PERSISTED_QUERY_ONLY');
    }
  });
});
