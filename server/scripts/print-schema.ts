// Writes server/schema.graphql from the Pothos schema. A test fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../src/config';
import { printedSchema } from '../src/schema';

const target = resolve(REPO_ROOT, 'server/schema.graphql');
writeFileSync(target, printedSchema());
console.log(`wrote ${target}`);
