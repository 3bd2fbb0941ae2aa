import { basename } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Roughly how long each file runs on its own, in real seconds (2 cores). Most of it is waiting on
 * the simulated clock, so files run side by side, longest first: the 4-hour day starts at once and
 * the short files fill in around it. A file missing here runs after these, in vitest's own order.
 */
const LONGEST_FIRST: Readonly<Record<string, number>> = {
  'schedule-day.e2e.ts': 135,
  'answer-reliability.e2e.ts': 100,
  'core-loop.e2e.ts': 62,
  'schedule-pause.e2e.ts': 62,
  'nudge-styles.e2e.ts': 48,
  'schedule-working-hours.e2e.ts': 40,
  'card-keyboard.e2e.ts': 30,
  'options.e2e.ts': 28,
  'i18n.e2e.ts': 25,
  'a11y.e2e.ts': 24,
  'safety-note.e2e.ts': 16,
  'cards.e2e.ts': 12,
  'popup.e2e.ts': 3,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = (f: TestSpecification) => LONGEST_FIRST[basename(f.moduleId)] ?? -1;
    const rest = await super.sort(files.filter((f) => known(f) < 0));
    return [...files.filter((f) => known(f) >= 0).sort((a, b) => known(b) - known(a)), ...rest];
  }
}

/**
 * End-to-end tests: real Chromium, the built extension. Each file launches its own browser in its
 * own profile; E2E_WORKERS files run at once (LIMBER_E2E_WORKERS overrides it, 1 runs them one by one).
 */
// One at a time until the parallel suite is green on 2 cores: at 4, three clean-clone runs on 2026-12-02 saw
// fast-clock browsers lose 7-23 simulated minutes at launch and the Firefox e2e open its first break late.
const E2E_WORKERS = Number(process.env.LIMBER_E2E_WORKERS) || 1;

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    // A launch may wait for the browsers of other files to start first (one at a time).
    hookTimeout: 180_000,
    fileParallelism: E2E_WORKERS > 1,
    maxWorkers: E2E_WORKERS,
    sequence: { sequencer: LongestFirst },
    // Waiting for a condition (a page drawn, a worker's answer) may take seconds with several browsers at once.
    expect: { poll: { timeout: 10_000 } },
  },
});
