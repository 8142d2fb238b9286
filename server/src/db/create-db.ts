// Opens the database named by the configuration: MySQL (production, through a mysql2 pool) or the
// embedded SQLite file (development and tests). Everything above this file is dialect-agnostic.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type KyselyPlugin, type LogEvent, MysqlDialect, SqliteDialect } from 'kysely';
import { createPool } from 'mysql2';
import type { DatabaseConfig } from '../config';
import type { Database } from './database';

export type Dialect = DatabaseConfig['dialect'];

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  poolSize?: number;
  /**
   * Sees every statement sent, those the database refused too (tests count them against the statement budgets,
   * and count the inserts a unique index refused to show that concurrent requests reached it).
   */
  onStatement?: (sql: string) => void;
  /** Kysely plugins (tests inject faults with one to prove that a unit of work is atomic). */
  plugins?: KyselyPlugin[];
}

export function createDatabase(config: DatabaseConfig, options: DatabaseOptions = {}): DatabaseHandle {
  const log = options.onStatement ? (event: LogEvent) => options.onStatement?.(event.query.sql) : undefined;
  if (config.dialect === 'mysql') {
    const pool = createPool({
      uri: config.url,
      connectionLimit: options.poolSize ?? 10,
      // Instants are stored as epoch milliseconds (BIGINT); keep them numbers.
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'utf8mb4',
      timezone: 'Z',
    });
    const db = new Kysely<Database>({ dialect: new MysqlDialect({ pool }), log, plugins: options.plugins });
    return { db, dialect: 'mysql', destroy: () => db.destroy() };
  }
  if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  // WAL lets readers proceed beside the single writer; the busy timeout covers a second process
  // (e.g. `npm run db:seed` while the server runs).
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    log,
    plugins: options.plugins,
  });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}

/** Compiled statements kept per SQL text; the least recently used goes beyond this many. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew, and better-sqlite3 compiles SQL on each prepare: a fifth of a simple read's
 * time in the feed's profile. Statements are reusable, so the compiled ones of recent SQL texts are kept (bounded,
 * least recently used out). Safe here: statements run synchronously on the one connection, and nothing streams
 * (a statement being iterated could not be reused meanwhile); SQLite recompiles a kept statement itself when a
 * migration changes the schema.
 */
function withStatementCache(sqlite: SQLite.Database): { close(): void; prepare(sql: string): SQLite.Statement } {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText) {
      let statement = statements.get(sqlText);
      if (statement) statements.delete(sqlText);
      else statement = sqlite.prepare(sqlText);
      statements.set(sqlText, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}
