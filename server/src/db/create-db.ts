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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), log, plugins: options.plugins });
  return { db, dialect: 'sqlite', destroy: () => db.destroy() };
}
