// Persisted operations (server/src/graphql/persisted-operations.ts): a production server runs the client's
// operations by id and nothing sent as text, answers every refusal with a code and a 4xx, and serves no GraphiQL;
// outside production documents sent as text still run, beside the ids. The manifest is checked at start.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../server/src/graphql/browser-guards';
import {
  loadPersistedOperations,
  PERSISTED_OPERATION_CODES,
  PERSISTED_OPERATIONS_FILE,
  persistedOperationId,
} from '../../server/src/graphql/persisted-operations';
import { dialects } from '../testkit/dialects';
import type { TestServer } from '../testkit/server';
import { useTestServer } from '../testkit/suite';

const PRODUCTION = {
  NODE_ENV: 'production',
  WECHAT_APPID: 'wx00000000persist',
  WECHAT_SECRET: 'persisted-test-secret',
};

const manifest = JSON.parse(readFileSync(PERSISTED_OPERATIONS_FILE, 'utf8')) as {
  operations: Array<{ id: string; name: string; body: string }>;
};
function clientOperation(name: string) {
  const operation = manifest.operations.find((o) => o.name === name);
  if (!operation) throw new Error(`no operation ${name} in the manifest`);
  return operation;
}
const CATEGORIES = clientOperation('ArticleCategories');
const SLOTS = clientOperation('ExhibitionSlots');

interface Answer {
  status: number;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: each test knows the shape it asserts on
  json: any;
}

async function post(server: TestServer, body: unknown): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) };
}

const byId = (id: string, variables: Record<string, unknown> = {}) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: id } },
  variables,
});

/** A refusal: the status, the code, no data, and nothing masked as an unexpected error. */
function expectRefused(result: Answer, code: string) {
  expect(result.status, result.text).toBe(400);
  expect(result.json.errors.map((e: { extensions?: { code?: string } }) => e.extensions?.code)).toEqual([code]);
  expect(result.json.data ?? null).toBeNull();
  expect(result.text).not.toContain('Unexpected error');
}

describe.each(dialects)('persisted operations in production (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: PRODUCTION });

  it('runs a client operation sent by its id, with its variables', async () => {
    const categories = await post(server(), byId(CATEGORIES.id));
    expect(categories.status, categories.text).toBe(200);
    expect(categories.json.errors).toBeUndefined();
    expect(categories.json.data.articleCategories.length).toBeGreaterThan(0);

    const slots = await post(server(), byId(SLOTS.id, { id: '999999', date: '2026-11-24' }));
    expect(slots).toMatchObject({ status: 200, json: { data: { exhibition: null } } });
    // Variables are still checked against the operation.
    const wrong = await post(server(), byId(SLOTS.id, { id: '1', date: 'tomorrow' }));
    expect(wrong.status).toBe(400);
    expect(wrong.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the same operation sent as text, alone or beside its id', async () => {
    expectRefused(await post(server(), { query: CATEGORIES.body }), PERSISTED_OPERATION_CODES.documentRefused);
    expectRefused(
      await post(server(), { query: CATEGORIES.body, ...byId(CATEGORIES.id) }),
      PERSISTED_OPERATION_CODES.documentRefused,
    );
  });

  it('refuses an arbitrary document, introspection included', async () => {
    for (const query of ['{ __typename }', '{ __schema { types { name } } }', getIntrospectionQuery()]) {
      expectRefused(await post(server(), { query }), PERSISTED_OPERATION_CODES.documentRefused);
    }
  });

  it('refuses an id it does not know, however it is shaped', async () => {
    const unknown = persistedOperationId('query Forged{viewer{id}}');
    for (const id of [unknown, CATEGORIES.id.toUpperCase(), 'x'.repeat(5000), '']) {
      expectRefused(await post(server(), byId(id)), PERSISTED_OPERATION_CODES.unknownId);
    }
  });

  it('refuses a request with neither a document nor an id', async () => {
    for (const body of [
      {},
      { variables: {} },
      { extensions: { persistedQuery: { version: 2, sha256Hash: CATEGORIES.id } } },
    ]) {
      expectRefused(await post(server(), body), PERSISTED_OPERATION_CODES.noOperation);
    }
  });

  it('runs an id sent with GET and refuses text sent with GET', async () => {
    const get = async (params: Record<string, string>) => {
      const url = new URL(`${server().url}/graphql`);
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      const response = await fetch(url, { headers: { accept: 'application/json', [CSRF_HEADER]: '1' } });
      const text = await response.text();
      return { status: response.status, text, json: JSON.parse(text) };
    };
    const ok = await get({ extensions: JSON.stringify(byId(CATEGORIES.id).extensions) });
    expect(ok.status, ok.text).toBe(200);
    expect(ok.json.data.articleCategories.length).toBeGreaterThan(0);
    expectRefused(await get({ query: CATEGORIES.body }), PERSISTED_OPERATION_CODES.documentRefused);
  });

  it('serves no GraphiQL', async () => {
    const response = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html', [CSRF_HEADER]: '1' } });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(response.status).not.toBe(200);
    expect(text).not.toMatch(/graphiql|<html/i);
  });
});

describe.each(dialects)('persisted operations outside production (%s)', (dialect) => {
  const server = useTestServer({ dialect, env: { NODE_ENV: 'development' } });

  it('runs documents sent as text, and the client’s ids', async () => {
    expect(await post(server(), { query: '{ __typename }' })).toMatchObject({
      status: 200,
      json: { data: { __typename: 'Query' } },
    });
    const text = await post(server(), { query: CATEGORIES.body });
    const id = await post(server(), byId(CATEGORIES.id));
    expect(text.json.data.articleCategories.length).toBeGreaterThan(0);
    expect(id.json).toEqual(text.json);
  });

  it('refuses an unknown id all the same', async () => {
    expectRefused(
      await post(server(), byId(persistedOperationId('{ __typename }'))),
      PERSISTED_OPERATION_CODES.unknownId,
    );
  });

  it('serves GraphiQL', async () => {
    const response = await fetch(`${server().url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });
});

describe('the manifest, read at start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zz-persisted-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every operation of the committed manifest', () => {
    const operations = loadPersistedOperations();
    expect(operations.size).toBe(manifest.operations.length);
    expect(operations.get(CATEGORIES.id)).toBe(CATEGORIES.body);
  });

  it('stops the start on an operation whose id is not its text’s sha256, or on a file that is not a manifest', () => {
    const tampered = join(dir, 'tampered.json');
    const operations = manifest.operations.map((o) =>
      o.id === CATEGORIES.id ? { ...o, body: '{ __schema { types { name } } }' } : o,
    );
    writeFileSync(tampered, JSON.stringify({ ...manifest, operations }));
    expect(() => loadPersistedOperations(tampered)).toThrow(/does not match its text; run npm run codegen/);
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, '{}');
    expect(() => loadPersistedOperations(empty)).toThrow(/no "operations" list/);
    expect(() => loadPersistedOperations(join(dir, 'missing.json'))).toThrow(/ENOENT/);
  });
});
