// A real server per suite: a fresh, migrated database (a temp SQLite file, or a new MySQL database that is
// dropped afterwards), the app from createApp on a real port, a ManualClock, and execute() over HTTP.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InsertQueryNode, type KyselyPlugin } from 'kysely';
import { type App, createApp } from '../../server/src/app';
import { type Config, loadConfig } from '../../server/src/config';
import { createDatabase } from '../../server/src/db/create-db';
import { loadPersistedOperations, persistedOperationId } from '../../server/src/graphql/persisted-operations';
import '../../server/src/tables';
import { ManualClock } from '../../server/src/platform/runtime/clock';
import { createWechatClient } from '../../server/src/platform/wechat/wechat.client';
import { type Dialect, mysqlUrl } from './dialects';
import { TypedDocumentString } from './generated/graphql';

/** 2026-11-24 10:00 in Shanghai: a Tuesday, so the archives are open (they close on Mondays). */
export const DEFAULT_TEST_INSTANT = Date.parse('2026-11-24T02:00:00Z');

export interface TestServerOptions {
  dialect: Dialect;
  clock?: ManualClock;
  /** Overrides of the environment handed to loadConfig (e.g. WECHAT_APPID, SEED_DEMO, STATIC_DIR). */
  env?: Record<string, string>;
  /** A shorter timeout for the real WeChat client, so the "WeChat hangs" case ends quickly. */
  wechatTimeoutMs?: number;
  /**
   * Use the database of a running test server (its `databaseUrl`) instead of a fresh one, as a second process of
   * the same deployment would; the first server drops it.
   */
  sharedDatabaseUrl?: string;
  /**
   * Documents this server also knows by persisted id (persistedOperationId of the text), beside the client's
   * manifest: how a production-config suite reaches what production refuses to run as text.
   */
  persistedDocuments?: readonly string[];
}

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/**
 * A typed operation as GraphQL Code Generator emits it with `documentMode: 'string'` (testkit/generated, from
 * testkit/operations): the text, with its result and variables in the type only. Structural, so the client's
 * generated documents fit as well; `object` keeps plain strings out (they go through `executeRaw`).
 */
export type TypedDocument<TResult, TVariables> = Pick<TypedDocumentString<TResult, TVariables>, '__apiType'> & object;

