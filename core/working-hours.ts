/** Working hours in local time. Pure: local time is derived from the timestamp given. */
import type { Settings } from './settings';
import { MINUTE, MINUTES_PER_DAY } from './time';

type Hours = Pick<Settings, 'workDays' | 'workStartMin' | 'workEndMin'>;

/** The two one-click choices: "Mon-Fri, 9-17" and "every day, any time" (the default). */
export const WEEKDAYS_9_TO_5: Hours = { workDays: [1, 2, 3, 4, 5], workStartMin: 9 * 60, workEndMin: 17 * 60 };
export const ANY_TIME: Hours = { workDays: [0, 1, 2, 3, 4, 5, 6], workStartMin: 0, workEndMin: MINUTES_PER_DAY };

function minuteOfDay(d: Date): number {
  return d.getHours() * 60 + d.getMinutes();
}

export function isAllTheTime(h: Hours): boolean {
  return h.workDays.length === 7 && h.workStartMin === 0 && h.workEndMin >= MINUTES_PER_DAY;
}

export function isWorkingTime(now: number, h: Hours): boolean {
  if (isAllTheTime(h)) return true;
  const d = new Date(now);
  if (!h.workDays.includes(d.getDay())) return false;
  const m = minuteOfDay(d);
  return m >= h.workStartMin && m < h.workEndMin;
}

/** When today's working window began: `workStartMin` on the day of `now` (only meaningful in working time). */
export function workingWindowStart(now: number, h: Hours): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, h.workStartMin).getTime();
}

/** The next moment working time begins after `now` (within two weeks), or null if never. */
export function nextWorkingStart(now: number, h: Hours): number | null {
  if (h.workDays.length === 0) return null;
  const start = new Date(now);
  for (let day = 0; day <= 14; day += 1) {
    const candidate = new Date(start.getFullYear(), start.getMonth(), start.getDate() + day, 0, h.workStartMin);
    if (candidate.getTime() > now && h.workDays.includes(candidate.getDay())) return candidate.getTime();
  }
  return null;
}

/** The moment the current working window ends, or null when it never does. */
export function workingEnd(now: number, h: Hours): number | null {
  if (isAllTheTime(h)) return null;
  const d = new Date(now);
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, h.workEndMin).getTime();
  return end > now ? end : now + MINUTE;
}
