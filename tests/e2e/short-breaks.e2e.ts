/**
 * A working day with short breaks on, on the fast clock at half its usual rate (one simulated
 * minute per two real seconds: a short break left alone goes after 2 simulated minutes, and the
 * test must look at one before that): stretch breaks every 10 minutes, short breaks every 5. The short break comes in a window that
 * does not take focus, with a card from the short rotation and no Snooze; left alone it goes by
 * itself; the stretch breaks come as before. The popup names the next kind, offers a skipped
 * stretch, and "I just took a break" restarts both counts; "Your breaks" counts the kinds apart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToClose, launch, type Limber } from './harness';
import { restartCount } from './answers';
import { MIN, openProbe } from './schedule-probe';
import { workerCall } from './worker-call';
import { EXERCISE_DATA } from '../../data/exercises';
import { shortBreakPool } from '../../core/short-break-pool';
import { SHORT_LAPSE_MS } from '../../core/short-breaks';
import type { ScheduleState } from '../../core/schedule-types';

/** The short breaks' cards: the library's eye cards and its quick posture resets. */
const SHORT_POOL = shortBreakPool(EXERCISE_DATA);
const INTERVAL_MIN = 10;
const SHORT_INTERVAL_MIN = 5;
/**
 * A short break left alone lapses after 2 simulated minutes: at x30 that was 4 real seconds, which a
 * busy machine sometimes spent drawing the window (the card never showed before it went).
 */
const SPEED = 20;

/** The worker's stored schedule, as the scheduler writes it. */
type Schedule = ScheduleState;

