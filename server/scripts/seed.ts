// npm run db:seed — migrates, inserts reference data and (once per database) the demo content.
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/create-db';
import { migrateToLatest } from '../src/db/migrate';
import { createFileMediaStorage } from '../src/platform/media/media-storage';
import { seedDemoContent, seedReferenceData } from '../src/seed/seed';

const config = loadConfig();
const database = createDatabase(config.database);
try {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db, Date.now());
  const seeded = await seedDemoContent(database.db, Date.now(), createFileMediaStorage(config.content.mediaDir));
  console.log(seeded ? 'demo content seeded' : 'demo content was already there; nothing seeded');
} finally {
  await database.destroy();
}
