/**
 * A schedule people can trust, in Chromium on the fast clock (1 simulated minute per real second),
 * default settings:
 * - 4 simulated hours of sitting during which the service worker is killed at 20 seeded-random
 *   moments and the browser is closed and relaunched on the same profile twice: every break opens
 *   exactly when the count says, none duplicated, none lost;
 * - a 1-hour pause from the popup: no break for that hour, badge "II", then a fresh count;
 * - working hours: no counting before they start, a fresh count at the start, the break 30 min in.
 *
 * Accommodated: faketime restarts the simulated clock at every launch ('+0 x60' counts from the
 * real time), so each relaunch is also a clock set back by about 59 x the real time elapsed. The
 * count must survive that too: it is measured as sitting time, never as wall-clock difference.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickToClose, launch, type Limber } from './harness';
import { seededRandom as seeded } from '../seeded-random';

const MIN = 60_000;
const INTERVAL = 30 * MIN;
const SESSION = 240 * MIN;
const KILLS = 20;
const RELAUNCH_AT = [85 * MIN, 170 * MIN];
/** How late a break window may open after its due time (simulated): alarm, worker start, window. */
const LATE_OK = 90_000;

interface Stored {
  sitMs: number;
  seenAt: number;
  due: { breakId: number; attempt: 0 | 1 } | null;
  away: unknown;
  paused: unknown;
  offHours: boolean;
  lastBreakId: number;
}


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An extension page kept open to read storage and the badge: it works while the worker is dead. */
async function openProbe(limber: Limber): Promise<Page> {
  return limber.openPage('/popup.html');
}
const simNow = (probe: Page) => probe.evaluate(() => Date.now());
const readState = (probe: Page) => probe.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule as Stored);
const badgeText = (probe: Page) => probe.evaluate(() => chrome.action.getBadgeText({}));

interface Opened {
  readonly page: Page;
  readonly breakId: number;
}

/** Collects every break window that opens in this browser. */
function watchBreaks(limber: Limber, into: Opened[]): void {
  limber.context.on('page', (page) => {
    const check = () => {
      const url = page.url();
      if (!url.includes('/break.html')) return false;
      into.push({ page, breakId: Number(new URL(url).searchParams.get('break')) });
      return true;
    };
    if (!check()) page.once('framenavigated', () => void check());
  });
}

