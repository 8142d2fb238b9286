// One vitest configuration for the repo. Suites under tests/ start real servers against real databases,
// so files run in separate forks and at most two at a time (the machines have 2 cores).
import { configDefaults, defineConfig } from 'vitest/config';

const UNIT = ['tests/shared/**/*.test.ts', 'tests/client/**/*.test.ts'];
const E2E = ['tests/e2e/**/*.test.ts'];

export default defineConfig({
  resolve: {
    // Node resolves `graphql` to its CommonJS build (for the server under tsx, and for Pothos and Yoga here),
    // while Vite would pick the `module` build for our own sources: two copies of graphql that reject each
    // other's types ("Cannot use GraphQLObjectType from another module or realm"). Pin it to Node's choice.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // `npm run test:unit` picks projects by name; `vitest run` runs them all. Every test file outside the unit
    // and e2e folders belongs to `server`, so a new folder is never silently left out.
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...UNIT, ...E2E],
        },
      },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
