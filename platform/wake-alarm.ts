/**
 * The scheduler's single wake-up alarm. A live alarm is left alone when it will wake us in time
 * (re-creating alarms on every worker start is how other extensions' alarms never fired); it is
 * re-armed only when it is missing, in the past, or later than wanted (a clock set back, a stale
 * schedule). A time in the past is never scheduled: Firefox would not fire it.
 *
 * The alarm repeats every minute after its first firing. A worker stopped in the middle of an
 * event (after the alarm fired, before the next one was set) would otherwise sleep until the user
 * happens to do something; the repeat brings it back within a minute, at no cost otherwise (each
 * event sets the next wake, which replaces the repeat).
 */
import { browser } from 'wxt/browser';
import { DAY, SECOND } from '../core/time';

export const WAKE_ALARM = 'limber-wake';

const REPEAT_MIN = 1;
/** Slack for timer rounding: an alarm this close after the wanted time is on time. */
const SAME_TIME_MS = SECOND / 2;
/** The earliest we ever ask to be woken, from now. */
const MIN_DELAY_MS = SECOND;

/** Whether a live alarm at `scheduled` will do for a wake wanted at `wanted` (pure, for tests). */
export function alarmStillGood(scheduled: number, wanted: number, now: number): boolean {
  // Only the wanted time will do: a late or past alarm misses the break, and an early one (the
  // minute repeat while paused or away) would wake the worker every minute for nothing.
  return scheduled > now && Math.abs(scheduled - Math.max(wanted, now + MIN_DELAY_MS)) <= SAME_TIME_MS;
}

/** Further ahead than any wake the scheduler asks for (a working week plus a weekend): a clock change. */
const IMPLAUSIBLY_FAR_MS = 15 * DAY;

/** Whether the wake alarm is live and plausible, so a fresh worker need not re-check the schedule. */
export async function wakeIsArmed(now = Date.now()): Promise<boolean> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  return !!existing && existing.scheduledTime > now - SAME_TIME_MS && existing.scheduledTime < now + IMPLAUSIBLY_FAR_MS;
}

export async function ensureWakeAt(at: number, now = Date.now()): Promise<void> {
  const existing = await browser.alarms.get(WAKE_ALARM);
  if (existing && alarmStillGood(existing.scheduledTime, at, now)) return;
  await browser.alarms.create(WAKE_ALARM, { when: Math.max(at, now + MIN_DELAY_MS), periodInMinutes: REPEAT_MIN });
}

export async function clearWake(): Promise<void> {
  await browser.alarms.clear(WAKE_ALARM);
}
