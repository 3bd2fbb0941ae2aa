import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, waitForPage, type Limber } from './harness';
import { LATE_OK, expectBadgeAgreesWithCount } from './schedule-probe';

const MIN = 60_000;

describe('the core loop on a fast clock, default settings', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch({ fastClock: true });
  });
  afterAll(async () => limber?.close());

  it('opens one break window with a stretch card after 30 minutes of sitting, and Done restarts the count', async () => {
    await expectBadgeAgreesWithCount(limber);
    const worker = await limber.worker();
    // When the count began, on the browser's clock: the schedule's own record of it.
    const countStart = () => limber.openPage('/options.html').then(async (probe) => {
      const start = await probe.evaluate(async () => {
        const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule: { sitMs: number; seenAt: number } };
        return schedule.seenAt - schedule.sitMs;
      });
      await probe.close();
      return start;
    });
    const installedAt = await countStart();

    const breakPage = await waitForPage(limber.context, '/break.html', 60_000);
    await breakPage.waitForSelector('.stretch-card h1');
    const openedAt = await breakPage.evaluate(() => performance.timeOrigin);
    const sittingBeforeNudge = openedAt - installedAt;
    expect(sittingBeforeNudge).toBeGreaterThanOrEqual(30 * MIN - 1000);
    expect(sittingBeforeNudge).toBeLessThan(30 * MIN + LATE_OK);

    // One card: a name, a picture, 2-4 cues, a running hold timer.
    expect(await breakPage.locator('.stretch-card [role=img]').count()).toBe(1);
    const cues = await breakPage.locator('.card-cues li').count();
    expect(cues).toBeGreaterThanOrEqual(2);
    expect(cues).toBeLessThanOrEqual(4);
    // On the fast clock a 20 s hold lasts a third of a real second: by the time we look, the timer
    // has moved on from where it started, or run out (its view derives from the clock).
    const timer = await breakPage.evaluate(() => ({
      left: Number(document.querySelector('[data-testid=seconds-left]')?.textContent),
      finished: document.querySelector('.hold-timer')?.getAttribute('data-finished') === 'true',
    }));
    if (!timer.finished) {
      await breakPage.waitForFunction(
        (start) =>
          Number(document.querySelector('[data-testid=seconds-left]')?.textContent) < start ||
          document.querySelector('.hold-timer')?.getAttribute('data-finished') === 'true',
        timer.left,
      );
    }
    await breakPage.waitForSelector('.hold-timer[data-finished=true]');
    expect(await breakPage.getByTestId('seconds-left').textContent()).toBe('0');
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');

    const doneAt = await breakPage.evaluate(() => Date.now());
    // Waited for from before the click: on this clock the window may close within milliseconds.
    const closing = breakPage.waitForEvent('close').then(() => true, () => breakPage.isClosed());
    await breakPage.getByTestId('done').click();
    const closed = await closing;
    if (!closed) {
      const probe = await limber.openPage('/options.html');
      const stored = await probe.evaluate(() => chrome.storage.local.get(null));
      const shown = await breakPage.evaluate(() => document.body.innerText.slice(0, 300)).catch((e: unknown) => String(e));
      expect(closed, `the break window did not close after Done: it shows ${JSON.stringify(shown)}; storage ${JSON.stringify(stored)}`).toBe(true);
    }

    // The count restarts when the worker applies the Done (within 3 real seconds, on a busy
    // machine); the next break comes 30 minutes after that.
    const restartedAt = await countStart();
    expect(restartedAt).toBeGreaterThanOrEqual(doneAt);
    expect(restartedAt - doneAt, 'Done applied late').toBeLessThan(3 * MIN);
    const next = await waitForPage(limber.context, '/break.html', 60_000);
    await next.waitForSelector('.stretch-card h1');
    const gap = (await next.evaluate(() => performance.timeOrigin)) - restartedAt;
    expect(gap).toBeGreaterThanOrEqual(30 * MIN - 1000);
    expect(gap).toBeLessThan(30 * MIN + LATE_OK);
    const breakPages = limber.context.pages().filter((p) => p.url().includes('/break.html'));
    expect(breakPages).toHaveLength(1);
  });
});
