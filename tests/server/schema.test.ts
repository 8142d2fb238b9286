// The printed schema is an artifact the client is typed from: the committed file must match the code.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../server/src/config';
import { printedSchema } from '../../server/src/schema';

describe('server/schema.graphql', () => {
  it('is the schema the server builds', () => {
    const committed = readFileSync(resolve(REPO_ROOT, 'server/schema.graphql'), 'utf8');
    const stale = committed !== printedSchema();
    // A plain message rather than a diff of the whole file: the fix is always the same command.
    expect(stale, 'server/schema.graphql is stale: run `npm run schema:print` and commit the result').toBe(false);
  });
});
