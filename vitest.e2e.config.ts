import { defineConfig } from 'vitest/config';

/** Browser tests: playwright-core driving Chromium against a real server on a random port. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
