import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Roughly how long each file runs in `npm test`'s e2e steps, in real seconds on 2 cores (the
 * clean-clone runs of 2026-12-02: the timed files on a quiet host, the others on a saturated one:
 * only their order counts). Files run side by side, longest first: the long
 * ones start at once and the short ones fill in around them. One exception to the order: the second
 * half of the answer tries starts after the welcome file, not beside the first half (two files
 * stopping workers every few seconds, with the first files' browsers starting, made breaks late).
 * A file missing here runs after these, in vitest's own order.
 */
const LONGEST_FIRST: Readonly<Record<string, number>> = {
  // Timed (on the fast clock): the clean-clone run of 2026-12-02 17:11 (quiet host).
  'e2e/schedule-day.e2e.ts': 110,
  'e2e-firefox/core-loop.e2e.ts': 104,
  'e2e/answer-reliability-1.e2e.ts': 100, // runs about 53
  'e2e/welcome.e2e.ts': 99, // runs about 38; see above
  'e2e/answer-reliability-2.e2e.ts': 98, // runs about 52; see above
  'e2e/core-loop.e2e.ts': 64,
  'e2e/schedule-pause.e2e.ts': 63,
  'e2e/short-breaks.e2e.ts': 63,
  'e2e/firmness.e2e.ts': 61,
  'e2e/nudge-styles.e2e.ts': 48,
  'e2e/schedule-working-hours.e2e.ts': 43,
  'e2e/meeting-hold.e2e.ts': 25,
  'e2e/meeting-permission.e2e.ts': 16,
  // On the real clock.
  'e2e/cards.e2e.ts': 80,
  'e2e/options.e2e.ts': 70,
  'e2e/a11y.e2e.ts': 45,
  'e2e/card-keyboard.e2e.ts': 38,
  'e2e/a11y-dark.e2e.ts': 37,
  'e2e/i18n-ja.e2e.ts': 20,
  'e2e/i18n.e2e.ts': 16,
  'e2e/i18n-pt.e2e.ts': 16,
  'e2e/i18n-fr.e2e.ts': 16,
  'e2e/i18n-es.e2e.ts': 12,
  'e2e/own-stretches.e2e.ts': 14,
  'e2e/safety-note.e2e.ts': 8,
  'e2e/popup.e2e.ts': 4,
};

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    /** A file's folder and name, as the table above keys it. */
    const key = (f: TestSpecification) => f.moduleId.split('/').slice(-2).join('/');
    const known = (f: TestSpecification) => LONGEST_FIRST[key(f)] ?? -1;
    const rest = await super.sort(files.filter((f) => known(f) < 0));
    return [...files.filter((f) => known(f) >= 0).sort((a, b) => known(b) - known(a)), ...rest];
  }
}

/**
 * The timed files: on the fast clock (Firefox's too), where a real second without the CPU is a
 * simulated minute late. `npm test` runs them with nothing else beside them, before the other
 * files. (The keyboard break's hold runs in real time and is read
 * from the page's start: it is one of those.)
 */
const TIMED_FILES = [
  'tests/e2e/schedule-day.e2e.ts', 'tests/e2e/answer-reliability-1.e2e.ts', 'tests/e2e/answer-reliability-2.e2e.ts', 'tests/e2e/schedule-pause.e2e.ts',
  'tests/e2e/core-loop.e2e.ts', 'tests/e2e/nudge-styles.e2e.ts', 'tests/e2e/schedule-working-hours.e2e.ts',
  'tests/e2e/welcome.e2e.ts', 'tests/e2e-firefox/core-loop.e2e.ts',
  'tests/e2e/short-breaks.e2e.ts', 'tests/e2e/firmness.e2e.ts', 'tests/e2e/meeting-hold.e2e.ts',
  'tests/e2e/meeting-permission.e2e.ts',
];

/**
 * LIMBER_E2E_GROUP picks the files: `timed` those above, `layout` the rest (layout, text, pages on
 * the real clock: `npm test` runs them after the timed ones); unset, all.
 */
function files(group: string | undefined): { include: string[]; exclude?: string[] } {
  if (group === 'timed') return { include: TIMED_FILES };
  if (group === 'layout') return { include: ['tests/e2e/**/*.e2e.ts'], exclude: TIMED_FILES };
  return { include: ['tests/e2e/**/*.e2e.ts', 'tests/e2e-firefox/**/*.e2e.ts'] };
}

/**
 * End-to-end tests: real Chromium (and Firefox ESR), the built extension. Each file launches its
 * own browser in its own profile; E2E_WORKERS files run at once (LIMBER_E2E_WORKERS overrides it).
 */
const E2E_WORKERS = Number(process.env.LIMBER_E2E_WORKERS) || 4;

export default defineConfig({
  test: {
    ...files(process.env.LIMBER_E2E_GROUP),
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
