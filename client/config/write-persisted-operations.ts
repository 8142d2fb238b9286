// `npm run codegen`'s last step: writes server/persisted-operations.json from the operations just generated, compacted
// as the build ships them (see persisted-operations.ts).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sentDocuments } from './compact-operations';
import { MANIFEST_PATH, manifestOf, manifestText } from './persisted-operations';

const CLIENT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATED = path.join(CLIENT, 'src/graphql/generated');
const MANIFEST_FILE = path.resolve(CLIENT, '..', MANIFEST_PATH);

const modules = readdirSync(GENERATED, { recursive: true })
  .map(String)
  .filter((file) => path.basename(file) === 'operations.ts')
  .sort();
const manifest = manifestOf(modules.flatMap((file) => sentDocuments(readFileSync(path.join(GENERATED, file), 'utf8'))));
writeFileSync(MANIFEST_FILE, manifestText(manifest));
console.log(`${path.relative(process.cwd(), MANIFEST_FILE)}: ${manifest.operations.length} operations`);
