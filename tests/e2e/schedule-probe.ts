/**
 * What the schedule e2e files (schedule-*.e2e.ts) share: the stored schedule as the test reads
 * it, a page kept open to read it, and a record of every break window that opens.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Limber } from './harness';
import { inWorker } from './worker-call';

export const MIN = 60_000;
export const INTERVAL = 30 * MIN;
/**
 * How late a break window may open after its due time: the alarm, a worker start and a window,
 * which take real time, 1.5 real seconds on a busy 2-core machine. In simulated time that is 90 s
 * at the usual 60x, twice that on a clock twice as fast: what a user would call on time either way.
 */
const LATE_OK_REAL_MS = 1500;
export const lateOk = (speed: number) => LATE_OK_REAL_MS * speed;
/** LATE_OK at the usual 60x (simulated ms). */
export const LATE_OK = lateOk(60);

export interface Stored {
  sitMs: number;
  seenAt: number;
  due: { breakId: number; attempt: 0 | 1 } | null;
  away: unknown;
  paused: unknown;
  offHours: boolean;
  lastBreakId: number;
}

/** Real milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An extension page kept open to read storage and the badge: it works while the worker is dead.
 * The options page, because it sits still: the popup redraws its countdown every second, which
 * on a 60x clock is 60 redraws a real second (half a core, measured), taken from the clock's
 * other browsers.
 */
export async function openProbe(limber: Limber): Promise<Page> {
  return limber.openPage('/options.html');
}
export const simNow = (probe: Page) => probe.evaluate(() => Date.now());
export const readState = (probe: Page) => probe.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule as Stored);
export const badgeText = (probe: Page) => probe.evaluate(() => chrome.action.getBadgeText({}));

/**
 * Right after a launch: the badge counts down the minutes the stored count has left. Read from
 * the worker in one go (badge, count, clock), so a slow launch (seconds, which are simulated
 * minutes here) changes the figures but not whether they agree. Up to a minute behind: the badge
 * moves on the minute's alarm.
 */
export async function expectBadgeAgreesWithCount(limber: Limber, intervalMs = INTERVAL): Promise<void> {
  const read = () => inWorker(limber, async (every: number) => {
    const { schedule } = (await chrome.storage.local.get('schedule')) as { schedule?: Stored };
    const badge = await chrome.action.getBadgeText({});
    if (!schedule || schedule.due || schedule.paused || schedule.away || schedule.offHours) return { badge, left: null };
    return { badge, left: Math.ceil((every - schedule.sitMs - (Date.now() - schedule.seenAt)) / 60_000) };
  }, intervalMs);
  await expect.poll(async () => {
    const { badge, left } = await read();
    return left !== null && (badge === String(left) || badge === String(left + 1)) ? 'agrees' : `badge ${badge}, ${left} min left`;
  }, { timeout: 20_000, interval: 20 }).toBe('agrees');
}

export interface Opened {
  readonly page: Page;
  readonly breakId: number;
}

/** Collects every break window that opens in this browser. */
export function watchBreaks(limber: Limber, into: Opened[]): void {
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
