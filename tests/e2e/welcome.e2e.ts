/**
 * First run, for real: installing the built extension in a fresh profile opens the welcome page
 * once; its choices land in storage.sync through the settings schema; "Try a stretch now" shows a
 * real card; the schedule follows the interval chosen (fast clock). Then the same profile again:
 * a relaunch opens nothing, and an update (the same folder with a higher manifest version, which
 * Chromium loads at the next start) opens no page either, but the popup shows what is new, once.
 *
 * Measured: Chromium reports every start of a --load-extension extension to onInstalled as
 * "install", storage kept, version changed or not. So the relaunch and the update here reach
 * Limber as "install" events in a profile that already ran it (core/install.ts keys on the
 * version it last saw); a store update's "update" reason is covered by tests/unit/first-run.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { EXTENSION_DIR, launch, newProfileDir, removeProfile, waitForPage, type Limber } from './harness';
import { expectWelcomeFits, SCREEN } from './welcome-fit';

const MIN = 60_000;
const WELCOME = '/welcome.html';

/** The settings as stored (storage.sync), read in the service worker. */
const storedSettings = (worker: Worker) =>
  worker.evaluate(async () => ((await chrome.storage.sync.get('settings')) as { settings?: Record<string, unknown> }).settings);
const welcomePages = (limber: Limber) => limber.context.pages().filter((p) => p.url().includes(WELCOME));
const checkedIn = (page: Page, group: string) => page.getByTestId(`choice-${group}`).locator('input:checked').getAttribute('value');
/** axe-core's serious and critical findings on the page as it is now. */
const seriousViolations = async (page: Page) =>
  (await new AxeBuilder({ page: page as never }).analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
const chooseLabel = (page: Page, group: string, value: string) =>
  page.getByTestId(`choice-${group}`).locator('label', { has: page.locator(`input[value="${value}"]`) }).click();

describe('first run: the welcome page, then a relaunch and an update', () => {
  let dir: string;
  let profile: string;
  let limber: Limber | undefined;
  let welcome: Page;
  let worker: Worker;

  beforeAll(async () => {
    // A copy of the build, so the update step can raise its version without touching .output.
    dir = newProfileDir('limber-welcome-ext-');
    cpSync(EXTENSION_DIR, dir, { recursive: true });
    profile = newProfileDir('limber-welcome-profile-');
    limber = await launch({ fastClock: true, profile, extensionDir: dir });
    worker = await limber.worker();
  });
  afterAll(async () => {
    await limber?.close();
    rmSync(dir, { recursive: true, force: true });
    removeProfile(profile);
  });

  it('install opens the welcome page by itself, once, with the defaults chosen', async () => {
    welcome = await waitForPage(limber!.context, WELCOME, 15_000);
    await welcome.waitForSelector('h1');
    expect(await welcome.locator('h1').textContent()).toBe('Welcome to Limber');
    expect(await checkedIn(welcome, 'interval')).toBe('30');
    expect(await checkedIn(welcome, 'stretches')).toBe('desk');
    expect(await checkedIn(welcome, 'hours')).toBe('any');
    expect(await checkedIn(welcome, 'nudge')).toBe('window');
    expect(await checkedIn(welcome, 'short')).toBe('off');
    // The safety note, above the button that shows a first stretch.
    expect(await welcome.getByTestId('safety-note').textContent()).toContain('never into pain');
    // Chromium: how to pin the button (it is not pinned in a fresh profile).
    expect(await welcome.getByTestId('pin-hint').textContent()).toMatch(/click the Extensions button \(the puzzle piece\), then the pin/);
    await welcome.waitForTimeout(2000);
    expect(welcomePages(limber!)).toHaveLength(1);
    // Nothing is written until the user chooses: closing the page would keep the defaults.
    expect(await storedSettings(worker)).toBeUndefined();
  });

  it('choices are saved as chosen, through the settings schema; the keyboard alone can choose', async () => {
    // Keyboard: focus the chosen interval, arrow to the one before it.
    await welcome.getByTestId('choice-interval').locator('input[value="30"]').focus();
    await welcome.keyboard.press('ArrowLeft');
    await expect.poll(() => storedSettings(worker).then((s) => s?.intervalMin)).toBe(20);
    expect(await checkedIn(welcome, 'interval')).toBe('20');

    await chooseLabel(welcome, 'stretches', 'floor');
    await expect.poll(() => storedSettings(worker).then((s) => (s?.enabledExercises as string[] | null)?.length), { timeout: 10_000 }).toBeGreaterThan(5);
    await chooseLabel(welcome, 'hours', 'weekdays');
    await expect.poll(() => storedSettings(worker), { timeout: 10_000 }).toMatchObject({ workDays: [1, 2, 3, 4, 5], workStartMin: 540, workEndMin: 1020 });
    await chooseLabel(welcome, 'nudge', 'badge');
    await expect.poll(() => storedSettings(worker).then((s) => s?.nudgeStyle), { timeout: 10_000 }).toBe('badge');
    await chooseLabel(welcome, 'short', 'every');
    await expect.poll(() => storedSettings(worker).then((s) => s?.shortBreaks), { timeout: 10_000 }).toBe(true);

    // Back to what the schedule check below needs: any time (the fast clock may be outside 9-17) and the window.
    await chooseLabel(welcome, 'hours', 'any');
    await chooseLabel(welcome, 'nudge', 'window');
    await chooseLabel(welcome, 'short', 'off');
    await expect.poll(() => storedSettings(worker), { timeout: 10_000 })
      .toMatchObject({ intervalMin: 20, workDays: [0, 1, 2, 3, 4, 5, 6], workStartMin: 0, workEndMin: 1440, nudgeStyle: 'window', shortBreaks: false, version: 1 });
    expect(await welcome.getByTestId('rhythm').textContent()).toMatch(/^After every 20 minutes of sitting/);
  });

  it('"Try a stretch now" shows a real card from the rotation; Done counts it and gives the focus back', async () => {
    await welcome.getByTestId('try-stretch').click();
    const dialog = welcome.getByTestId('try-dialog');
    await dialog.locator('.stretch-card h1').waitFor();
    expect((await dialog.locator('.stretch-card h1').textContent())!.length).toBeGreaterThan(3);
    expect(await dialog.locator('.stretch-card [role=img]').count()).toBe(1);
    const cues = await dialog.locator('.card-cues li').count();
    expect(cues).toBeGreaterThanOrEqual(2);
    expect(await dialog.locator('.hold-timer').count()).toBe(1);
    // Its axe check is the real-clock a11y files' ("welcome, trying a stretch", light and dark).
    const first = await dialog.locator('.stretch-card h1').textContent();
    await dialog.getByTestId('another').click();
    await expect.poll(() => dialog.locator('.stretch-card h1').textContent()).not.toBe(first);

    await dialog.getByTestId('done').click();
    await welcome.getByTestId('tried').waitFor();
    expect(await welcome.getByTestId('try-dialog').count()).toBe(0);
    expect(await welcome.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('try-stretch');
  });

  it('the schedule follows the chosen interval: the break comes after 20 minutes of sitting, not 30', async () => {
    const countStart = await worker.evaluate(async () => {
      const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: { sitMs: number; seenAt: number } };
      return schedule.seenAt - schedule.sitMs;
    });
    const breakPage = await waitForPage(limber!.context, '/break.html', 60_000);
    await breakPage.waitForSelector('.stretch-card h1');
    const sat = (await breakPage.evaluate(() => performance.timeOrigin)) - countStart;
    expect(sat).toBeGreaterThanOrEqual(20 * MIN - 1000);
    expect(sat).toBeLessThan(21.5 * MIN);
    await breakPage.close();
  });

  it('a relaunch on the same profile opens no welcome page', async () => {
    await limber!.close();
    limber = await launch({ profile, extensionDir: dir });
    worker = await limber.worker();
    await new Promise((r) => setTimeout(r, 4000));
    expect(welcomePages(limber)).toHaveLength(0);
    expect(await worker.evaluate(() => chrome.storage.local.get(['whatsNew', 'lastVersion']))).toEqual({ lastVersion: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).version });
  });

  it('an update (a higher version in the same folder) opens no page; the popup shows what is new, once', async () => {
    await limber!.close();
    const manifestPath = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    const newVersion = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: newVersion }));

    limber = await launch({ profile, extensionDir: dir });
    worker = await limber.worker();
    expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(newVersion);
    await expect.poll(() => worker.evaluate(() => chrome.storage.local.get('whatsNew'))).toEqual({ whatsNew: newVersion });
    await new Promise((r) => setTimeout(r, 3000));
    expect(welcomePages(limber)).toHaveLength(0);
    // The user's choices survived the update.
    expect(await storedSettings(worker)).toMatchObject({ intervalMin: 20 });

    const popup = await limber.openPage('/popup.html');
    await popup.getByTestId('whats-new').waitFor();
    expect(await popup.locator('[data-testid=whats-new] h2').textContent()).toBe(`New in Limber ${newVersion}`);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.getByTestId('whats-new-dismiss').click();
    expect(await popup.getByTestId('whats-new').count()).toBe(0);
    await popup.reload();
    await popup.getByTestId('stretch-now').waitFor();
    await popup.waitForTimeout(500);
    expect(await popup.getByTestId('whats-new').count()).toBe(0);
  });
});

/** In English: the page opens by itself and fits a 1366x768 screen (the other languages: i18n.e2e.ts, language-fit.ts). */
describe('the welcome page in English', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch({ args: ['--lang=en'], env: { LANGUAGE: 'en', LANG: 'en_US.UTF-8', LC_ALL: 'en_US.UTF-8' } });
  });
  afterAll(async () => limber?.close());

  it(`fits ${SCREEN.width}x${SCREEN.height} with no scrolling and no text overflowing, light and dark`, () => expectWelcomeFits(limber, 'en'));
});
