#!/usr/bin/env node
// Runs every check in order and ends with one plain line: "total: N passed, M failed".
// Steps: ESLint (the layers), typecheck, unit tests, production build, its byte budgets and no test
// hooks in it, end-to-end tests in Chromium on the e2e build; then the Firefox build, `web-ext lint`
// on it and end-to-end tests in Firefox ESR.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let broken = false;

function run(name, cmd, args, jsonReport) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  console.log(`=== ${name}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (jsonReport && existsSync(jsonReport)) {
    const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
  }
  if (result.status !== 0) broken = true;
  return result.status === 0;
}

const vitest = (config, out) => ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];

run('eslint', 'npm', ['run', 'lint:eslint']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('unit', 'npx', vitest(null, 'test-results/unit.json'), 'test-results/unit.json');
if (run('build', 'npx', ['wxt', 'build'])) {
  // The bench's byte budgets (issue 7) on the build just made; its timed figures need a quiet machine.
  run('byte budgets', 'node', ['scripts/bench.mjs', '--bytes', '--ext=.output/chrome-mv3', '--report=test-results/bytes.json'], 'test-results/bytes.json');
  run('no test hooks', 'node', ['scripts/check-test-hooks.mjs', '.output/chrome-mv3', '--report', 'test-results/test-hooks.json'], 'test-results/test-hooks.json');
}
// The e2e tests run on the e2e build (.output/chrome-mv3-e2e): the store build plus its test hooks.
if (run('build e2e', 'npx', ['wxt', 'build', '--mode', 'e2e'])) {
  run('e2e chromium', 'npx', vitest('vitest.e2e.config.ts', 'test-results/e2e.json'), 'test-results/e2e.json');
}
// Firefox: its own build (.output/firefox-mv3), Mozilla's linter on it, then the e2e in Firefox ESR.
if (run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox'])) {
  run('no test hooks firefox', 'node', ['scripts/check-test-hooks.mjs', '.output/firefox-mv3', '--report', 'test-results/test-hooks-firefox.json'], 'test-results/test-hooks-firefox.json');
  run('lint firefox', 'node', ['scripts/firefox-lint.mjs', '.output/firefox-mv3', '--report', 'test-results/lint-firefox.json'], 'test-results/lint-firefox.json');
  run('e2e firefox', 'npx', vitest('vitest.firefox.config.ts', 'test-results/e2e-firefox.json'), 'test-results/e2e-firefox.json');
}

console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
