/** Stored schedule state is untrusted: anything malformed restarts the count (settings are separate). */
import type { Attention, Due, ScheduleState } from './schedule-types';
import { initialState } from './schedule';
import { parseAnswered } from './answer';

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validAway(x: unknown): x is ScheduleState['away'] {
  return x === null || (isObj(x) && isTime(x.since) && typeof x.reset === 'boolean');
}
function validPaused(x: unknown): x is ScheduleState['paused'] {
  return x === null || (isObj(x) && (x.until === null || isTime(x.until)));
}

/** A due break; one stored before nudges could be held or repeated counts as shown and repeated. */
function repairDue(x: unknown): Due | null | undefined {
  if (x === null) return null;
  if (!isObj(x) || !isCount(x.breakId) || !isTime(x.since)) return undefined;
  const legacy = !('shownAt' in x);
  const shownAt = legacy ? x.since : x.shownAt === null || isTime(x.shownAt) ? x.shownAt : undefined;
  const attempt = legacy ? 1 : x.attempt === 0 || x.attempt === 1 ? x.attempt : undefined;
  if (shownAt === undefined || attempt === undefined) return undefined;
  return { breakId: x.breakId, since: x.since, shownAt, attempt };
}

function repairAttention(x: unknown): Attention | undefined {
  if (x === undefined) return { fullscreen: false, audible: false };
  return isObj(x) && typeof x.fullscreen === 'boolean' && typeof x.audible === 'boolean'
    ? { fullscreen: x.fullscreen, audible: x.audible }
    : undefined;
}

/**
 * The stored state as a whole, valid ScheduleState, or null if any part is malformed. Fields added
 * after version 1 was first stored (attention, idleWhileAudible, headsUpGiven, silence, answered) take their defaults.
 */
export function parseScheduleState(x: unknown): ScheduleState | null {
  if (!isObj(x) || x.v !== 1) return null;
  const due = repairDue(x.due);
  const attention = repairAttention(x.attention);
  const idleWhileAudible = x.idleWhileAudible === undefined ? null : x.idleWhileAudible;
  const headsUpGiven = x.headsUpGiven === undefined ? false : x.headsUpGiven;
  const silence = x.silence === undefined ? null : x.silence;
  const silenceOk = silence === null || (isObj(silence) && isTime(silence.from) && isTime(silence.to));
  const answered = parseAnswered(x.answered);
  const ok =
    isTime(x.sitMs) &&
    isTime(x.seenAt) &&
    validAway(x.away) &&
    due !== undefined &&
    (x.snoozedUntil === null || isTime(x.snoozedUntil)) &&
    isCount(x.snoozesInRow) &&
    validPaused(x.paused) &&
    typeof x.offHours === 'boolean' &&
    isCount(x.lastBreakId) &&
    attention !== undefined &&
    (idleWhileAudible === null || isTime(idleWhileAudible)) &&
    typeof headsUpGiven === 'boolean' &&
    silenceOk &&
    answered !== null;
  if (!ok) return null;
  const away = x.away as ScheduleState['away'];
  const paused = x.paused as ScheduleState['paused'];
  // Only known keys survive: nothing foreign is carried into the next save.
  return {
    v: 1,
    sitMs: x.sitMs as number,
    seenAt: x.seenAt as number,
    away: away && { since: away.since, reset: away.reset },
    due,
    snoozedUntil: x.snoozedUntil as number | null,
    snoozesInRow: x.snoozesInRow as number,
    paused: paused && { until: paused.until },
    offHours: x.offHours as boolean,
    lastBreakId: Math.max(x.lastBreakId as number, due?.breakId ?? 0),
    attention,
    idleWhileAudible: idleWhileAudible as number | null,
    headsUpGiven: headsUpGiven as boolean,
    silence: silence === null ? null : { from: (silence as { from: number }).from, to: (silence as { to: number }).to },
    answered: answered as readonly string[],
  };
}

export function isScheduleState(x: unknown): x is ScheduleState {
  return parseScheduleState(x) !== null;
}

/** The stored state if it is whole, else a fresh count that keeps the break numbering moving on. */
export function repairSchedule(raw: unknown, now: number): { state: ScheduleState; repaired: boolean } {
  let parsed: ScheduleState | null = null;
  try {
    parsed = parseScheduleState(raw);
  } catch {
    // A getter that throws, a revoked proxy: garbage all the same.
  }
  if (parsed) return { state: parsed, repaired: false };
  const fresh = initialState(Number.isFinite(now) ? now : 0);
  let lastBreakId = 0;
  try {
    if (isObj(raw) && isCount(raw.lastBreakId)) lastBreakId = raw.lastBreakId;
  } catch {
    lastBreakId = 0;
  }
  return { state: { ...fresh, lastBreakId }, repaired: raw !== undefined };
}
