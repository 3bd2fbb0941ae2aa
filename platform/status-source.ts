/** Pages read the schedule straight from storage (no need to wake the worker) and follow its changes. */
import { browser } from 'wxt/browser';
import { repairSchedule } from '../core/schedule-repair';
import type { ScheduleState } from '../core/schedule-types';
import { KEYS } from './storage-keys';
import { readSchedule } from './schedule-store';

export async function readScheduleState(now: number): Promise<ScheduleState> {
  return repairSchedule(await readSchedule(), now).state;
}

export function onScheduleChanged(callback: (state: ScheduleState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEYS.schedule in changes) callback(repairSchedule(changes[KEYS.schedule]?.newValue, Date.now()).state);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
