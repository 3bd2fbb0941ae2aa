import { defineConfig } from 'vitest/config';

/** End-to-end tests in Firefox ESR: the built .output/firefox-mv3, one file at a time (2 cores). */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
