// npm run audit:verify — checks the audit log's hash chain in DATABASE_URL (with PII_KEY, the key it was written
// with) from the latest purge anchor to the head. Prints the result; exits 1 on a break, 2 when it cannot check.
import { loadConfig } from '../src/config';
import { createDatabase } from '../src/db/create-db';
import { describeVerdict, verifyAuditChain } from '../src/platform/audit/audit-chain';
import { PersonalDataVault } from '../src/platform/pii/vault';

const config = loadConfig();
const database = createDatabase(config.database);
try {
  const verdict = await verifyAuditChain({ db: database.db, vault: new PersonalDataVault(config.piiKey) });
  console.log(describeVerdict(verdict));
  process.exitCode = verdict.ok ? 0 : 1;
} catch (error) {
  console.error(`audit chain could not be checked: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await database.destroy();
}
