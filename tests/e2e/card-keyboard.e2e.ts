/**
 * A whole break with the keyboard alone: the nudge opens the card, focus lands on it, Space and
 * Enter pause and resume, Tab walks the controls in layout order, the timer switches sides and
 * finishes (with its announcements and chimes), D finishes the break and "nice work" counts it.
 * Real clock (the hold timer runs in real time): neck release at half hold, 10 s a side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, waitForPage, type Limber } from './harness';

const MIN = 60_000;

/**
 * Makes a break due now, with these settings: the worker is stopped first (so nothing of its own
 * can overwrite the record), 31 minutes of sitting are put on record and the wake alarm is
 * cleared; then the settings are written, which wakes the worker (a storage event) to apply them
 * to the count, and a worker that starts without its wake alarm checks the count anyway.
 */
async function makeBreakDue(limber: Limber, settings: Record<string, unknown>): Promise<void> {
  await limber.killWorker();
  const poke = await limber.openPage('/popup.html');
  await poke.evaluate(async ({ sat, settings }) => {
    const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: Record<string, unknown> };
    await chrome.storage.local.set({ schedule: { ...schedule, sitMs: sat, seenAt: Date.now() } });
    await chrome.alarms.clearAll();
    await chrome.storage.sync.set({ settings });
  }, { sat: 31 * MIN, settings });
  await poke.close();
}

/**
 * Everything the live region says, in order, from the moment the page starts: installed in every
 * page of the context before the break opens, so a slow machine cannot miss the first words.
 */
async function recordSpeech(limber: Limber): Promise<void> {
  await limber.context.addInitScript(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    let last: string | null = null;
    const listen = () => {
      const text = document.querySelector('[data-testid=timer-status]')?.textContent ?? null;
      if (text !== null && text !== last) said.push((last = text));
    };
    new MutationObserver(listen).observe(document, { childList: true, characterData: true, subtree: true });
  });
}
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { said: string[] }).said.filter(Boolean));
const focused = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.className ?? '');

describe('a whole break with the keyboard alone', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch();
  });
  afterAll(async () => limber?.close());

  it('opens focused on the card, runs both sides, and D ends the break with a count of today', async () => {
    const worker = await limber.worker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('30');
    await recordSpeech(limber);
    await makeBreakDue(limber, { version: 1, enabledExercises: ['neck-release'], holdMultiplier: 0.5, sound: true });

    const card = await waitForPage(limber.context, '/break.html', 20_000);
    await card.waitForSelector('.stretch-card h1');
    expect(await card.locator('h1').textContent()).toBe('Side neck stretch');
    // Announced by name and dose; focus on the card itself.
    expect(await card.locator('.stretch-card').getAttribute('aria-labelledby')).toBe('card-name');
    expect(await card.locator('#card-dose').textContent()).toContain('10 s');
    expect(await focused(card)).toContain('stretch-card');

    // The card announces its first side once it has painted (an effect, after the frame): keys
    // pressed before that, on a starved machine, spoke over it.
    await expect.poll(() => spoken(card), { timeout: 10_000 }).toEqual([expect.stringMatching(/First side\. 10 seconds left/)]);
    // Space pauses, Enter resumes, on the card.
    await card.keyboard.press('Space');
    await expect.poll(() => card.getByTestId('timer-toggle').textContent()).toBe('Resume');
    await card.keyboard.press('Enter');
    await expect.poll(() => card.getByTestId('timer-toggle').textContent()).toBe('Pause');

    // Tab follows the layout: the safety note under the picture, timer, Done, Another, Snooze, Skip; then back.
    const order: string[] = [];
    for (let i = 0; i < 6; i += 1) {
      await card.keyboard.press('Tab');
      order.push(await focused(card));
    }
    expect(order).toEqual(['safety-open', 'timer-toggle', 'done', 'another', 'snooze', 'skip']);
    for (let i = 0; i < 4; i += 1) await card.keyboard.press('Shift+Tab');
    expect(await focused(card)).toBe('timer-toggle');

    // Switch sides: the cue on screen, the announcement, the chime.
    await card.waitForFunction(() => document.querySelector('[data-testid=phase]')?.textContent?.includes('Switch sides'), null, { timeout: 30_000, polling: 100 });
    await expect.poll(() => card.evaluate(() => document.documentElement.dataset.chime ?? '')).toMatch(/^switch:(page|offscreen)$/);
    await card.waitForFunction(() => document.querySelector('.hold-timer')?.getAttribute('data-finished') === 'true', null, { timeout: 30_000, polling: 100 });
    await expect.poll(() => card.evaluate(() => document.documentElement.dataset.chime ?? '')).toMatch(/^done:(page|offscreen)$/);

    const said = await spoken(card);
    expect(said[0]).toMatch(/First side\. 10 seconds left/);
    // A short rest to change sides, announced, then the other side's hold.
    expect(said).toContainEqual(expect.stringMatching(/^Switch sides\. 5 seconds left/));
    expect(said).toContainEqual(expect.stringMatching(/^Other side\. 10 seconds left/));
    expect(said.filter((s) => s === '5 seconds left.')).toHaveLength(2);
    expect(said.at(-1)).toMatch(/stretch done/);
    // Never every second.
    expect(said.length).toBeLessThanOrEqual(8);

    // D: Done, then a gentle "nice work" with today's count, then the window closes by itself.
    const closed = card.waitForEvent('close', { timeout: 10_000 });
    await card.keyboard.press('d');
    await card.getByTestId('nice-work').waitFor();
    expect(await card.getByTestId('today-count').textContent()).toBe("That's your first stretch today.");
    await closed;

    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).not.toBe('!');
  });

  it('plays the chime through the offscreen document when the page itself cannot play sound', async () => {
    const worker = await limber.worker();
    const page = await limber.context.newPage();
    // A page without WebAudio (as when the browser holds its audio back).
    await page.addInitScript(() => {
      delete (window as unknown as { AudioContext?: unknown }).AudioContext;
    });
    // Half-hold shoulder-blade squeeze: 5 s rounds, so the next-round chime comes at 5 s.
    await page.goto(limber.url('/break.html?exercise=shoulder-blade-squeeze&snooze=0'));
    await page.waitForSelector('.stretch-card h1');
    expect(await page.evaluate(() => typeof (window as unknown as { AudioContext?: unknown }).AudioContext)).toBe('undefined');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.chime ?? ''), { timeout: 10_000 }).toBe('switch:offscreen');
    const offscreen = await worker.evaluate(() => chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType] }));
    expect(offscreen.map((c) => new URL(c.documentUrl ?? '').pathname)).toEqual(['/offscreen.html']);
    await page.close();
  });
});
