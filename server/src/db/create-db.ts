// Opens the database named by the configuration: MySQL (production, through a mysql2 pool) or the
// embedded SQLite file (development and tests). Everything above this file is dialect-agnostic.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  type KyselyPlugin,
  type LogEvent,
  MysqlDialect,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteStatement,
} from 'kysely';
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
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sqlText) {
      let statement = statements.get(sqlText);
      if (statement) statements.delete(sqlText);
      else statement = withRowsBuiltInJs(sqlite.prepare(sqlText));
      statements.set(sqlText, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      return statement;
    },
  };
}

/**
 * A reading statement whose rows come as arrays and become objects through a function made once for its columns:
 * better-sqlite3 builds each row object property by property in C++, which was a third of the time of reading a
 * feed page of 27 columns. The objects are the same (a column named twice keeps its last value, as before).
 */
function withRowsBuiltInJs(statement: SQLite.Statement): SqliteStatement {
  if (!statement.reader) return statement;
  statement.raw(true);
  const toRow = rowMaker(statement.columns().map((column) => column.name));
  return {
    reader: true,
    all: (parameters) => (statement.all(parameters) as unknown[][]).map(toRow),
    run: (parameters) => statement.run(parameters),
    *iterate(parameters) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toRow(values);
    },
  };
}

/** `values => ({ "id": values[0], "title": values[1], … })`: an object literal V8 builds at once. */
function rowMaker(names: string[]): (values: unknown[]) => Record<string, unknown> {
  const properties = names.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(', ');
  return new Function('values', `return { ${properties} };`) as (values: unknown[]) => Record<string, unknown>;
}
