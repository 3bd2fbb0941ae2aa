#!/usr/bin/env node
// node scripts/check-test-hooks.mjs <build dir> [--report FILE]
//
// The store build must carry nothing made only for tests: the e2e build's hooks (platform/build-mode.ts)
// are `globalThis.limberNudge` in the worker and `dataset.chime` on the break page. Fails (exit 1)
// when a file of the build names either. With --report, writes {numPassedTests, numFailedTests}
// (one check per hook) for npm test's total.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

export const TEST_HOOKS = ['limberNudge', 'dataset.chime'];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(js|mjs|html|json)$/.test(name)) yield path;
  }
}

/** Each hook with the build's files that name it (none, in a store build). */
export function findTestHooks(dir) {
  const found = Object.fromEntries(TEST_HOOKS.map((hook) => [hook, []]));
  for (const path of files(dir)) {
    const text = readFileSync(path, 'utf8');
    for (const hook of TEST_HOOKS) if (text.includes(hook)) found[hook].push(relative(dir, path));
  }
  return found;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const reportAt = args.indexOf('--report');
  const report = reportAt >= 0 ? args.splice(reportAt, 2)[1] : undefined;
  const dir = args[0] ?? '.output/chrome-mv3';
  const found = findTestHooks(dir);
  let failed = 0;
  for (const [hook, where] of Object.entries(found)) {
    if (where.length > 0) failed += 1;
    console.log(where.length > 0 ? `FAIL ${hook} ships in ${dir}: ${where.join(', ')}` : `ok   ${hook} is not in ${dir}`);
  }
  if (report) writeFileSync(report, JSON.stringify({ numPassedTests: TEST_HOOKS.length - failed, numFailedTests: failed }));
  process.exit(failed > 0 ? 1 : 0);
}
