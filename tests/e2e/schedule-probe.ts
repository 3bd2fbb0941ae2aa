/**
 * What the schedule e2e files (schedule-*.e2e.ts) share: the stored schedule as the test reads
 * it, a page kept open to read it, and a record of every break window that opens.
 */
import type { Page } from 'playwright-core';
import type { Limber } from './harness';

export const MIN = 60_000;
export const INTERVAL = 30 * MIN;
/** How late a break window may open after its due time (simulated): alarm, worker start, window. */
export const LATE_OK = 90_000;

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

/** An extension page kept open to read storage and the badge: it works while the worker is dead. */
export async function openProbe(limber: Limber): Promise<Page> {
  return limber.openPage('/popup.html');
}
export const simNow = (probe: Page) => probe.evaluate(() => Date.now());
export const readState = (probe: Page) => probe.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule as Stored);
export const badgeText = (probe: Page) => probe.evaluate(() => chrome.action.getBadgeText({}));

/**
 * The badge read from the worker, as soon as it can be after a launch: opening a page first would
 * cost simulated minutes of the count on a loaded machine. Each read asks for the live worker.
 */
export const workerBadge = async (limber: Limber) => (await limber.worker()).evaluate(() => chrome.action.getBadgeText({}));

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
