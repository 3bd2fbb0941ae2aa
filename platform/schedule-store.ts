/** The scheduler's state in storage.local. Only the background writes it. */
import { browser } from 'wxt/browser';
import { repairSchedule } from '../core/schedule-repair';
import type { ScheduleState } from '../core/schedule-types';
import { KEYS } from './storage-keys';

export async function loadSchedule(now: number): Promise<ScheduleState> {
  const raw = (await browser.storage.local.get(KEYS.schedule))[KEYS.schedule];
  const { state, repaired } = repairSchedule(raw, now);
  if (repaired) console.warn('Limber: stored schedule was unreadable; the sitting count starts over.');
  return state;
}

export async function saveSchedule(state: ScheduleState): Promise<void> {
  await browser.storage.local.set({ [KEYS.schedule]: state });
}

/** For pages: the schedule as last saved (null before the background first ran). */
export async function readSchedule(): Promise<unknown> {
  return (await browser.storage.local.get(KEYS.schedule))[KEYS.schedule];
}
