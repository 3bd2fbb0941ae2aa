/** Stored schedule state is untrusted: anything malformed restarts the count (settings are separate). */
import type { ScheduleState } from './schedule-types';
import { initialState } from './schedule';

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validAway(x: unknown): x is ScheduleState['away'] {
  return x === null || (isObj(x) && isTime(x.since) && typeof x.reset === 'boolean');
}
function validDue(x: unknown): x is ScheduleState['due'] {
  return x === null || (isObj(x) && isCount(x.breakId) && isTime(x.since));
}
function validPaused(x: unknown): x is ScheduleState['paused'] {
  return x === null || (isObj(x) && (x.until === null || isTime(x.until)));
}

export function isScheduleState(x: unknown): x is ScheduleState {
  return (
    isObj(x) &&
    x.v === 1 &&
    isTime(x.sitMs) &&
    isTime(x.seenAt) &&
    validAway(x.away) &&
    validDue(x.due) &&
    (x.snoozedUntil === null || isTime(x.snoozedUntil)) &&
    isCount(x.snoozesInRow) &&
    validPaused(x.paused) &&
    typeof x.offHours === 'boolean' &&
    isCount(x.lastBreakId)
  );
}

/** The stored state if it is whole, else a fresh count that keeps the break numbering moving on. */
export function repairSchedule(raw: unknown, now: number): { state: ScheduleState; repaired: boolean } {
  if (isScheduleState(raw)) return { state: raw, repaired: false };
  const fresh = initialState(now);
  const lastBreakId = isObj(raw) && isCount(raw.lastBreakId) ? raw.lastBreakId : 0;
  return { state: { ...fresh, lastBreakId }, repaired: raw !== undefined };
}
