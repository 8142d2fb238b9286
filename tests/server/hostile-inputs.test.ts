// Every Query and Mutation field, sent hostile arguments generated from the schema (testkit/hostile.ts) by an
// anonymous caller, a signed-in citizen and a city administrator; and /graphql itself sent hostile requests (content
// types, bodies, batches, methods). Each answer must be a refusal the client can act on: never a 5xx, never the
// masked "Unexpected error.", but a typed error of the field's result union or a GraphQL error with a code. Every
// table is compared before and after each field's cases: a refused request changes nothing.
import { randomBytes } from 'node:crypto';
import { hasControlCharacter, hasLoneSurrogate } from '@zz/shared';
import { getVariableValues, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CSRF_HEADER } from '../../server/src/graphql/browser-guards';
import { schema } from '../../server/src/schema';
import { dialects } from '../testkit/dialects';
import { type HttpAnswer as Answer, httpAnswer } from '../testkit/graphql';
import {
  CALLERS,
  type Caller,
  callersAdmitted,
  changedTables,
  type HostileCase,
  hostileCasesOf,
  isErrorMember,
  type RootField,
  rootFields,
  snapshotTables,
} from '../testkit/hostile';
import { createStaff, type SignedInAs, signInCitizen } from '../testkit/seed';
import type { TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const AUDITED = ['audit_log', 'audit_chain_head'];

/**
 * Mutations that may accept a hostile-looking value, because it is a legitimate one, with the tables they write
 * when they do: free text a person may type is kept as text (and escaped where it is shown, never run). Any other
 * table that changes is still a failure. With no tables, what they accept changes nothing. Text nobody types
 * (control characters, broken UTF-16, 10,000 characters and more) must still be refused, except where listed in
 * `cleans`: those values are cleaned on save.
 */
const MAY_ACCEPT: Record<string, { tables: readonly string[]; reason: string; cleans?: readonly string[] }> = {
  signInForDevelopment: {
    tables: ['account', 'session'],
    reason: 'a display name is free text; a sign-in opens a session',
  },
  saveArticle: {
    tables: ['article', 'article_search', ...AUDITED],
    reason: 'with no id it creates an article; titles and bodies are free text',
    // Rich text is sanitised and written out again from its blocks (platform/rich-text), within a byte limit.
    cleans: ['input.bodyHtml'],
  },
  saveExhibition: {
    tables: ['exhibition', 'booking_policy', ...AUDITED],
    reason: 'with no id it creates an exhibition; its texts are free text',
  },
  saveOnlineExhibition: {
    tables: ['online_exhibition', 'online_exhibit', ...AUDITED],
    reason: 'with no id it creates an online exhibition; its texts are free text',
  },
  setWorkingCalendarDay: {
    tables: ['working_calendar_day', ...AUDITED],
    reason: 'a note is free text, and any real date may be a holiday',
  },
  requestUnmaskedExport: {
    tables: ['export_request', ...AUDITED],
    reason: 'the reason is free text; the request is kept',
  },
  markMessagesRead: { tables: [], reason: 'no ids: nothing to mark, answered with a count of 0' },
  reportSubscriptionResults: { tables: [], reason: 'no results: nothing to record' },
  clearWorkingCalendarDay: { tables: [], reason: 'a real date with no entry: answered false' },
};

/** Tables a field writes even when it refuses, by design. */
const WRITES_WHEN_REFUSING: Record<string, { tables: readonly string[]; reason: string }> = {
  signInStaff: { tables: AUDITED, reason: 'every failed staff sign-in is audited' },
};

async function post(server: TestServer, body: BodyInit, headers: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(`${server.url}/graphql`, {
    method,
    // Each request from its own address: the per-address sign-in limits and lockouts must not turn the later cases
    // into rate-limit answers (the server trusts X-Forwarded-For here, as behind our proxy).
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-forwarded-for': `10.${randomBytes(3).join('.')}`,
      ...headers,
    },
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
  });
  return httpAnswer(response);
}

