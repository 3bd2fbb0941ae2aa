#!/usr/bin/env node
// Regenerates docs/screenshots/*.png from the built extension (run `npx wxt build` first, or
// `npm run screenshots`, which builds). Chromium headless, fresh profile, real clock. The cards are
// shot under reduced motion, so each shows its stretch standing still with its motion arrow.
/* global chrome, window -- in the pages, not in Node */
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contactSheet } from './picture-sheet.mjs';

const EXT = resolve('.output/chrome-mv3');
const OUT = resolve('docs/screenshots');
const WINDOW = { width: 440, height: 620 }; // inside of the 440 x 660 break window (platform/break-window.ts)

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
  // A fresh profile shows the safety note over its first card: these show the cards themselves.
  await worker.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true }));
  const page = await context.newPage();
  // A card previewed at a break's URL closes itself when the worker's wake finds no such break.
  await page.addInitScript(() => {
    window.close = () => undefined;
  });
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
  // The editor of one's own stretches, filled in, with its live card.
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.getByTestId('own-add').click();
  await page.locator('#own-name').fill('Physio: chin nod');
  await page.locator('#own-cue-0').fill('Sit tall, shoulders soft.');
  await page.getByTestId('own-add-cue').click();
  await page.locator('#own-cue-1').fill('Nod the chin gently down, as if saying yes.');
  await page.locator('#own-amount').fill('10');
  await page.locator('#own-picture').selectOption('chin-tuck');
  await page.locator('[data-testid=own-targets] input[data-choice=neck]').check();
  // The form from its top: the editor scrolls to each field as it is filled.
  await page.getByTestId('own-stretch-editor').evaluate((dialog) => {
    for (const el of [dialog, ...dialog.querySelectorAll('*')]) el.scrollTop = 0;
  });
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, 'own-stretch.png') });
  console.log('wrote docs/screenshots/own-stretch.png');
  // Every exercise's keyframes, light and dark (the SVGs themselves, not the extension).
  const sheet = await context.newPage();
  await contactSheet(sheet, join(OUT, 'library.png'));
  console.log('wrote docs/screenshots/library.png');
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
