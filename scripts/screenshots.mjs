#!/usr/bin/env node
// Regenerates docs/screenshots/*.png from the built extension (run `npx wxt build` first, or
// `npm run screenshots`, which builds). Chromium headless, fresh profile, real clock.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const EXT = resolve('.output/chrome-mv3');
const OUT = resolve('docs/screenshots');
const WINDOW = { width: 400, height: 570 }; // inside of the 400 x 600 window // the break window's size (platform/break-window.ts)

/** The break card of an exercise, as the break window shows it. */
const CARDS = [
  { file: 'card-light.png', exercise: 'neck-release', scheme: 'light' },
  { file: 'card-dark.png', exercise: 'neck-release', scheme: 'dark' },
  { file: 'card-breaths.png', exercise: 'seated-twist', scheme: 'light' },
  { file: 'card-rounds.png', exercise: 'shoulder-blade-squeeze', scheme: 'dark' },
  { file: 'card-reps.png', exercise: 'cat-cow', scheme: 'light' },
];

mkdirSync(OUT, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'limber-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium',
  headless: false,
  args: [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars',
    `--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`,
  ],
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await context.newPage();
  const shoot = async (path, file, { scheme = 'light', size = WINDOW, wait = 1200, fullPage = false } = {}) => {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`chrome-extension://${id}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(wait);
    await page.screenshot({ path: join(OUT, file), fullPage });
    console.log('wrote', join('docs/screenshots', file));
  };
  for (const c of CARDS) await shoot(`/break.html?break=1&exercise=${c.exercise}&snooze=1`, c.file, { scheme: c.scheme, wait: 2300 });
  await shoot('/popup.html', 'popup.png', { size: { width: 356, height: 200 }, wait: 800, fullPage: true });
  await shoot('/options.html', 'options.png', { size: { width: 900, height: 700 }, wait: 800 });
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
