/**
 * The scheduler's single wake-up alarm. A live alarm at the wanted time is left alone (re-creating
 * alarms on every worker start is how other extensions' alarms never fired).
 */
import { browser } from 'wxt/browser';

export const WAKE_ALARM = 'limber-wake';

/** Alarms this far ahead of what we want are a clock change or a stale schedule. */
const SAME_TIME_MS = 500;

export async function ensureWakeAt(at: number): Promise<void> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing && Math.abs(existing.scheduledTime - at) < SAME_TIME_MS) return;
  await browser.alarms.create(WAKE_ALARM, { when: at });
}

export async function clearWake(): Promise<void> {
  await browser.alarms.clear(WAKE_ALARM);
}