describe('a schedule people can trust (fast clock, default settings)', () => {
  const profiles: string[] = [];
  let limber: Limber | null = null;
  afterAll(async () => {
    await limber?.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  it('4 simulated hours, 20 worker kills, 2 browser relaunches: every break exactly on time, none duplicated or lost', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'limber-schedule-'));
    profiles.push(profile);
    const random = seeded(20261125);
    const kills = Array.from({ length: KILLS }, () => 2 * MIN + random() * (SESSION - 4 * MIN)).sort((a, b) => a - b);
    const relaunches = [...RELAUNCH_AT];
    const realStart = Date.now();

    const opened: Opened[] = [];
    limber = await launch({ fastClock: true, profile });
    watchBreaks(limber, opened);
    let probe = await openProbe(limber);
    await expect.poll(() => badgeText(probe), { timeout: 10_000 }).toMatch(/^(30|29)$/);

    /** Simulated time sat through in browsers closed before this one, plus this one's start. */
    let elapsedBefore = 0;
    let sessionStart = (await readState(probe)).seenAt - (await readState(probe)).sitMs;
    const elapsed = async () => elapsedBefore + (await simNow(probe)) - sessionStart;

    // The count: when the next break is due, in this browser's clock. seenAt - sitMs is constant while counting.
    const countStart = (s: Stored) => s.seenAt - s.sitMs;
    let expectedDue = countStart(await readState(probe)) + INTERVAL;
    let expectedBreaks = 0;
    let handled = 0;
    const log: string[] = [];
    let killsDone = 0;
    let extraKills = 0;

    for (;;) {
      // A break window: on time, the next break id, then Done at once.
      if (opened.length > handled) {
        const { page, breakId } = opened[handled]!;
        handled += 1;
        await page.waitForSelector('.stretch-card h1');
        const at = await page.evaluate(() => performance.timeOrigin);
        expectedBreaks += 1;
        log.push(`break ${breakId} at +${((at - expectedDue) / 1000).toFixed(1)} s (sim) of due`);
        expect(breakId, log.join('\n')).toBe(expectedBreaks);
        expect(at, log.join('\n')).toBeGreaterThanOrEqual(expectedDue - 1000);
        expect(at, log.join('\n')).toBeLessThanOrEqual(expectedDue + LATE_OK);
        if (breakId === 2) {
          // Left unanswered, with the worker killed while the window is open: the restarted worker
          // neither opens a second window nor a new break; after 2 minutes the nudge is repeated
          // once (attempt 1), in the same window.
          await limber.killWorker();
          await expect.poll(async () => (await readState(probe)).due, { timeout: 6_000, interval: 100 }).toMatchObject({ breakId: 2, attempt: 1 });
          await sleep(1500);
          expect(opened.length, 'a second window for the same break').toBe(handled);
          expect(page.isClosed()).toBe(false);
          extraKills += 1;
          log.push(`kill during break ${breakId}: window kept, repeated once`);
        }
        await clickToClose(page, 'done');
        const s = await readState(probe);
        expect(s.due).toBeNull();
        expectedDue = countStart(s) + INTERVAL;
        continue;
      }

      const done = await elapsed();
      const now = await simNow(probe);
      const untilDue = expectedDue - now;
      // Never later than due + the allowed delay: a lost break fails here.
      expect(untilDue, `break ${expectedBreaks + 1} did not open\n${log.join('\n')}`).toBeGreaterThan(-LATE_OK);

      if (kills.length > 0 && done >= kills[0]!) {
        kills.shift();
        const before = await readState(probe);
        await limber.killWorker();
        // Wait for the worker to come back (the next wake alarm) and account for the time since.
        const back = await expect
          .poll(async () => (await readState(probe)).seenAt, { timeout: 5_000, interval: 50 })
          .toBeGreaterThan(before.seenAt)
          .then(() => true, () => false);
        const alarms = await probe.evaluate(() => chrome.alarms.getAll());
        expect(back, `kill ${killsDone + 1}: the worker did not come back; alarms ${JSON.stringify(alarms)} at ${await simNow(probe)}, state ${JSON.stringify(await readState(probe))}\n${log.join('\n')}`).toBe(true);
        killsDone += 1;
        const after = await readState(probe);
        if (before.due === null && after.due === null && before.away === null && after.away === null) {
          // The count went on exactly where it was: nothing lost, nothing added.
          expect(countStart(after), `kill ${killsDone} changed the count`).toBe(countStart(before));
        }
        log.push(`kill ${killsDone} at ${(done / MIN).toFixed(1)} min (due in ${(untilDue / MIN).toFixed(1)} min)`);
        continue;
      }

      // A relaunch, only while counting and not within 3 minutes of a break.
      if (relaunches.length > 0 && done >= relaunches[0]! && untilDue > 3 * MIN) {
        relaunches.shift();
        const before = await readState(probe);
        const sat = before.sitMs + ((await simNow(probe)) - before.seenAt);
        elapsedBefore = await elapsed();
        await limber.close();
        const closedAt = Date.now();
        limber = await launch({ fastClock: true, profile });
        watchBreaks(limber, opened);
        probe = await openProbe(limber);
        await expect.poll(async () => (await readState(probe)).seenAt, { timeout: 10_000 }).toBeGreaterThan(0);
        const after = await readState(probe);
        sessionStart = await simNow(probe);
        // The clock went back (faketime starts over at launch): the sitting time stored at the last
        // wake carried over intact (the seconds since that wake are not seen: the clock went back).
        expect(after.sitMs).toBeGreaterThanOrEqual(before.sitMs);
        expect(sat - after.sitMs).toBeLessThan(2 * MIN);
        expect(after.sitMs).toBeLessThan(sat + 2 * MIN);
        expect(after.due).toBeNull();
        expectedDue = countStart(after) + INTERVAL;
        log.push(`relaunch at ${(elapsedBefore / MIN).toFixed(1)} min: closed ${Date.now() - closedAt} ms real, sat ${(sat / MIN).toFixed(2)} -> ${(after.sitMs / MIN).toFixed(2)} min`);
        continue;
      }

      // The end: the whole session sat, and no break on the edge of it.
      if (done >= SESSION && kills.length === 0 && relaunches.length === 0 && untilDue > 2 * MIN) break;
      await sleep(100);
    }

    // Nothing more opened (no duplicate of the last break, no stray window).
    await sleep(1500);
    expect(opened.length, log.join('\n')).toBe(handled);
    expect(killsDone).toBe(KILLS);
    expect(extraKills).toBe(1);
    // 4 hours at 30 minutes plus a few seconds per Done: 7 breaks, numbered 1..7 without gaps.
    expect(expectedBreaks).toBe(7);
    expect(opened.map((o) => o.breakId)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    console.log(`session: ${((await elapsed()) / MIN).toFixed(1)} simulated min in ${((Date.now() - realStart) / 1000).toFixed(1)} s real\n${log.join('\n')}`);
    await limber.close();
    limber = null;
  }, 330_000);

  it('pause for 1 hour from the popup: no break for that hour, badge II, then a fresh count', async () => {
    limber = await launch({ fastClock: true });
    const opened: Opened[] = [];
    watchBreaks(limber, opened);
    const popup = await openProbe(limber);
    await expect.poll(() => badgeText(popup), { timeout: 10_000 }).toMatch(/^(30|29)$/);
    await popup.getByTestId('pause-1h').click();
    await expect.poll(() => badgeText(popup), { timeout: 5_000 }).toBe('II');
    const pausedAt = await simNow(popup);
    await expect.poll(() => popup.getByTestId('paused').textContent()).toMatch(/^Paused until /);
    await expect.poll(() => popup.getByTestId('resume').isVisible()).toBe(true);
    // Kill the worker while paused too: the pause is stored, not held in memory.
    await sleep(35_000); // past the moment the break would have been due
    await limber.killWorker();
    // The hour passes (the count would have been due 10 minutes in): no break window, still II.
    await expect.poll(async () => (await simNow(popup)) - pausedAt, { timeout: 40_000, interval: 500 }).toBeGreaterThan(59 * MIN);
    expect(await badgeText(popup)).toBe('II');
    expect(opened).toHaveLength(0);
    // Then a fresh count: 30 minutes to go.
    await expect.poll(() => badgeText(popup), { timeout: 10_000 }).toBe('30');
    const s = await readState(popup);
    expect(s.paused).toBeNull();
    expect(s.sitMs).toBeLessThan(2 * MIN);
    expect(opened).toHaveLength(0);
    await limber.close();
    limber = null;
  }, 150_000);

  it('working hours: no counting outside them, a fresh count when they start, the break 30 minutes later', async () => {
    limber = await launch({ fastClock: true });
    const opened: Opened[] = [];
    watchBreaks(limber, opened);
    const probe = await openProbe(limber);
    await expect.poll(() => badgeText(probe), { timeout: 10_000 }).toMatch(/^(30|29)$/);
    // A working window that starts 5 simulated minutes from now (local time), away from midnight.
    let local = await probe.evaluate(() => { const d = new Date(); return d.getHours() * 60 + d.getMinutes(); });
    if (local + 50 >= 1440) {
      // Too near midnight for a window within today: wait for tomorrow with no working days set, so the
      // default 30-minute break cannot come due while the clock crosses midnight.
      await probe.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, workDays: [] } }));
      await expect.poll(() => badgeText(probe), { timeout: 5_000 }).toBe('');
      await sleep((1440 - local + 1) * 1000);
      local = await probe.evaluate(() => { const d = new Date(); return d.getHours() * 60 + d.getMinutes(); });
    }
    const workStartMin = local + 5;
    await probe.evaluate(
      (hours) => chrome.storage.sync.set({ settings: { version: 1, workDays: [0, 1, 2, 3, 4, 5, 6], ...hours } }),
      { workStartMin, workEndMin: workStartMin + 45 },
    );
    // Outside the hours: blank badge, off-hours state, no counting.
    await expect.poll(() => badgeText(probe), { timeout: 5_000 }).toBe('');
    expect((await readState(probe)).offHours).toBe(true);
    await expect.poll(() => probe.getByText('Outside your working hours.').isVisible()).toBe(true);
    // At the start: a fresh count.
    await expect.poll(() => badgeText(probe), { timeout: 10_000, interval: 200 }).toBe('30');
    const started = await readState(probe);
    expect(started.offHours).toBe(false);
    const countStart = started.seenAt - started.sitMs;
    expect(new Date(countStart).getHours() * 60 + new Date(countStart).getMinutes()).toBe(workStartMin % 1440);
    expect(opened).toHaveLength(0);
    // The break: 30 minutes into the working window, not counting the time before it.
    await expect.poll(() => opened.length, { timeout: 40_000, interval: 200 }).toBe(1);
    const page = opened[0]!.page;
    await page.waitForSelector('.stretch-card h1');
    const at = await page.evaluate(() => performance.timeOrigin);
    expect(at - countStart).toBeGreaterThanOrEqual(30 * MIN - 1000);
    expect(at - countStart).toBeLessThan(30 * MIN + LATE_OK);
    await limber.close();
    limber = null;
  }, 150_000);
});
