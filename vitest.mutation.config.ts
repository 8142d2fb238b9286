// The vitest configuration Stryker runs (npm run test:mutation): the unit suites of the shared rules, with
// @zz/shared resolved to this tree's sources, so the mutated copy in Stryker's sandbox is the one tested.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sharedSources = fileURLToPath(new URL('./shared/src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@zz\/shared$/, replacement: `${sharedSources}index.ts` },
      { find: /^@zz\/shared\/(.*)$/, replacement: `${sharedSources}$1` },
    ],
  },
  test: {
    include: ['tests/shared/**/*.test.ts'],
    pool: 'forks',
  },
});