/** Whether graphql-js refuses the variables before any resolver runs (the same for every caller). */
function refusedBeforeResolvers(hostile: HostileCase): boolean {
  if (hostile.documentOnly) return true;
  const operation = parse(hostile.query).definitions[0] as OperationDefinitionNode;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], hostile.variables ?? {});
  return 'errors' in coerced && coerced.errors !== undefined;
}

/** Text no person types: what even a free-text field must refuse. */
const unreadable = (value: unknown) =>
  typeof value === 'string' &&
  (hasControlCharacter(value, { allowLineBreaks: true }) || hasLoneSurrogate(value) || value.length >= 10_000);

/** What is wrong with an answer, or null when it is a refusal the client can act on (or, for a read, an answer). */
function problemWith(entry: RootField, hostile: HostileCase, answer: Answer): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${answer.text.slice(0, 200)}`;
  if (answer.text.includes('Unexpected error')) return `masked: ${answer.text.slice(0, 200)}`;
  if (answer.json === undefined) return `HTTP ${answer.status}, not JSON: ${answer.text.slice(0, 200)}`;
  const errors: Array<{ message: string; extensions?: { code?: unknown } }> = answer.json.errors ?? [];
  if (errors.length > 0) {
    const uncoded = errors.filter((e) => typeof e.extensions?.code !== 'string');
    return uncoded.length ? `error without a code: ${uncoded[0].message}` : null;
  }
  const value = answer.json.data?.[entry.name];
  const typename = value && typeof value === 'object' && !Array.isArray(value) ? value.__typename : undefined;
  if (typeof typename === 'string' && isErrorMember(typename)) return null;
  // A read may answer: null (not found), an empty list, a connection with no match. Tables prove it wrote nothing.
  if (entry.operation === 'query') return null;
  const accepts = MAY_ACCEPT[entry.name];
  if (accepts && !(unreadable(hostile.value) && !accepts.cleans?.includes(hostile.path ?? ''))) return null;
  return `accepted: ${answer.text.slice(0, 200)}`;
}

describe.each(dialects)('hostile inputs (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { TRUST_PROXY: 'true' } });
  const tokens: Record<Caller, string | null> = { anonymous: null, citizen: null, staff: null };
  beforeAll(async () => {
    // Each refused request is logged at warn level (thousands here): kept out of the test output, where they would
    // cost more time than the requests. Errors (a masked one is logged with its cause) still print.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const citizen: SignedInAs = await signInCitizen(server());
    tokens.citizen = citizen.token;
    tokens.staff = (await createStaff(server(), 'ADMIN')).token;
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  const fields = rootFields();

  it('builds at least 300 hostile inputs, for every Query and Mutation field', () => {
    const cases = fields.flatMap(hostileCasesOf);
    expect(cases.length).toBeGreaterThan(300);
    const covered = new Set(cases.map((c) => c.field.name));
    expect(fields.filter((f) => !covered.has(f.name)).map((f) => f.name)).toEqual([]);
    // The exceptions name real mutations: one renamed or removed must leave the lists with it.
    const mutations = new Set(fields.filter((f) => f.operation === 'mutation').map((f) => f.name));
    const named = [...Object.keys(MAY_ACCEPT), ...Object.keys(WRITES_WHEN_REFUSING)];
    expect(named.filter((name) => !mutations.has(name))).toEqual([]);
  });

  it('refuses every hostile argument of every field with a typed or coded error, changing no table', async () => {
    const problems: string[] = [];
    let sent = 0;
    let before = await snapshotTables(server());
    for (const entry of fields) {
      const requests: Array<{ hostile: HostileCase; caller: Caller }> = [];
      const cases = hostileCasesOf(entry);
      const admitted = callersAdmitted(entry);
      const refusedByScope = CALLERS.filter((c) => !admitted.includes(c));
      let turn = 0;
      let reaching = 0;
      for (const hostile of cases) {
        if (refusedBeforeResolvers(hostile)) {
          // Refused by validation or coercion, whoever sends it: one caller each, in turn.
          requests.push({ hostile, caller: CALLERS[turn++ % CALLERS.length] });
          continue;
        }
        // Reaches the resolver: sent by the callers the field admits, in turn; every 8th also by the callers its
        // scopes refuse, who must be refused the same way whatever the arguments.
        requests.push({ hostile, caller: admitted[reaching % admitted.length] });
        if (reaching % 8 === 0) for (const caller of refusedByScope) requests.push({ hostile, caller });
        reaching += 1;
      }
      await inParallel(requests, 8, async ({ hostile, caller }) => {
        const token = tokens[caller];
        const answer = await post(
          server(),
          JSON.stringify({ query: hostile.query, variables: hostile.variables }),
          token ? { authorization: `Bearer ${token}` } : {},
        );
        const problem = problemWith(entry, hostile, answer);
        if (problem) problems.push(`${entry.operation} ${entry.name} as ${caller}, ${hostile.label}: ${problem}`);
      });
      sent += requests.length;
      const after = await snapshotTables(server());
      const allowed = new Set([
        ...(WRITES_WHEN_REFUSING[entry.name]?.tables ?? []),
        ...(MAY_ACCEPT[entry.name]?.tables ?? []),
      ]);
      const changed = changedTables(before, after).filter((t) => !allowed.has(t));
      if (changed.length) problems.push(`${entry.operation} ${entry.name} changed ${changed.join(', ')}`);
      before = after;
    }
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(300);
  }, 600_000);

  it('refuses malformed requests to /graphql with a coded error, running nothing', async () => {
    const before = await snapshotTables(server());
    const problems: string[] = [];
    // A refusal: below 500, never masked, errors that all carry a code, and no data (nothing ran).
    const check = (what: string, answer: Answer) => {
      const errors: Array<{ extensions?: { code?: unknown } }> = answer.json?.errors ?? [];
      if (answer.status >= 500) problems.push(`${what}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      else if (answer.text.includes('Unexpected error')) problems.push(`${what}: masked ${answer.text.slice(0, 200)}`);
      else if (answer.json?.data != null)
        problems.push(`${what}: ran, HTTP ${answer.status} ${answer.text.slice(0, 200)}`);
      else if (errors.length === 0)
        problems.push(`${what}: HTTP ${answer.status} without an error ${answer.text.slice(0, 200)}`);
      else if (!errors.every((e) => typeof e.extensions?.code === 'string')) {
        problems.push(`${what}: an error without a code ${answer.text.slice(0, 200)}`);
      }
    };
    for (const caller of CALLERS) {
      const token = tokens[caller];
      const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      for (const [what, payload, headers, method] of TRANSPORT_CASES) {
        check(`${what} as ${caller}`, await post(server(), payload, { ...auth, ...headers }, method));
      }
      for (const [what, search, headers] of GET_CASES) {
        const response = await fetch(`${server().url}/graphql?${search}`, {
          headers: { accept: 'application/json', ...auth, ...headers },
        });
        check(`${what} as ${caller}`, await httpAnswer(response));
      }
    }
    expect(problems).toEqual([]);
    expect(changedTables(before, await snapshotTables(server()))).toEqual([]);
    // The server still serves: none of it left it stuck or closed.
    expect((await fetch(`${server().url}/healthz`)).status).toBe(200);
  });
});

