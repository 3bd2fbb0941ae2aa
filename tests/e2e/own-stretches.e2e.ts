/**
 * The user's own stretches, on the real clock, in one browser: written in the options page's
 * editor (axe-clean, with its problems by the fields), the only stretch enabled and so the one
 * "Stretch now" shows, as written; edited, exported, deleted (it leaves the rotation at once,
 * and the history keeps its name), and brought back by importing the file.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { clickToClose, launch, type Limber } from './harness';

/** Saves are debounced (0.7 s) and spaced (1.5 s), so give conditions a few seconds. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 8000, interval: 100 });

/** Markup in a name stays text: the card shows these characters, and no element comes of them. */
const NAME = 'Desk <b>reach</b> & "twist"';
const RENAMED = 'Desk reach, slowly';
const CUES = ['Sit tall, feet flat.', 'Reach one arm across and look the other way.'];

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page } as never).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

describe('your own stretches', () => {
  let limber: Limber;
  let options: Page;
  let id = '';
  let exported = '';

  type Stored = Record<string, { name?: string; enabledExercises?: unknown } & Record<string, unknown>>;
  const sync = () => options.evaluate(() => chrome.storage.sync.get(null)) as Promise<Stored>;
  const ownIds = async () => Object.keys(await sync()).filter((k) => k.startsWith('own:')).map((k) => k.slice(4));
  const stretchNow = async () => {
    const popup = await limber.openPage('/popup.html');
    await popup.getByTestId('stretch-now').click();
    await popup.waitForSelector('.stretch-card');
    return popup;
  };

  beforeAll(async () => {
    limber = await launch();
    options = await limber.openPage('/options.html');
    await options.getByTestId('own-add').waitFor();
  });
  afterAll(async () => limber?.close());

  it('the editor is axe-clean, and says what is wrong by each field, saving nothing', async () => {
    await options.getByTestId('own-add').click();
    const editor = options.getByTestId('own-stretch-editor');
    await editor.waitFor();
    await poll(() => options.evaluate(() => document.activeElement?.id)).toBe('own-name');
    await expectNoAxeViolations(options);

    await options.getByTestId('own-save').click();
    await poll(() => options.locator('#own-name').getAttribute('aria-invalid')).toBe('true');
    expect(await options.locator('#own-name').getAttribute('aria-describedby')).toContain('own-name-error');
    expect(await options.locator('#own-name-error').textContent()).toBe('Enter 1 to 60 characters.');
    expect(await options.locator('#own-targets-error').textContent()).toBe('Choose at least one.');
    await options.locator('#own-amount').fill('500');
    expect(await options.locator('#own-amount-error').textContent()).toBe('Enter a number from 5 to 180.');
    expect(await ownIds()).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(options);
    await options.emulateMedia({ colorScheme: 'light' });
  });

  it('a stretch written there is saved, with the card previewed as written', async () => {
    await options.locator('#own-name').fill(NAME);
    await options.locator('#own-cue-0').fill(CUES[0]!);
    await options.getByTestId('own-add-cue').click();
    await options.locator('#own-cue-1').fill(CUES[1]!);
    await options.locator('#own-amount').fill('15');
    await options.locator('#own-per-side').check();
    await options.locator('[data-testid=own-targets] input[data-choice=neck]').check();
    await options.locator('#own-caution').fill('Turn only as far as is comfortable.');
    await options.locator('#own-picture').selectOption('neck-release');
    const preview = options.getByTestId('own-preview');
    expect(await preview.locator('h1').textContent()).toBe(NAME);
    expect(await preview.locator('#card-dose').textContent()).toBe('Hold 15 s · each side');
    await options.getByTestId('own-save').click();
    await options.getByTestId('own-stretch-editor').waitFor({ state: 'detached' });

    await poll(ownIds).toHaveLength(1);
    id = (await ownIds())[0]!;
    expect((await sync())[`own:${id}`]).toMatchObject({ v: 1, name: NAME, cues: CUES, inRotation: true, picture: 'neck-release' });
    // Focus lands on the stretch just saved.
    await poll(() => options.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(`own-edit-${id}`);
  });

  it('made the only stretch enabled, it is the one "Stretch now" shows, as written', async () => {
    // Every library stretch off, as unticking each in the picker saves it (25 clicks took 50 s on a loaded machine).
    await options.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), enabledExercises: [] } });
    });
    await poll(() => options.locator('ul[aria-labelledby=library-heading] input[type=checkbox]:checked').count()).toBe(0);
    expect(await options.locator(`input[data-exercise="${id}"]`).isChecked()).toBe(true);
    await expect(options.getByTestId('choose-one').count()).resolves.toBe(0);

    const popup = await stretchNow();
    expect(await popup.locator('.stretch-card h1').textContent()).toBe(NAME);
    expect(await popup.locator('.stretch-card h1 b').count()).toBe(0);
    expect(await popup.locator('.card-cues li').allTextContents()).toEqual(CUES);
    expect(await popup.locator('.card-picture [role=img]').getAttribute('aria-label')).toBeTruthy();
    // Done logs it (its name with it, for the history).
    await clickToClose(popup, 'done');
  });

  it('edited, it keeps its id and place; exported, the file carries it', async () => {
    await options.getByTestId(`own-edit-${id}`).click();
    await options.locator('#own-name').fill(RENAMED);
    await options.getByTestId('own-save').click();
    await options.getByTestId('own-stretch-editor').waitFor({ state: 'detached' });
    await poll(async () => (await sync())[`own:${id}`]?.name).toBe(RENAMED);
    expect(await ownIds()).toEqual([id]);
    expect(await options.locator(`#ex-${id}-name`).textContent()).toBe(RENAMED);

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByTestId('export-settings').click()]);
    exported = readFileSync((await download.path())!, 'utf8');
    const file = JSON.parse(exported) as { ownStretches: { id: string; name: string }[]; enabledExercises: unknown };
    expect(file.ownStretches).toEqual([expect.objectContaining({ id, name: RENAMED })]);
    expect(file.enabledExercises).toEqual([]);
  });

  it('deleted, it leaves the rotation at once, and the history keeps the name it was done under', async () => {
    await options.getByTestId(`own-delete-${id}`).click();
    await options.getByTestId('confirm-delete-own-confirm').click();
    await poll(ownIds).toEqual([]);
    await poll(() => options.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('own-add');

    const popup = await stretchNow();
    expect(await popup.locator('.stretch-card').textContent()).toContain('Choose at least one stretch');
    await popup.close();

    const history = await limber.openPage('/options.html#breaks');
    await poll(() => history.getByTestId('top-exercises').locator('li').allTextContents()).toEqual([`${NAME}: 1 times`]);
    await history.close();
  });

  it('imported back from the file, it is in the rotation again', async () => {
    await options.getByTestId('import-settings').setInputFiles({ name: 'limber.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await poll(() => options.getByTestId('transfer-report').textContent()).toContain('Settings imported');
    await poll(ownIds).toEqual([id]);
    await options.locator(`#ex-${id}-name`).waitFor();
    const popup = await stretchNow();
    expect(await popup.locator('.stretch-card h1').textContent()).toBe(RENAMED);
    await popup.close();
  });
});
