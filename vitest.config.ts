import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

/** Files that mock a module or stub globals: each needs a module graph of its own. */
const OWN_MODULES = [
  'tests/unit/entrypoints/background/answers.test.ts',
  'tests/unit/entrypoints/background/handlers.test.ts',
  'tests/unit/entrypoints/background/scheduler.test.ts',
  'tests/unit/entrypoints/options/BreaksTab.test.tsx',
  'tests/unit/platform/history-fallback.test.ts',
  'tests/unit/platform/settings-store.test.ts',
];

const shared = {
  setupFiles: ['tests/unit/setup.ts'],
  restoreMocks: true,
  // A guard against a hang, not a speed check (`npm run bench`): on a saturated host (once beside
  // the e2e files) the generated-input tests (2-8 s alone) and even plain render tests ran out 30 s.
  testTimeout: 120_000,
};

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    // Every core: vitest's default leaves one idle, which on 2 cores is half the machine.
    maxWorkers: availableParallelism(),
    projects: [
      // Most files share a worker's modules (not isolated): importing them again for every file was
      // two thirds of the unit tests' CPU.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.{ts,tsx}'], exclude: OWN_MODULES, isolate: false, ...shared } },
      { extends: true, test: { name: 'unit-isolated', include: OWN_MODULES, ...shared } },
    ],
  },
});