export interface TestServer {
  dialect: Dialect;
  url: string;
  /** The DATABASE_URL it runs on: another server started with it as sharedDatabaseUrl shares the data. */
  databaseUrl: string;
  clock: ManualClock;
  app: App;
  config: Readonly<Config>;
  db: App['services']['db'];
  /** POSTs a typed operation to /graphql over HTTP, as a client would, and returns the parsed JSON body. */
  execute<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    variables: TVariables,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<TResult>>;
  /**
   * The same for a hand-written query string, with an untyped answer. Only for tests whose point is the query
   * itself (malformed, unknown fields, aliases, depth); every other test sends a typed document with `execute`.
   */
  executeRaw(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
    headers?: Record<string, string>,
  ): Promise<GraphQLResult<Record<string, unknown>>>;
  /** Runs `work` and returns the SQL statements the server sent meanwhile (BEGIN and COMMIT included). */
  statementsDuring(work: () => Promise<unknown>): Promise<string[]>;
  /**
   * Runs `work` while every insert into `table` fails before it reaches the database, as a full disk or a
   * lost connection would make it fail: for proving that a unit of work leaves nothing half-written.
   */
  whileInsertsFail(table: string, work: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * Every phone of a test is 127.0.0.1, and a manual clock's minute never ends: the per-minute attempt limits are lifted
 * in the test kit's servers. The suite about them (tests/server/attempt-limits.test.ts) sets its own.
 */
export const UNLIMITED_ATTEMPTS = {
  BOOKING_ATTEMPTS_PER_ACCOUNT: '1000000',
  BOOKING_ATTEMPTS_PER_ADDRESS: '1000000',
  DEV_SIGNIN_PER_ADDRESS: '1000000',
} as const;

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const clock = options.clock ?? new ManualClock(DEFAULT_TEST_INSTANT);
  const database: FreshDatabase = options.sharedDatabaseUrl
    ? { url: options.sharedDatabaseUrl, drop: async () => {} }
    : options.dialect === 'mysql'
      ? await freshMysqlDatabase()
      : freshSqliteDatabase();
  const mediaDir = mkdtempSync(join(tmpdir(), 'zz-media-'));
  let app: App;
  let config: Readonly<Config>;
  // Every statement passes here; statementsDuring() listens while its work runs.
  let listener: ((sql: string) => void) | null = null;
  let failingInserts: string | null = null;
  const faults: KyselyPlugin = {
    transformQuery({ node }) {
      if (failingInserts !== null && InsertQueryNode.is(node) && node.into?.table.identifier.name === failingInserts) {
        throw new Error(`injected fault: insert into ${failingInserts}`);
      }
      return node;
    },
    transformResult: async ({ result }) => result,
  };
  let handle: ReturnType<typeof createDatabase> | undefined;
  try {
    config = loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: database.url,
      PII_KEY: randomBytes(32).toString('base64'),
      CERTIFICATE_SIGNING_KEY: randomBytes(32).toString('base64'),
      // Where certificate QR codes point; production servers must name one (https).
      PUBLIC_BASE_URL: 'https://dangan.zhangzhou.test',
      SEED_DEMO: 'false',
      STATIC_DIR: '',
      // Public images of this server only, removed with it (the repository's data/media stays untouched).
      MEDIA_DIR: join(mediaDir, 'media'),
      // The public response cache is off unless a suite turns it on (PUBLIC_CACHE_TTL): seed helpers write with
      // plain SQL, not through the writers that invalidate it, and a suite reading the feed between seeds would see
      // its first answer. Suites about caching and publishing to readers turn it on.
      PUBLIC_CACHE_TTL: '0',
      ...UNLIMITED_ATTEMPTS,
      ...options.env,
    });
    const wechat =
      options.wechatTimeoutMs === undefined
        ? undefined
        : createWechatClient({ ...config.wechat, timeoutMs: options.wechatTimeoutMs, now: () => clock.now() });
    handle = createDatabase(config.database, { onStatement: (sql) => listener?.(sql), plugins: [faults] });
    const persistedOperations = options.persistedDocuments && [
      ...loadPersistedOperations(),
      ...options.persistedDocuments.map((text) => [persistedOperationId(text), text] as const),
    ];
    app = await createApp(config, {
      clock,
      wechat,
      scheduler: false,
      database: handle,
      persistedOperations: persistedOperations && new Map(persistedOperations),
    });
  } catch (error) {
    await handle?.destroy();
    await database.drop();
    rmSync(mediaDir, { recursive: true, force: true });
    throw error;
  }
  const ownHandle = handle;
  const { url } = await app.listen();

  const server: TestServer = {
    dialect: options.dialect,
    url,
    databaseUrl: database.url,
    clock,
    app,
    config,
    db: app.services.db,
    async execute(document, variables, token, headers) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
        body: JSON.stringify({ query: String(document), variables }),
      });
      const text = await response.text();
      try {
        return JSON.parse(text);
      } catch {
        throw new Error(`/graphql answered ${response.status} with non-JSON: ${text.slice(0, 200)}`);
      }
    },
    executeRaw(query, variables, token, headers) {
      const raw = new TypedDocumentString<Record<string, unknown>, Record<string, unknown> | undefined>(query);
      return server.execute(raw, variables, token, headers);
    },
    async statementsDuring(work) {
      const seen: string[] = [];
      listener = (sql) => seen.push(sql);
      try {
        await work();
      } finally {
        listener = null;
      }
      return seen;
    },
    async whileInsertsFail(table, work) {
      failingInserts = table;
      try {
        await work();
      } finally {
        failingInserts = null;
      }
    },
    async close() {
      try {
        await app.close();
        await ownHandle.destroy();
      } finally {
        rmSync(mediaDir, { recursive: true, force: true });
        await database.drop();
      }
    },
  };
  return server;
}

function freshSqliteDatabase(): FreshDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'zz-test-'));
  return {
    url: `sqlite:${join(dir, 'archive.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function freshMysqlDatabase(): Promise<FreshDatabase> {
  const { createConnection } = await import('mysql2/promise');
  const serverUrl = mysqlUrl();
  const name = `zz_t_${randomBytes(6).toString('hex')}`;
  const admin = await createConnection({ uri: serverUrl });
  try {
    // The same character set and collation production uses, whatever the server's defaults are.
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const conn = await createConnection({ uri: serverUrl });
      try {
        await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      } finally {
        await conn.end();
      }
    },
  };
}