// ---- /graphql itself --------------------------------------------------------------------------------------

/** A mutation that writes (an account and a session) if it ever runs: none of the requests below may run it. */
const WRITE = 'mutation Transport { signInForDevelopment(displayName: "传输测试") { __typename } }';
const body = (value: unknown) => JSON.stringify(value);

/** Requests that are wrong before any GraphQL is read: [what, body, headers, method]. */
const TRANSPORT_CASES: Array<[string, BodyInit, Record<string, string>, string]> = [
  ...[
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/graphql',
    'application/xml',
    'application/json; charset=utf-16',
    'application/jsonx',
    'application/graphql-response+json',
    'image/png',
    '',
  ].map((type): [string, BodyInit, Record<string, string>, string] => [
    `content-type "${type}"`,
    body({ query: WRITE }),
    { 'content-type': type },
    'POST',
  ]),
  [
    'form-encoded query',
    new URLSearchParams({ query: WRITE }).toString(),
    { 'content-type': 'application/x-www-form-urlencoded' },
    'POST',
  ],
  ['an empty body', '', {}, 'POST'],
  ['truncated JSON', '{"query": "mutation {', {}, 'POST'],
  ['JSON null', 'null', {}, 'POST'],
  ['a JSON string', '"mutation { signOut }"', {}, 'POST'],
  ['a JSON number', '1', {}, 'POST'],
  ['an empty batch', '[]', {}, 'POST'],
  ['a batch of two', body([{ query: WRITE }, { query: WRITE }]), {}, 'POST'],
  ['JSON with trailing garbage', `${body({ query: WRITE })}xyz`, {}, 'POST'],
  ['JSON with a byte-order mark', `\ufeff${body({ query: WRITE })}`, {}, 'POST'],
  ['JSON with NaN', '{"query": "{ __typename }", "variables": {"n": NaN}}', {}, 'POST'],
  ['a NUL byte', '\u0000', {}, 'POST'],
  ['100,000 nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, {}, 'POST'],
  [
    '20,000 nested objects in a variable',
    `{"query":${JSON.stringify(WRITE.replace('Transport', 'Transport($a: String)'))},"variables":{"a":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}}`,
    {},
    'POST',
  ],
  ['a query that is a number', body({ query: 1 }), {}, 'POST'],
  ['a query that is an object', body({ query: { query: WRITE } }), {}, 'POST'],
  ['no query', body({ variables: {} }), {}, 'POST'],
  ['variables as a string', body({ query: WRITE, variables: 'x' }), {}, 'POST'],
  ['variables as a list', body({ query: WRITE, variables: [1] }), {}, 'POST'],
  ['extensions as a string', body({ query: WRITE, extensions: 'x' }), {}, 'POST'],
  ['an operation name that is a number', body({ query: WRITE, operationName: 1 }), {}, 'POST'],
  ['an operation name not in the document', body({ query: WRITE, operationName: 'Other' }), {}, 'POST'],
  ['two operations and no name', body({ query: `${WRITE} query Other { __typename }` }), {}, 'POST'],
  [
    'a variable of the wrong type',
    body({ query: WRITE.replace('Transport', 'Transport($a: Int!)'), variables: { a: 'x'.repeat(100_000) } }),
    {},
    'POST',
  ],
  ['a body above the limit', body({ query: WRITE, variables: { pad: 'x'.repeat(200 * 1024) } }), {}, 'POST'],
  ['PUT', body({ query: WRITE }), {}, 'PUT'],
  ['DELETE', body({ query: WRITE }), {}, 'DELETE'],
  ['PATCH', body({ query: WRITE }), {}, 'PATCH'],
];

/** GETs: a mutation over GET, and queries without the CSRF header or with broken JSON parameters. */
const GET_CASES: Array<[string, string, Record<string, string>]> = [
  ['a mutation over GET', `query=${encodeURIComponent(WRITE)}`, { [CSRF_HEADER]: '1' }],
  ['a GET without the CSRF header', `query=${encodeURIComponent('{ __typename }')}`, {}],
  [
    'variables that are not JSON',
    `query=${encodeURIComponent('{ __typename }')}&variables=%7B`,
    { [CSRF_HEADER]: '1' },
  ],
  [
    'extensions that are not JSON',
    `query=${encodeURIComponent('{ __typename }')}&extensions=nope`,
    { [CSRF_HEADER]: '1' },
  ],
  ['two queries', 'query=a&query=b', { [CSRF_HEADER]: '1' }],
  ['no query', 'variables=%7B%7D', { [CSRF_HEADER]: '1' }],
];

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}
