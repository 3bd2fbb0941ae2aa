/**
 * The scheduler's single wake-up alarm. A live alarm is left alone when it will wake us in time
 * (re-creating alarms on every worker start is how other extensions' alarms never fired); it is
 * re-armed only when it is missing, in the past, or later than wanted (a clock set back, a stale
 * schedule). A time in the past is never scheduled: Firefox would not fire it.
 */
import { browser } from 'wxt/browser';

export const WAKE_ALARM = 'limber-wake';
/**
 * A once-a-minute alarm that lives while the schedule needs wakes. A worker stopped in the middle
 * of an event (after the wake alarm fired, before the next was set) would otherwise sleep until the
 * user happens to do something; the watchdog brings it back within a minute. Never reset once live.
 */
export const WATCHDOG_ALARM = 'limber-watchdog';

const WATCHDOG_PERIOD_MS = 60_000;
/** Slack for timer rounding: an alarm this close after the wanted time is on time. */
const SAME_TIME_MS = 500;
/** The earliest we ever ask to be woken, from now. */
const MIN_DELAY_MS = 1000;

/** Whether a live alarm at `scheduled` will do for a wake wanted at `wanted` (pure, for tests). */
export function alarmStillGood(scheduled: number, wanted: number, now: number): boolean {
  // An early wake is harmless (the scheduler is idempotent); a late or past one is not.
  return scheduled > now && scheduled <= Math.max(wanted, now + MIN_DELAY_MS) + SAME_TIME_MS;
}

export async function ensureWakeAt(at: number, now = Date.now()): Promise<void> {
  const watchdog = await browser.alarms.get(WATCHDOG_ALARM);
  // Missing, or (clock set back) implausibly far ahead: re-arm. Otherwise leave it alone.
  if (!watchdog || watchdog.scheduledTime > now + WATCHDOG_PERIOD_MS + MIN_DELAY_MS) {
    await browser.alarms.create(WATCHDOG_ALARM, { periodInMinutes: WATCHDOG_PERIOD_MS / 60_000 });
  }
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing && alarmStillGood(existing.scheduledTime, at, now)) return;
  await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, now + MIN_DELAY_MS) });
}

export async function clearWake(): Promise<void> {
  await browser.alarms.clear(WAKE_ALARM);
  await browser.alarms.clear(WATCHDOG_ALARM);
}
