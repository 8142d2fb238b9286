// Helpers for migrations that must run on MySQL/MariaDB (and TiDB) and on SQLite. Frozen like the
// migrations that use them: change behaviour only by adding a new helper.
import { type CreateTableBuilder, type Kysely, MysqlAdapter, sql } from 'kysely';

export function isMysql(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof MysqlAdapter;
}

/** Adds MySQL's engine and utf8mb4 character set; SQLite tables are UTF-8 already. */
export function withTableOptions<T extends string, C extends string>(
  db: Kysely<unknown>,
  builder: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  return isMysql(db)
    ? builder.modifyEnd(sql`engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci`)
    : builder;
}

/**
 * A binary column for values up to 16 MiB: MEDIUMBLOB on MySQL (its plain BLOB stops at 64 KiB), BLOB on
 * SQLite (which has no size classes).
 */
export function mediumBinary(db: Kysely<unknown>) {
  return isMysql(db) ? sql`mediumblob` : sql`blob`;
}

/** DROP INDEX: MySQL names the table (`… ON t`), SQLite refuses that (index names are per database there). */
export function dropIndex(db: Kysely<unknown>, index: string, table: string) {
  const drop = db.schema.dropIndex(index);
  return isMysql(db) ? drop.on(table) : drop;
}
