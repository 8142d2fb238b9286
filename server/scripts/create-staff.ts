// npm run staff:create -- --username li --password '…' --name 李馆员 --role CHECKER --branch city
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/create-db';
import { migrateToLatest } from '../src/db/migrate';
import { createStaffAccount } from '../src/modules/accounts/auth.service';
import type { StaffRole } from '../src/platform/access/actor';
import { seedReferenceData } from '../src/seed/seed';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    password: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'BRANCH_STAFF' },
    branch: { type: 'string', default: 'city' },
  },
});
if (!values.username || !values.password) {
  console.error(
    'usage: npm run staff:create -- --username NAME --password PASS [--name 显示名] [--role ADMIN|BRANCH_ADMIN|BRANCH_STAFF|CHECKER] [--branch city]',
  );
  process.exit(2);
}
const config = loadConfig();
const database = createDatabase(config.database);
try {
  await migrateToLatest(database.db);
  await seedReferenceData(database.db, Date.now());
  const id = await createStaffAccount(database.db, Date.now(), {
    username: values.username,
    password: values.password,
    displayName: values.name ?? values.username,
    role: values.role as StaffRole,
    branchCode: values.branch ?? 'city',
  });
  console.log(`staff account ${values.username} created (id ${id}, role ${values.role}, branch ${values.branch})`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.destroy();
}
