/**
 * Chromium started in German shows the break card and the options page in German: no English
 * message of three or more words left, the German exercise name, and no text overflowing its
 * box (the card fits the break window, BREAK_VIEWPORT, without horizontal scrolling).
 *
 * On Linux, Chromium takes its UI language from LANGUAGE/LANG (and needs its locale files,
 * Debian's chromium-l10n); `--lang=de` alone switches the extension's messages but leaves
 * browser.i18n.getUILanguage() at en-US, so Intl formatting would stay English.
 * LIMBER_SHOTS=0 skips writing the screenshots.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch, type Limber } from './harness';
import { BREAK_VIEWPORT, cardsThatScroll, newPreviewPage } from './card-fit';
import { overflowing } from './overflow';
import { expectWelcomeFits, SCREEN } from './welcome-fit';

type Catalogue = Record<string, { message: string }>;
const GERMAN = 'public/_locales/de/messages.json';
const read = (path: string): Catalogue => JSON.parse(readFileSync(path, 'utf8'));

/**
 * The English phrases that must not appear: each message's runs of text between placeholders,
 * three or more words long, unless German says exactly the same.
 */
function englishPhrases(): string[] {
  const en = read('public/_locales/en/messages.json');
  const de = read(GERMAN);
  const phrases = new Set<string>();
  for (const [key, { message }] of Object.entries(en)) {
    if (key.startsWith('@@') || de[key]?.message === message) continue;
    for (const run of message.split(/\$[A-Za-z0-9_@]+\$/)) {
      const text = run.replace(/\s+/g, ' ').trim().replace(/^[\s.,:;·(]+|[\s.,:;·)]+$/g, '');
      if (text.split(' ').filter((w) => /[A-Za-z]/.test(w)).length >= 3) phrases.add(text);
    }
  }
  return [...phrases];
}

function englishIn(text: string, phrases: readonly string[]): string[] {
  const flat = text.replace(/\s+/g, ' ');
  return phrases.filter((p) => flat.includes(p));
}

const shot = async (page: Page, name: string) => {
  if (process.env.LIMBER_SHOTS === '0') return;
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: `docs/screenshots/${name}`, fullPage: false });
};

describe.skipIf(!existsSync(GERMAN))('Limber in German', () => {
  let limber: Limber;
  let phrases: string[];
  let de: Catalogue;
  beforeAll(async () => {
    de = read(GERMAN);
    phrases = englishPhrases();
    limber = await launch({ args: ['--lang=de'], env: { LANGUAGE: 'de', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' } });
  });
  afterAll(async () => limber?.close());

  it('runs with German as the UI language', async () => {
    const worker = await limber.worker();
    const [ui, done] = await worker.evaluate(() => [chrome.i18n.getUILanguage(), chrome.i18n.getMessage('btnDone')]);
    expect(done).toBe(de.btnDone!.message);
    expect(ui, 'getUILanguage(): install chromium-l10n and start Chromium with LANGUAGE=de').toMatch(/^de/);
    expect(phrases.length).toBeGreaterThan(50);
    // The check itself would see the English card's keys hint.
    const en = read('public/_locales/en/messages.json');
    expect(englishIn(`Hint: ${en.cardKeysHint!.message}`, phrases)).not.toEqual([]);
  });

  it('shows the break card in German, fitting the break window', async () => {
    const page = await newPreviewPage(limber.context);
    await page.setViewportSize(BREAK_VIEWPORT);
    await page.goto(limber.url('/break.html?break=1&exercise=neck-release&snooze=1'));
    await page.waitForSelector('.stretch-card h1');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['de', 'ltr']);
    expect(await page.locator('#card-name').textContent()).toBe(de.ex_neck_release_name!.message);
    expect(await page.title()).toBe(de.breakTitle!.message);
    // The timer's first announcement is the card's last text to appear.
    await page.waitForFunction(() => document.querySelector('[data-testid=timer-status]')?.textContent?.trim());
    expect(englishIn(await page.locator('body').innerText(), phrases)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(scroll[0], 'horizontal scroll in the break window').toBeLessThanOrEqual(scroll[1]!);
    await shot(page, 'de-card.png');
    await page.close();
  });

  it('fits every German card in the break window without scrolling', async () => {
    expect(await cardsThatScroll(limber.context, limber.url)).toEqual([]);
  });

  it('shows the options page in German, both tabs', async () => {
    const page = await limber.context.newPage();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(limber.url('/options.html'));
    await page.waitForSelector('#breaks-heading');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('h1').first().textContent()).toBe(de.optionsTitle!.message);
    expect(englishIn(await page.locator('body').innerText(), phrases)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    const names = await page.locator('.picker-name span').allTextContents();
    expect(names).toContain(de.ex_neck_release_name!.message);
    await shot(page, 'de-options.png');

    await page.getByTestId('tab-breaks').click();
    await page.waitForSelector('[data-testid=breaks-view]');
    expect(englishIn(await page.locator('body').innerText(), phrases)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.close();
  });

  it(`shows the welcome page in German, fitting ${SCREEN.width}x${SCREEN.height}`, () => expectWelcomeFits(limber, 'de'));

  it('shows the popup in German', async () => {
    const page = await limber.context.newPage();
    await page.setViewportSize({ width: 340, height: 480 });
    await page.goto(limber.url('/popup.html'));
    await page.waitForSelector('[data-testid=stretch-now]');
    expect(englishIn(await page.locator('body').innerText(), phrases)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await page.close();
  });
});
