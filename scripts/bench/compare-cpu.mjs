#!/usr/bin/env node
/**
 * Before/after main-thread time of the break card while its hold runs (and, with reduced motion,
 * its picture stands still): two builds side by side in one headless Chromium, alternating, so
 * load from other processes hits both alike.
 *   node scripts/bench/compare-cpu.mjs BEFORE_DIR AFTER_DIR [--rounds=6]
 */
import { resolve } from 'node:path';
import { launchChromium } from './cdp.mjs';
import { PAGES, median, pageCpu } from './pages.mjs';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 6);
if (dirs.length !== 2) throw new Error('usage: compare-cpu.mjs BEFORE_DIR AFTER_DIR [--rounds=N]');

const browser = await launchChromium({ extensionDir: dirs });
const views = browser.extensionIds.map((id) => ({ ...browser, url: (path) => `chrome-extension://${id}${path}` }));
const samples = views.map(() => ({ moving: [], reduced: [] }));
try {
  await new Promise((r) => setTimeout(r, 1000));
  for (let round = 0; round < rounds; round++) {
    for (const i of round % 2 ? [1, 0] : [0, 1]) {
      samples[i].moving.push((await pageCpu(views[i], PAGES.card.path)).taskMsPerS);
      samples[i].reduced.push((await pageCpu(views[i], PAGES.card.path, { reducedMotion: true })).taskMsPerS);
    }
  }
} finally {
  await browser.close();
}
const show = (xs) => `${median(xs).toFixed(1)} ms/s (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`;
console.log(`${rounds} alternating rounds of 5 s each; card ${PAGES.card.path}`);
['before', 'after'].forEach((name, i) => console.log(`  ${name.padEnd(6)} timer running: ${show(samples[i].moving)}; reduced motion: ${show(samples[i].reduced)}`));
