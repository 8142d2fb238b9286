// Runs the migrations with Kysely's Migrator. The list is static (not read from disk) so it works the same
// from tsx, vitest and a bundled build. Kysely takes a lock table, so several processes may start at once.
import { type Kysely, type Migration, type MigrationResultSet, Migrator } from 'kysely';
import { migrations } from './migrations';

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against no particular schema
export async function migrateToLatest(db: Kysely<any>): Promise<MigrationResultSet> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations as Record<string, Migration> },
  });
  const result = await migrator.migrateToLatest();
  if (result.error) throw result.error;
  return result;
}
