// npm run db:migrate — applies pending migrations to DATABASE_URL.
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/create-db';
import { migrateToLatest } from '../src/db/migrate';

const config = loadConfig();
const database = createDatabase(config.database);
try {
  const { results } = await migrateToLatest(database.db);
  for (const r of results ?? []) console.log(`${r.status.padEnd(7)} ${r.migrationName}`);
  if (!results?.length) console.log('already up to date');
} finally {
  await database.destroy();
}
