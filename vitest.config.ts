// One vitest configuration for the repo. Suites under tests/ start real servers against real databases,
// so files run in separate forks and at most two at a time (the machines have 2 cores).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
