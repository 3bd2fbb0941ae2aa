#!/usr/bin/env node
/**
 * Before/after page timings on a busy machine: loads two builds side by side in one headless
 * Chromium and interleaves their pages, so noise from other processes hits both alike.
 *   node scripts/bench/compare.mjs BEFORE_DIR AFTER_DIR [--runs=30]
 * Prints the medians of blank page, card and popup for each, and the after/before ratios.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchChromium } from './cdp.mjs';
import { PAGES, addReferencePages, median, timePage } from './pages.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 30);
if (dirs.length !== 2) throw new Error('usage: compare.mjs BEFORE_DIR AFTER_DIR [--runs=N]');
for (const d of dirs) addReferencePages(d);

const browser = await launchChromium({ extensionDir: dirs });
const views = browser.extensionIds.map((id) => ({ ...browser, url: (path) => `chrome-extension://${id}${path}` }));
await new Promise((r) => setTimeout(r, 1000));
const keep = await Promise.all(views.map((v) => v.openTab(v.url('/blank.html'))));
const samples = views.map(() => Object.fromEntries(Object.keys(PAGES).map((name) => [name, []])));
for (let round = 0; round < runs + 2; round++) {
  for (const [name, { path, key }] of Object.entries(PAGES)) {
    // Alternate which build goes first.
    const order = round % 2 ? [1, 0] : [0, 1];
    for (const i of order) {
      const r = await timePage(views[i], path, key);
      if (round >= 2) samples[i][name].push(r.ms);
    }
  }
}
for (const k of keep) await browser.closeTab(k.targetId);
await browser.close();

const out = { when: new Date().toISOString(), runs, builds: dirs, medians: samples.map((s) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, median(v)]))), samples };
console.log(`${runs} interleaved runs each`);
for (const name of Object.keys(PAGES)) {
  const [a, b] = out.medians.map((m) => m[name]);
  console.log(`${name.padEnd(6)} before ${a.toFixed(1).padStart(6)} ms  after ${b.toFixed(1).padStart(6)} ms  (${(b / a).toFixed(2)}x)`);
}
writeFileSync(resolve('bench-results', `compare-${out.when.replace(/[:.]/g, '-')}.json`), JSON.stringify(out, null, 2));
