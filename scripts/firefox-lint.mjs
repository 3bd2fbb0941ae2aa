#!/usr/bin/env node
// `web-ext lint` (Mozilla's addons-linter, what AMO runs on upload) on the Firefox build.
// Fails on any error, and on any warning not explained below. Run `wxt build -b firefox` first.
//
// Explained warnings (unavoidable):
// - UNSAFE_VAR_ASSIGNMENT "Unsafe assignment to innerHTML" in the chunk that holds Preact: it is
//   Preact's own renderer, the branch that implements `dangerouslySetInnerHTML`. Limber never
//   uses that prop (checked below against our sources), so the branch never runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// Usage: node scripts/firefox-lint.mjs [build dir] [--report file.json]
// The report counts the lint as one check (vitest's JSON field names), for scripts/test.mjs.
const args = process.argv.slice(2);
const reportAt = args.indexOf('--report');
const reportFile = reportAt >= 0 ? args.splice(reportAt, 2)[1] : null;
const dir = args[0] ?? '.output/firefox-mv3';
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`firefox-lint: no build in ${dir} (run: npx wxt build -b firefox)`);
  process.exit(1);
}

const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(result.stdout);
} catch {
  console.error(result.stdout, result.stderr);
  console.error('firefox-lint: web-ext lint gave no JSON report');
  process.exit(1);
}

function sourcesUse(pattern) {
  const hits = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name) && pattern.test(readFileSync(p, 'utf8'))) hits.push(p);
    }
  };
  for (const d of ['entrypoints', 'components', 'platform', 'core', 'data']) if (existsSync(d)) walk(d);
  return hits;
}

const explained = {
  UNSAFE_VAR_ASSIGNMENT: (w) => {
    const chunk = readFileSync(join(dir, w.file), 'utf8');
    return chunk.includes('dangerouslySetInnerHTML') && sourcesUse(/dangerouslySetInnerHTML|\.innerHTML\s*=/).length === 0;
  },
};

const line = (m) => ` ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
const errors = report.errors ?? [];
const warnings = report.warnings ?? [];
const unexplained = warnings.filter((w) => !explained[w.code]?.(w));
console.log(`web-ext lint ${dir}: ${errors.length} errors, ${warnings.length} warnings (${warnings.length - unexplained.length} explained), ${(report.notices ?? []).length} notices`);
for (const e of errors) console.log(`error${line(e)}`);
for (const w of warnings) console.log(`${unexplained.includes(w) ? 'UNEXPLAINED warning' : 'explained warning'}${line(w)}`);
const ok = errors.length === 0 && unexplained.length === 0;
if (reportFile) mkdirSync(dirname(reportFile), { recursive: true });
if (reportFile) writeFileSync(reportFile, JSON.stringify({ numPassedTests: ok ? 1 : 0, numFailedTests: ok ? 0 : 1 }));
process.exit(ok ? 0 : 1);