describe('a day with short breaks', () => {
  let limber: Limber;
  /** When each page opened and closed, in real time (the test's clock). */
  const seenOpen = new Map<Page, number>();
  const seenClose = new Map<Page, number>();
  beforeAll(async () => {
    limber = await launch({ fastClock: true, speed: SPEED });
    limber.context.on('page', (page) => {
      seenOpen.set(page, Date.now());
      page.on('close', () => seenClose.set(page, Date.now()));
    });
  });
  afterAll(async () => limber?.close());
  const inWorker = <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A) => workerCall(limber)(fn, arg);
  /**
   * The badge counts down the minutes to the short break, and the short break comes before the
   * stretch break. Read from the worker in one go (badge, counts, clock), so a slow machine
   * (seconds, which are simulated minutes here) changes the figures but not whether they agree.
   * Up to a minute behind: the badge moves on the minute's alarm.
   */
  const expectBadgeCountsToShortBreak = () =>
    expect.poll(async () => {
      const { badge, shortLeft, stretchLeft } = await inWorker(async ({ every, shortEvery }) => {
        const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: Schedule };
        const badge = await chrome.action.getBadgeText({});
        const sitting = schedule.sitMs + (Date.now() - schedule.seenAt);
        return { badge, shortLeft: Math.ceil((shortEvery - (sitting - schedule.shortSinceMs)) / 60_000), stretchLeft: Math.ceil((every - sitting) / 60_000) };
      }, { every: INTERVAL_MIN * MIN, shortEvery: SHORT_INTERVAL_MIN * MIN });
      const agrees = shortLeft > 0 && shortLeft < stretchLeft && (badge === String(shortLeft) || badge === String(shortLeft + 1));
      return agrees ? 'counts to the short break' : `badge ${badge}, ${shortLeft} min to the short break, ${stretchLeft} to the stretch break`;
    }, { timeout: 10_000, interval: 20 }).toBe('counts to the short break');
  const schedule = () => inWorker(async () => (await chrome.storage.local.get('schedule')).schedule as Schedule);
  const breakPages = () => limber.context.pages().filter((p) => p.url().includes('/break.html') && !p.isClosed());
  const seen = new Set<Page>();
  /** The next break window, in the order they opened (it may have closed already). */
  const nextBreakPage = async (): Promise<Page> => {
    const fresh = () => [...seenOpen.keys()].find((p) => p.url().includes('/break.html') && !seen.has(p));
    await expect.poll(() => fresh() !== undefined, { timeout: 20_000 }).toBe(true);
    const page = fresh()!;
    seen.add(page);
    return page;
  };

  it('short break, stretch break, a short break left alone, a skipped stretch, and "I just took a break"', async () => {
    await inWorker((s) => chrome.storage.sync.set({ settings: { version: 1, intervalMin: s.every, shortBreaks: true, shortIntervalMin: s.shortEvery } }), { every: INTERVAL_MIN, shortEvery: SHORT_INTERVAL_MIN });
    // Starting the browser took a few simulated minutes of sitting: start the day's count afresh.
    const start = await openProbe(limber);
    await restartCount(start);
    await start.close();
    // The badge counts to the short break first.
    await expectBadgeCountsToShortBreak();

    // 1. The short break: its own window, not focused, a card from the short pool, no Snooze; D
    // finishes it. Read in few round trips: left alone, it goes after 4 real seconds.
    const short = await nextBreakPage();
    await short.waitForSelector('.stretch-card h1');
    expect(short.url()).toContain('kind=short');
    expect(SHORT_POOL).toContain(new URL(short.url()).searchParams.get('exercise'));
    expect(await short.evaluate(() => ({
      kind: document.querySelector('[data-testid=break-kind]')?.textContent,
      snooze: document.querySelectorAll('[data-testid=snooze]').length,
    }))).toEqual({ kind: 'Short break', snooze: 0 });
    // The window's record is written just after the window opens.
    const shown = () => inWorker(async () => {
      const record = ((await chrome.storage.session.get('breakWindow')).breakWindow ?? null) as { windowId: number } | null;
      const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: Schedule };
      return record && { focused: (await chrome.windows.get(record.windowId)).focused, due: schedule.due?.kind };
    });
    await expect.poll(shown, { interval: 20 }).not.toBeNull();
    expect(await shown()).toEqual({ focused: false, due: 'short' });
    const closed = short.waitForEvent('close');
    await short.keyboard.press('d');
    await closed;
    // The stretch count went on: the popup says a stretch break comes next, within 5 minutes.
    const popup = await limber.openPage('/popup.html');
    await expect.poll(() => popup.locator('.status-next').textContent()).toMatch(/^Stretch break in [0-5]:\d\d$/);
    await popup.close();

    // 2. The stretch break, as before: a window without kind, Snooze offered; Done.
    const stretch = await nextBreakPage();
    await stretch.waitForSelector('.stretch-card h1');
    expect(stretch.url()).not.toContain('kind=short');
    expect(await stretch.getByTestId('snooze').count()).toBe(1);
    await clickToClose(stretch, 'done');

    // 3. The next short break, left alone: after 2 minutes it goes by itself, nothing logged.
    const ignored = await nextBreakPage();
    expect(ignored.url()).toContain('kind=short');
    if (!ignored.isClosed()) await ignored.waitForEvent('close', { timeout: 10_000 });
    // 2 simulated minutes are 4 real seconds (the unit tests pin the exact time); never at once.
    expect(seenClose.get(ignored)! - seenOpen.get(ignored)!).toBeGreaterThan(0.6 * SHORT_LAPSE_MS / SPEED);
    expect((await schedule()).due).toBeNull();

    // 4. A stretch break skipped: the popup offers that stretch; "I just took a break" restarts both counts.
    const skipped = await nextBreakPage();
    await skipped.waitForSelector('.stretch-card h1');
    expect(skipped.url()).not.toContain('kind=short');
    const skippedCard = new URL(skipped.url()).searchParams.get('exercise');
    await clickToClose(skipped, 'skip');
    const after = await limber.openPage('/popup.html');
    await after.getByTestId('stretch-skipped').waitFor();
    const clickedAt = await after.evaluate(() => Date.now());
    await after.getByTestId('took-break').click();
    await expect.poll(async () => (await schedule()).naturalBreak).toMatchObject({ reported: true });
    await expect.poll(() => after.getByTestId('natural-break').textContent()).toMatch(/^Break counted at .+: the count started over\.$/);
    // Both counts started over from the click: the sitting count, and the short count within it.
    const restarted = await schedule();
    expect(restarted.seenAt - restarted.sitMs).toBeGreaterThanOrEqual(clickedAt);
    expect(restarted.naturalBreak!.at).toBeGreaterThanOrEqual(clickedAt);
    expect(restarted.shortSinceMs).toBe(0);
    expect(restarted.skipped).toBeNull();
    expect(await after.getByTestId('stretch-skipped').count()).toBe(0);
    await expectBadgeCountsToShortBreak();
    expect(skippedCard).not.toBeNull();
    await after.close();

    // 5. "Your breaks" tells the kinds apart: one short break done, one stretch done, one skipped, one natural break.
    // Summed over the table's days: on this clock the day may well have turned since the first break.
    const options = await limber.openPage('/options.html#breaks');
    await options.getByTestId('breaks-view').waitFor();
    const columns = await options.getByTestId('days-table').evaluate((table) => {
      const heads = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent);
      const sums = heads.map(() => 0);
      for (const row of table.querySelectorAll('tbody tr')) [...row.querySelectorAll('td')].forEach((td, i) => (sums[i]! += Number(td.textContent)));
      return Object.fromEntries(heads.map((h, i) => [h, sums[i]]));
    });
    expect(columns).toEqual({ Done: 1, Skipped: 1, Snoozed: 0, 'Stepped away': 1, 'Short breaks': 1 });
    await options.close();
    expect(breakPages()).toHaveLength(0);
  });
});
