// Runs the migrations with Kysely's Migrator. The list is static (not read from disk) so it works the same
// from tsx, vitest and a bundled build.
//
// Several processes may start at once. Kysely's own lock on MySQL is GET_LOCK, which a Galera cluster keeps per
// node: three processes on three nodes would each take "the" lock and run the same DDL together. So on MySQL a
// process first claims a lease row (one primary key, inserted in its own statement): the cluster certifies that
// insert everywhere, so exactly one process holds it; the others wait until it is gone, then find nothing left to
// run. A lease whose holder died (killed mid-migration) expires and is taken over by a conditional update.
import { randomUUID } from 'node:crypto';
import { DEFAULT_MIGRATION_TABLE, type Kysely, type Migration, type MigrationResultSet, Migrator, sql } from 'kysely';
import { isRetryableTransactionError, isUniqueViolation } from './db-errors';
import { migrations } from './migrations';
import { isMysql } from './migrations/portable';

const LEASE_TABLE = 'zz_migration_lease';
const LEASE_SECONDS = 600;
const POLL_MS = 250;

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no particular schema
type AnyDb = Kysely<any>;

export async function migrateToLatest(db: AnyDb): Promise<MigrationResultSet> {
  if (!isMysql(db)) return runMigrations(db);
  const release = await claimLease(db);
  try {
    return await runMigrations(db);
  } finally {
    await release();
  }
}

/**
 * The migrations this build knows that the database has not recorded as run (readiness: /readyz). One plain read of
 * Kysely's table; a database without it (never migrated) fails the read, which the caller reports as not ready.
 */
export async function pendingMigrations(db: AnyDb): Promise<string[]> {
  const rows: { name: string }[] = await db.selectFrom(DEFAULT_MIGRATION_TABLE).select('name').execute();
  const done = new Set(rows.map((row) => row.name));
  return Object.keys(migrations).filter((name) => !done.has(name));
}

async function runMigrations(db: AnyDb): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations as Record<string, Migration> },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}

/** Waits until this process holds the lease; returns its release. */
async function claimLease(db: AnyDb): Promise<() => Promise<void>> {
  await sql`create table if not exists ${sql.table(LEASE_TABLE)} (
    id int not null primary key,
    holder varchar(64) not null,
    expires_at bigint not null
  )`.execute(db);
  const holder = randomUUID();
  for (;;) {
    const now = Date.now();
    try {
      await sql`insert into ${sql.table(LEASE_TABLE)} (id, holder, expires_at) values (1, ${holder}, ${now + LEASE_SECONDS * 1000})`.execute(
        db,
      );
      break;
    } catch (error) {
      // Another process holds it (a duplicate on this node, a certification conflict across nodes).
      if (!isUniqueViolation(error, 'PRIMARY') && !isRetryableTransactionError(error)) throw error;
    }
    // Its holder died: take it over, once, by a conditional update that only one process can win.
    const taken =
      await sql`update ${sql.table(LEASE_TABLE)} set holder = ${holder}, expires_at = ${now + LEASE_SECONDS * 1000}
      where id = 1 and expires_at < ${now}`
        .execute(db)
        .catch((error) => {
          if (isRetryableTransactionError(error)) return { numAffectedRows: 0n };
          throw error;
        });
    if (Number(taken.numAffectedRows ?? 0) === 1) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return async () => {
    await sql`delete from ${sql.table(LEASE_TABLE)} where id = 1 and holder = ${holder}`.execute(db);
  };
}
