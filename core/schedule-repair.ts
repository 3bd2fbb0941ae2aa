/**
 * Stored schedule state is untrusted: an older version is migrated step by step, and anything
 * malformed restarts the count (settings are separate).
 */
import { SCHEDULE_VERSION, type Attention, type Due, type MeetingSeen, type ScheduleState } from './schedule-types';
import { initialState } from './schedule';
import { migrateFrom, type Migration } from './migrations';
import { parseAnswered } from './answer';
import { NO_MEETING } from './meeting-hold';
import { isExerciseId } from './exercise';

const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isCount = (x: unknown): x is number => Number.isSafeInteger(x) && (x as number) >= 0;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function validAway(x: unknown): x is ScheduleState['away'] {
  return x === null || (isObj(x) && isTime(x.since) && typeof x.reset === 'boolean');
}
function validPaused(x: unknown): x is ScheduleState['paused'] {
  return x === null || (isObj(x) && (x.until === null || isTime(x.until)));
}

function repairDue(x: unknown): Due | null | undefined {
  if (x === null) return null;
  if (!isObj(x) || !isCount(x.breakId) || !isTime(x.since)) return undefined;
  const shownAt = x.shownAt === null || isTime(x.shownAt) ? x.shownAt : undefined;
  const attempt = x.attempt === 0 || x.attempt === 1 ? x.attempt : undefined;
  // A break with no kind is a stretch break (as every one was before short breaks).
  const kind = x.kind === undefined || x.kind === 'stretch' ? 'stretch' : x.kind === 'short' ? 'short' : undefined;
  if (shownAt === undefined || attempt === undefined || kind === undefined) return undefined;
  return { breakId: x.breakId, kind, since: x.since, shownAt, attempt };
}

function validAttention(x: unknown): x is Attention {
  return isObj(x) && typeof x.fullscreen === 'boolean' && typeof x.audible === 'boolean';
}

const validMeeting = (x: unknown): x is MeetingSeen => isObj(x) && typeof x.inCall === 'boolean' && (x.endedAt === null || isTime(x.endedAt));
const validNatural = (x: unknown): x is ScheduleState['naturalBreak'] => x === null || (isObj(x) && isTime(x.at) && typeof x.reported === 'boolean');
const validSkipped = (x: unknown): x is ScheduleState['skipped'] =>
  x === null || (isObj(x) && isTime(x.at) && (x.exerciseId === null || isExerciseId(x.exerciseId)));

/** A field version 1 learnt after it was first stored: absent means its default. */
const defaulted = (key: string, value: unknown): Migration => (old) => (old[key] === undefined ? { ...old, [key]: value } : { ...old });

/** A due break stored before nudges could be held or repeated was shown when due, and counts as repeated. */
const dueShownAndRepeated: Migration = (old) => {
  const due = old.due;
  if (!isObj(due) || 'shownAt' in due) return { ...old };
  return { ...old, due: { ...due, shownAt: due.since, attempt: 1 } };
};

/** What version 1 learnt without a new number: held and repeated nudges, what the browser showed, idle while a tab plays sound, the heads-up, sleep. */
const V1_LATER_FIELDS: readonly Migration[] = [
  dueShownAndRepeated,
  defaulted('attention', { fullscreen: false, audible: false }),
  defaulted('idleWhileAudible', null),
  defaulted('headsUpGiven', false),
  defaulted('silence', null),
];

/** The steps, one per version: SCHEDULE_MIGRATIONS[n] takes version n + 1 to n + 2. */
export const SCHEDULE_MIGRATIONS: readonly Migration[] = [
  // v1 -> v2: version 1's later fields are written down.
  (old) => V1_LATER_FIELDS.reduce<Record<string, unknown>>((state, step) => step(state), { ...old, v: 2 }),
  // v2 -> v3: the answers handled (none yet).
  (old) => ({ ...old, v: 3, answered: [] }),
  // v3 -> v4: short breaks (a break due was a stretch break), the meeting hold, the last break as counted.
  (old) => ({
    ...old,
    v: 4,
    due: isObj(old.due) ? { ...old.due, kind: 'stretch' } : old.due,
    shortSinceMs: 0,
    meeting: NO_MEETING,
    naturalBreak: null,
    skipped: null,
  }),
];

/** The stored state brought up to this version, or null when its version is unknown (or newer). */
function migrateSchedule(x: Record<string, unknown>): Record<string, unknown> | null {
  const version = x.v;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > SCHEDULE_VERSION) return null;
  return migrateFrom(x, version, 1, SCHEDULE_MIGRATIONS);
}

/** The stored state (of any version we know) as a whole, valid ScheduleState, or null if any part is malformed. */
export function parseScheduleState(raw: unknown): ScheduleState | null {
  const x = isObj(raw) ? migrateSchedule(raw) : null;
  if (!x) return null;
  const due = repairDue(x.due);
  const silence = x.silence;
  const silenceOk = silence === null || (isObj(silence) && isTime(silence.from) && isTime(silence.to));
  const answered = parseAnswered(x.answered);
  const ok =
    x.v === SCHEDULE_VERSION &&
    isTime(x.sitMs) &&
    isTime(x.seenAt) &&
    validAway(x.away) &&
    due !== undefined &&
    (x.snoozedUntil === null || isTime(x.snoozedUntil)) &&
    isCount(x.snoozesInRow) &&
    validPaused(x.paused) &&
    typeof x.offHours === 'boolean' &&
    isCount(x.lastBreakId) &&
    validAttention(x.attention) &&
    (x.idleWhileAudible === null || isTime(x.idleWhileAudible)) &&
    typeof x.headsUpGiven === 'boolean' &&
    silenceOk &&
    answered !== null &&
    isTime(x.shortSinceMs) &&
    validMeeting(x.meeting) &&
    validNatural(x.naturalBreak) &&
    validSkipped(x.skipped);
  if (!ok) return null;
  const away = x.away as ScheduleState['away'];
  const paused = x.paused as ScheduleState['paused'];
  const attention = x.attention as Attention;
  const meeting = x.meeting as MeetingSeen;
  const natural = x.naturalBreak as ScheduleState['naturalBreak'];
  const skipped = x.skipped as ScheduleState['skipped'];
  // Only known keys survive: nothing foreign is carried into the next save.
  return {
    v: SCHEDULE_VERSION,
    sitMs: x.sitMs as number,
    seenAt: x.seenAt as number,
    away: away && { since: away.since, reset: away.reset },
    due,
    snoozedUntil: x.snoozedUntil as number | null,
    snoozesInRow: x.snoozesInRow as number,
    paused: paused && { until: paused.until },
    offHours: x.offHours as boolean,
    lastBreakId: Math.max(x.lastBreakId as number, due?.breakId ?? 0),
    attention: { fullscreen: attention.fullscreen, audible: attention.audible },
    idleWhileAudible: x.idleWhileAudible as number | null,
    headsUpGiven: x.headsUpGiven as boolean,
    silence: silence === null ? null : { from: (silence as { from: number }).from, to: (silence as { to: number }).to },
    answered: answered as readonly string[],
    // The short count never runs ahead of the sitting count it is part of.
    shortSinceMs: Math.min(x.shortSinceMs as number, x.sitMs as number),
    meeting: { inCall: meeting.inCall, endedAt: meeting.endedAt },
    naturalBreak: natural && { at: natural.at, reported: natural.reported },
    skipped: skipped && { at: skipped.at, exerciseId: skipped.exerciseId },
  };
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
