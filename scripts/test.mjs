#!/usr/bin/env node
// Runs every check and ends with the tests that failed, if any, and one plain line:
// "total: N passed, M failed".
// 1. At full speed, side by side, everything that only needs the CPU: the two builds the e2e files
//    load (Chromium's with its test hooks, .output/chrome-mv3-e2e, and Firefox's: the store build's
//    code and manifest, both minified by esbuild; terser, for the store and the byte budgets, takes
//    three times the CPU), ESLint (the layers), typecheck, the unit tests, Chromium's store build
//    then its byte budgets and the check that no test hook ships, the same check and `web-ext lint`
//    on Firefox's.
// 2. The timed e2e files, three at a time (LIMBER_E2E_GROUP=timed: on the fast clock, Chromium's
//    and Firefox's, where a real second without the CPU is a simulated minute late), alone.
// 3. The rest of the e2e files four at a time (layout, text, pages on the real clock:
//    LIMBER_E2E_GROUP=layout), in browsers that yield the CPU (nice 19).
// Steps that run side by side print their output as one block when they end; every step ends
// with a line "=== <step>: exit <code> in <seconds> s".
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let broken = false;

/** Each failed test as "file > test: first line of its error", for the summary at the end. */
const failures = [];

function count(jsonReport) {
  if (!jsonReport || !existsSync(jsonReport)) return;
  const report = JSON.parse(readFileSync(jsonReport, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      // The error's first line, and its last before the stack: a message that tells a story ends in what failed.
      const lines = (test.failureMessages ?? []).join('\n').split('\n').filter((line) => line.trim() && !/^\s+at /.test(line));
      const message = lines.length > 1 ? `${lines[0]} ... ${lines.at(-1)}` : (lines[0] ?? '');
      failures.push(`${file.name.replace(`${process.cwd()}/`, '')} > ${test.fullName ?? test.title}: ${message.slice(0, 400)}`);
    }
  }
}

/** Runs one step; resolves to whether it passed. `alongside`: buffer its output, print it at the end. */
function run(name, cmd, args, { report, alongside = false, env = {} } = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}${alongside ? ' (alongside others: output when it ends)' : ''}`);
  const started = Date.now();
  // A report left by an earlier run must not count for this one.
  if (report) rmSync(report, { force: true });
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: alongside ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    const output = [];
    if (alongside) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    let error = null;
    child.on('error', (e) => (error = e));
    child.on('close', (code, signal) => {
      if (alongside) {
        console.log(`\n=== ${name}: output`);
        process.stdout.write(Buffer.concat(output));
      }
      if (error) console.log(`=== ${name}: ${error.message}`);
      console.log(`=== ${name}: exit ${code ?? signal} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      count(report);
      const ok = code === 0 && !error;
      if (!ok) broken = true;
      resolve(ok);
    });
  });
}

const vitest = (config, out) => ['vitest', 'run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];

const beside = { alongside: true };
const e2e = (group, workers) => run(`e2e ${group}`, 'npx', vitest('vitest.e2e.config.ts', `test-results/e2e-${group}.json`), {
  report: `test-results/e2e-${group}.json`, env: { LIMBER_E2E_GROUP: group, LIMBER_E2E_WORKERS: String(workers) },
});

/** A node script whose JSON report counts in the total. */
const script = (name, args, report) => run(name, 'node', args, { report, ...beside });
/** No test hook in a store build (scripts/check-test-hooks.mjs). */
const noTestHooks = (name, dir, report) => script(name, ['scripts/check-test-hooks.mjs', dir, '--report', report], report);

// 1. Everything that only needs the CPU, at full speed, side by side.
const storeBuildChecked = async () => {
  if (!(await run('build', 'npx', ['wxt', 'build'], beside))) return;
  // The bench's byte budgets (issue 7) on the build just made; its timed figures need a quiet machine.
  await script('byte budgets', ['scripts/bench.mjs', '--bytes', '--ext=.output/chrome-mv3', '--report=test-results/bytes.json'], 'test-results/bytes.json');
  await noTestHooks('no test hooks', '.output/chrome-mv3', 'test-results/test-hooks.json');
};
const firefoxBuildChecked = async () => {
  if (!(await run('build firefox', 'npx', ['wxt', 'build', '-b', 'firefox'], { ...beside, env: { LIMBER_TEST_BUILD: '1' } }))) return false;
  await noTestHooks('no test hooks firefox', '.output/firefox-mv3', 'test-results/test-hooks-firefox.json');
  // Mozilla's linter on the Firefox build.
  await script('lint firefox', ['scripts/firefox-lint.mjs', '.output/firefox-mv3', '--report', 'test-results/lint-firefox.json'], 'test-results/lint-firefox.json');
  return true;
};
const [e2eBuilt, firefoxBuilt] = await Promise.all([
  run('build e2e', 'npx', ['wxt', 'build', '--mode', 'e2e'], beside),
  firefoxBuildChecked(),
  storeBuildChecked(),
  run('eslint', 'npm', ['run', 'lint:eslint'], beside),
  run('typecheck', 'npx', ['tsc', '--noEmit'], beside),
  run('unit', 'npx', vitest(null, 'test-results/unit.json'), { report: 'test-results/unit.json', ...beside }),
]);

const built = e2eBuilt && firefoxBuilt;
if (!built) broken = true;
// 2. The timed files, with the machine to themselves; then the real-clock files. Beside them, even
//    yielding the CPU (nice 19), the real-clock files made breaks on the fast clock late and ran
//    out their own timeouts, and the unit tests were starved for ten minutes: the machine was saturated.
if (built) {
  await e2e('timed', 3);
  await e2e('layout', 4);
}

if (failures.length > 0) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(broken || failed > 0 ? 1 : 0);
