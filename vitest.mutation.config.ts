// The vitest configuration Stryker runs (npm run test:mutation): the unit suites of the shared rules and the
// server suites that exercise capacity, statuses, booking, the waiting list, group visits and the door. @zz/shared
// resolves to this tree's sources, so the mutated copy in Stryker's sandbox is the one the server also loads.
// Server suites run on SQLite only here (MYSQL_URL and CI are cleared in the config below): a mutant either
// breaks a rule or it does not, and the MySQL run belongs to npm test.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSources = fileURLToPath(new URL('./shared/src/', import.meta.url));
delete process.env.MYSQL_URL;
delete process.env.CI;
// Thousands of short suites each create a SQLite file: keep them in memory-backed storage where there is one.
if (existsSync('/dev/shm')) process.env.TMPDIR = '/dev/shm';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@zz\/shared$/, replacement: `${sharedSources}index.ts` },
      { find: /^@zz\/shared\/(.*)$/, replacement: `${sharedSources}$1` },
      // The same pin as vitest.config.ts: one copy of graphql for Pothos, Yoga and our sources.
      { find: /^graphql$/, replacement: 'graphql/index.js' },
    ],
  },
  test: {
    include: [
      'tests/shared/**/*.test.ts',
      'tests/server/booking-*.test.ts',
      'tests/server/door-*.test.ts',
      'tests/server/closed-days.test.ts',
      'tests/server/suspension.test.ts',
      'tests/server/staff-ui-operations.test.ts',
      'tests/server/atomic-writes.test.ts',
      'tests/server/api-holes.test.ts',
      'tests/server/statement-budgets.test.ts',
      'tests/server/capacity-statements.test.ts',
      'tests/server/lookup-*.test.ts',
    ],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // One module graph for every file and every mutant run: importing the server (schema building included)
    // costs about a second per file, which isolation would pay again for each of thousands of mutants. The
    // suites share nothing in memory (each starts its own server on its own database), so this is safe.
    isolate: false,
  },
});
