/**
 * The options page on a normal clock: settings changed through the UI reach storage and the
 * running schedule, bad values stay out, files round-trip, and the history view reads the log.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expectBadgeAgreesWithCount } from './schedule-probe';
import { launch, type Limber } from './harness';
import { EXERCISE_DATA } from '../../data/exercises';

const SHOTS = process.env.LIMBER_SHOTS; // a directory: save screenshots there when set
/** Saves are debounced (0.7 s) and spaced (1.5 s), so give conditions a few seconds. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 8000, interval: 100 });

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page } as never).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(summary).toEqual([]);
}

describe('the options page', () => {
  let limber: Limber;
  let page: Page;
  let worker: Worker;

  const stored = () => worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>);
  const badge = () => worker.evaluate(() => chrome.action.getBadgeText({}));
  const saved = () => poll(() => page.getByTestId('saved').getAttribute('data-status')).toBe('saved');

  beforeAll(async () => {
    limber = await launch();
    worker = await limber.worker();
    page = await limber.openPage('/options.html');
    await page.waitForSelector('#intervalMin');
  });
  afterAll(async () => limber?.close());

  it('an interval typed in the form is saved and the running schedule follows at once', async () => {
    await expectBadgeAgreesWithCount(limber);
    await page.locator('#intervalMin').fill('45');
    await saved();
    expect((await stored()).intervalMin).toBe(45);
    await expectBadgeAgreesWithCount(limber, 45 * 60_000);
    const alarm = await worker.evaluate(() => chrome.alarms.get('limber-wake'));
    const now = await worker.evaluate(() => Date.now());
    expect(alarm?.scheduledTime).toBeGreaterThan(now);
    expect(alarm!.scheduledTime - now).toBeLessThanOrEqual(61_000);
  });

  it('typing is debounced: few storage.sync writes while typing (measured via storage.onChanged)', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { writes: number[]; written: unknown[] };
      w.writes = [];
      w.written = [];
      chrome.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && 'settings' in changes) {
          w.writes.push(Date.now());
          w.written.push(changes.settings!.newValue);
        }
      });
    });
    const field = page.locator('#intervalMin');
    const started = Date.now();
    await field.fill('');
    let keys = 0;
    for (let i = 0; i < 8; i += 1) {
      await field.pressSequentially(i % 2 ? '120' : '95', { delay: 70 });
      keys += i % 2 ? 3 : 2;
      for (let b = 0; b < (i % 2 ? 3 : 2); b += 1) await field.press('Backspace', { delay: 70 });
      keys += i % 2 ? 3 : 2;
    }
    await field.pressSequentially('60', { delay: 70 });
    keys += 2;
    const typedMs = Date.now() - started;
    await saved();
    // Every write of the typing has landed once one carries the last value typed: 60 appears only
    // at the end, and the writer's last write holds the latest value of each field.
    await poll(() => page.evaluate(() => (window as unknown as { written: { intervalMin?: number }[] }).written.some((v) => v.intervalMin === 60))).toBe(true);
    const writes = await page.evaluate(() => (window as unknown as { writes: number[] }).writes);
    const spanMin = Math.max(typedMs + 2000, 1) / 60_000;
    console.log(`typing: ${keys} keystrokes in ${(typedMs / 1000).toFixed(1)} s -> ${writes.length} storage.sync write(s), ${(writes.length / spanMin).toFixed(1)}/min (quota 120/min)`);
    expect((await stored()).intervalMin).toBe(60);
    expect(writes.length).toBeGreaterThanOrEqual(1);
    // Typed at 70 ms a key, about 6 s: at most 3 writes. A loaded machine types slower (its pauses
    // outlast the debounce): then the writer's own bound, one write per 1.5 s.
    expect(writes.length).toBeLessThanOrEqual(Math.max(3, 1 + Math.ceil(typedMs / 1500)));

    // Rapid clicking: 30 toggles as fast as the page takes them.
    const before = writes.length;
    const clickStart = Date.now();
    for (let i = 0; i < 30; i += 1) await page.locator('#sound').click();
    const clickMs = Date.now() - clickStart;
    // What is tested is an absence of extra writes: the writer writes what is pending at most 1.5 s
    // after its last write, so after this long every write of the clicks is counted.
    await page.waitForTimeout(1700);
    const after = await page.evaluate(() => (window as unknown as { writes: number[] }).writes);
    const clickWrites = after.length - before;
    console.log(`toggling: 30 clicks in ${(clickMs / 1000).toFixed(1)} s -> ${clickWrites} write(s)`);
    expect(clickWrites).toBeLessThanOrEqual(Math.ceil(clickMs / 1500) + 2);
    expect((await stored()).sound).toBe(false); // an even number of clicks
  });

  it('a bad value shows its message by the field, is never saved, and does not block other fields', async () => {
    const field = page.locator('#intervalMin');
    await field.fill('500');
    await poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await field.getAttribute('aria-describedby')).toContain('intervalMin-error');
    expect(await page.locator('#intervalMin-error').textContent()).toBe('Enter a number from 5 to 180.');
    await page.locator('#snoozeMin').fill('10');
    await saved();
    // The bad interval was typed first: had it been saved, it would be in storage by the time snoozeMin is.
    await poll(async () => (await stored()).snoozeMin).toBe(10);
    expect(await stored()).toMatchObject({ intervalMin: 60, snoozeMin: 10 });
    await field.fill('abc');
    expect(await page.locator('#intervalMin-error').textContent()).toBe('Enter a number.');
    await field.fill('60');
    await poll(() => field.getAttribute('aria-invalid')).toBe('false');
  });

  it('working hours, nudge style, problem areas and hold length are saved; the schedule follows the hours', async () => {
    await page.getByTestId('preset-weekdays').click();
    await saved();
    await poll(async () => (await stored()).workStartMin).toBe(540);
    expect(await stored()).toMatchObject({ workDays: [1, 2, 3, 4, 5], workStartMin: 540, workEndMin: 1020 });
    const { inside, nextStart } = await worker.evaluate(() => {
      const d = new Date();
      const inside = d.getDay() >= 1 && d.getDay() <= 5 && d.getHours() >= 9 && d.getHours() < 17;
      let nextStart = 0;
      for (let i = 0; i <= 7 && !nextStart; i += 1) {
        const c = new Date(d.getFullYear(), d.getMonth(), d.getDate() + i, 9, 0);
        if (c.getTime() > d.getTime() && c.getDay() >= 1 && c.getDay() <= 5) nextStart = c.getTime();
      }
      return { inside, nextStart };
    });
    const offHours = () => worker.evaluate(async () => ((await chrome.storage.local.get('schedule')).schedule as { offHours: boolean }).offHours);
    if (inside) {
      await poll(badge).toMatch(/^\d+$/);
      expect(await offHours()).toBe(false);
    } else {
      // Outside Mon-Fri 9-17 now: the count stops, the badge clears, and the wake-up alarm is no
      // later than the next working start (an earlier tick is allowed: it re-arms for that start).
      await poll(offHours).toBe(true);
      await poll(badge).toBe('');
      const alarm = await worker.evaluate(() => chrome.alarms.get('limber-wake'));
      expect(alarm?.scheduledTime).toBeLessThanOrEqual(nextStart + 500);
    }
    // An end before the start is refused by the field and not saved.
    await page.locator('#all-day').uncheck().catch(() => undefined);
    await page.locator('#work-end').fill('08:00');
    await poll(() => page.locator('#work-end').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).workEndMin).toBe(1020);
    await page.getByTestId('preset-anytime').click();
    await saved();
    await poll(async () => (await stored()).workEndMin).toBe(1440);
    await poll(badge).toMatch(/^\d+$/);

    await page.locator('#nudgeStyle').selectOption('badge');
    await page.locator('[data-testid=areas] [data-choice=neck]').check();
    await page.locator('#holdMultiplier').selectOption('1.5');
    await page.locator('#headsUp').check();
    await page.locator('#focusWindow').check();
    await page.locator('#holdWhilePresenting').uncheck();
    await page.locator('#idleThresholdMin').fill('3');
    await page.locator('#breakLengthMin').fill('7');
    await page.locator('#snoozeLimit').fill('1');
    await saved();
    await poll(async () => (await stored()).snoozeLimit).toBe(1);
    expect(await stored()).toMatchObject({
      nudgeStyle: 'badge', problemAreas: ['neck'], headsUp: true, holdMultiplier: 1.5, focusWindow: true,
      holdWhilePresenting: false, idleThresholdMin: 3, breakLengthMin: 7,
    });
  });

  it('the exercise picker filters, previews a card, marks favourites and asks for at least one stretch', async () => {
    const items = page.locator('.picker-item');
    expect(await items.count()).toBe(EXERCISE_DATA.length);
    await page.getByTestId('filter-position').selectOption('floor');
    const floor = await items.count();
    expect(floor).toBeGreaterThan(0);
    expect(floor).toBeLessThan(EXERCISE_DATA.length);
    await page.getByTestId('filter-target').selectOption('neck');
    expect(await items.count()).toBe(0);
    await page.getByTestId('filter-position').selectOption('');
    expect(await items.count()).toBeGreaterThan(0);
    for (const id of await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-exercise')))) {
      expect(await page.locator(`.picker-item[data-exercise="${id}"] .picker-meta`).textContent()).toContain('Neck');
    }
    await page.getByTestId('filter-target').selectOption('');
    expect(await page.locator('.picker-item [role=img]').count()).toBe(EXERCISE_DATA.length);

    await page.getByTestId('preview-neck-release').click();
    const dialog = page.getByTestId('preview-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('.stretch-card h1').textContent()).toBe('Side neck stretch');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/options-preview.png` });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('fav-cobra').click();
    expect(await page.getByTestId('fav-cobra').getAttribute('aria-pressed')).toBe('true');
    await saved();
    await poll(async () => (await stored()).favourites).toEqual(['cobra']);

    const checked = await page.locator('.picker-item input[type=checkbox]:checked').evaluateAll((els) => els.map((e) => e.getAttribute('data-exercise')));
    expect(checked.length).toBeGreaterThan(0);
    for (const id of checked) await page.locator(`input[data-exercise="${id}"]`).uncheck();
    await page.getByTestId('choose-one').waitFor();
    await saved();
    await poll(async () => (await stored()).enabledExercises).toEqual([]);
    await page.locator('input[data-exercise=cat-cow]').check();
    await page.getByTestId('choose-one').waitFor({ state: 'detached' });
    await saved();
    await poll(async () => (await stored()).enabledExercises).toEqual(['cat-cow']);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/options-settings.png`, fullPage: true });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.locator('#stretches-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/options-settings-dark.png` });
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await expectNoAxeViolations(page);
  });

  it('export, edit, import round-trips; a bad file changes nothing; reset asks first', async () => {
    // The last write of the picker (above) has landed: the page and storage agree.
    await saved();
    await poll(async () => (await stored()).enabledExercises).toEqual(['cat-cow']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-settings').click()]);
    expect(download.suggestedFilename()).toMatch(/^limber-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    expect(exported).toEqual(await stored());

    const edited = { ...exported, intervalMin: 75, sound: true, somethingNew: 1 };
    await page.getByTestId('import-settings').setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await poll(() => page.getByTestId('transfer-report').textContent()).toContain('Settings imported');
    expect(await page.getByTestId('transfer-report').textContent()).toContain('somethingNew');
    const { somethingNew: _dropped, ...expected } = edited;
    expect(await stored()).toEqual(expected);
    expect(await page.locator('#intervalMin').inputValue()).toBe('75');
    expect(await page.locator('#sound').isChecked()).toBe(true);
    // The count runs on (minutes, on a busy machine): the badge agrees with it at the new interval.
    await expectBadgeAgreesWithCount(limber, 75 * 60_000);

    const before = await stored();
    const bad = JSON.stringify({ ...exported, intervalMin: 2, nudgeStyle: 'siren' }).replace(/^\{/, '{"__proto__": {"polluted": 1},');
    await page.getByTestId('import-settings').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('intervalMin');
    expect(rows[0]).toContain('Enter a number from 5 to 180.');
    expect(rows[1]).toContain('nudgeStyle');
    expect(rows[1]).toContain('"siren"');
    expect(await stored()).toEqual(before);
    if (SHOTS) await problems.screenshot({ path: `${SHOTS}/options-import-problems.png` });

    await page.getByTestId('reset-settings').click();
    await page.getByTestId('confirm-reset').getByRole('button', { name: 'Cancel' }).click();
    expect(await stored()).toEqual(before);
    await page.getByTestId('reset-settings').click();
    await page.getByTestId('confirm-reset-confirm').click();
    await poll(async () => (await stored()).intervalMin).toBe(30);
    expect((await stored()).sound).toBe(false);
    expect(await page.locator('#intervalMin').inputValue()).toBe('30');
  });

  it('the "Your breaks" view shows seeded log entries, exports CSV and clears after a confirm', async () => {
    const DAY = 86_400_000;
    const seeded = await page.evaluate(async (DAY) => {
      const today = new Date();
      const at = (dayOffset: number, h: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() + dayOffset, h, 0).getTime();
      const min = 60_000;
      const entries = [
        { at: at(0, 0) + 10 * min, outcome: 'done', sittingMs: 30 * min, exerciseId: 'neck-release' },
        { at: at(0, 0) + 20 * min, outcome: 'snoozed', sittingMs: 40 * min },
        { at: at(0, 0) + 25 * min, outcome: 'snoozed', sittingMs: 45 * min },
        { at: at(0, 0) + 30 * min, outcome: 'done', sittingMs: 52 * min, exerciseId: 'neck-release' },
        { at: at(0, 0) + 40 * min, outcome: 'skipped', sittingMs: 31 * min },
        { at: at(0, 0) + 50 * min, outcome: 'done', sittingMs: 30 * min, exerciseId: 'seated-twist' },
        ...Array.from({ length: 6 }, (_, i) => ({ at: at(-1, 9 + i), outcome: 'done', sittingMs: 30 * min, exerciseId: 'cat-cow' })),
        ...Array.from({ length: 7 }, (_, i) => ({ at: at(-2, 9 + i), outcome: 'done', sittingMs: 30 * min, exerciseId: 'seated-twist' })),
        { at: at(-3, 10), outcome: 'done', sittingMs: 30 * min },
        { at: Date.now() - 800 * DAY, outcome: 'done', sittingMs: 30 * min },
      ];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('limber-history');
        req.onupgradeneeded = () => req.result.createObjectStore('breaks-v1');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction('breaks-v1', 'readwrite');
      entries.forEach((e, i) => tx.objectStore('breaks-v1').put({ v: 1, ...e }, `${String(e.at).padStart(15, '0')}-${String(i).padStart(3, '0')}`));
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return entries.length;
    }, DAY);
    expect(seeded).toBe(21);

    await page.goto(limber.url('/options.html#breaks'));
    await page.getByTestId('breaks-view').waitFor();
    await page.locator('#dailyGoal').fill('5');
    await saved();
    await poll(async () => (await stored()).dailyGoal).toBe(5);
    expect(await page.getByTestId('streak').textContent()).toContain('Streak: 2 day(s) in a row with at least 5');
    await page.locator('#dailyGoal').fill('6');
    await saved();
    await poll(async () => (await stored()).dailyGoal).toBe(6);
    expect(await page.getByTestId('today-done').textContent()).toBe('3');
    expect(await page.getByTestId('today-skipped').textContent()).toBe('1');
    expect(await page.getByTestId('today-snoozed').textContent()).toBe('2');
    expect(await page.getByTestId('today-longest').textContent()).toBe('52 min');
    expect(await page.getByTestId('streak').textContent()).toContain('Streak: 2 day(s) in a row with at least 6');
    expect(await page.getByTestId('history-fallback').count()).toBe(0);
    expect(await page.locator('.bar-done').count()).toBe(4);
    expect(await page.locator('.bar-done').last().getAttribute('data-done')).toBe('3');

    await page.locator('.chart-table summary').click();
    const rows = await page.getByTestId('days-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent)));
    expect(rows).toHaveLength(14);
    expect(rows.slice(0, 4)).toEqual([['3', '1', '2', '0', '0'], ['6', '0', '0', '0', '0'], ['7', '0', '0', '0', '0'], ['1', '0', '0', '0', '0']]);
    expect(await page.getByTestId('top-exercises').locator('li').allTextContents()).toEqual([
      'Seated spinal twist: 8 times', 'Cat–cow: 6 times', 'Side neck stretch: 2 times',
    ]);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/options-breaks.png`, fullPage: true });
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-history').click()]);
    expect(download.suggestedFilename()).toMatch(/^limber-history-.*\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('time_utc,local_time,outcome,sitting_minutes,exercise,kind');
    expect(csv).toHaveLength(seeded); // the header, and every entry but the 800-day-old one, pruned on opening the view

    await page.getByTestId('clear-history').click();
    await page.getByTestId('confirm-clear-confirm').click();
    await poll(() => page.getByTestId('today-done').textContent()).toBe('0');
    expect(await page.locator('.bar-done').count()).toBe(0);
  });
});
