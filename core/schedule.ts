/**
 * The scheduler: a pure reducer from (state, event, now, settings) to (state, effects).
 * It never reads the clock or touches the browser; `now` is wall-clock milliseconds.
 */
import type { Settings } from './settings';
import type { Badge, Effect, ScheduleEvent, ScheduleState, Transition } from './schedule-types';
import { isWorkingTime, nextWorkingStart, workingEnd } from './working-hours';

export const MINUTE = 60_000;
/** While counting, the worker wakes at least this often: badge minutes and sleep detection. */
export const TICK_MS = MINUTE;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = Mutable<ScheduleState>;

export function initialState(now: number): ScheduleState {
  return {
    v: 1,
    sitMs: 0,
    seenAt: now,
    away: null,
    due: null,
    snoozedUntil: null,
    snoozesInRow: 0,
    paused: null,
    offHours: false,
    lastBreakId: 0,
  };
}

const intervalMs = (s: Settings) => s.intervalMin * MINUTE;
const breakLengthMs = (s: Settings) => s.breakLengthMin * MINUTE;
const idleThresholdMs = (s: Settings) => s.idleThresholdMin * MINUTE;

export function reduce(state: ScheduleState, event: ScheduleEvent, now: number, settings: Settings): Transition {
  const effects: Effect[] = [];
  const s: Draft = { ...state };
  advance(s, now, settings, effects);
  apply(s, event, now, settings, effects);
  checkDue(s, now, settings, effects, event.type === 'startup');
  effects.push(wakeEffect(s, now, settings), { type: 'badge', badge: badgeFor(s, now, settings) });
  return { state: s, effects };
}

/** Accounts for the time since the last event: clock jumps, sleep, pause expiry, working hours. */
function advance(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  if (now < s.seenAt) shiftTimes(s, now - s.seenAt);
  if (s.paused && s.paused.until !== null && now >= s.paused.until) {
    s.paused = null;
    restartCount(s, now, effects);
  }
  const working = isWorkingTime(now, settings);
  if (!working || s.paused) {
    if (!working && !s.offHours) restartCount(s, now, effects);
    s.offHours = !working;
    s.seenAt = now;
    return;
  }
  if (s.offHours) {
    s.offHours = false;
    restartCount(s, now, effects);
  }
  if (s.away) {
    if (!s.away.reset && now - s.away.since >= breakLengthMs(settings)) takeNaturalBreak(s, s.away.since, now, effects);
    return;
  }
  const gap = now - s.seenAt;
  // No event for a whole break length while counting (we wake every minute): the machine slept
  // or the browser was closed. That time was spent away.
  if (gap >= breakLengthMs(settings)) {
    takeNaturalBreak(s, s.seenAt, now, effects);
    return;
  }
  s.sitMs += gap;
  s.seenAt = now;
}

function apply(s: Draft, event: ScheduleEvent, now: number, settings: Settings, effects: Effect[]): void {
  switch (event.type) {
    case 'idle':
      goAway(s, now - idleThresholdMs(settings), now, settings, effects);
      return;
    case 'locked':
      goAway(s, now, now, settings, effects);
      return;
    case 'active':
      comeBack(s, now, settings, effects);
      return;
    case 'snooze':
      snooze(s, now, settings, effects);
      return;
    case 'done':
      log(effects, now, 'done', s.sitMs, event.exerciseId);
      endBreak(s, now, effects);
      return;
    case 'skip':
      if (!s.due && s.snoozedUntil === null) return;
      log(effects, now, 'skipped', s.sitMs, event.exerciseId);
      endBreak(s, now, effects);
      return;
    case 'dismissed':
      if (s.due?.breakId !== event.breakId) return;
      log(effects, now, 'skipped', s.sitMs);
      endBreak(s, now, effects);
      return;
    case 'pause':
      if (s.due) effects.push({ type: 'close-nudge' });
      s.paused = { until: event.until !== null && event.until > now ? event.until : null };
      clearBreak(s);
      return;
    case 'resume':
      if (!s.paused) return;
      s.paused = null;
      restartCount(s, now, effects);
      return;
    case 'startup':
    case 'alarm':
    case 'settings-changed':
      return;
  }
}

function goAway(s: Draft, since: number, now: number, settings: Settings, effects: Effect[]): void {
  const start = Math.min(Math.max(since, 0), now);
  s.away = s.away ? { since: Math.min(s.away.since, start), reset: s.away.reset } : { since: start, reset: false };
  if (!s.paused && !s.offHours && !s.away.reset && now - s.away.since >= breakLengthMs(settings)) {
    takeNaturalBreak(s, s.away.since, now, effects);
  }
}

function comeBack(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  const away = s.away;
  if (!away) return;
  s.away = null;
  if (s.paused || s.offHours) return;
  if (!away.reset && now - away.since >= breakLengthMs(settings)) takeNaturalBreak(s, away.since, now, effects);
  else if (away.reset) restartCount(s, now, effects);
  else {
    // A short absence still counts as sitting.
    s.sitMs += Math.max(0, now - s.seenAt);
    s.seenAt = now;
  }
}

function snooze(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  if (!s.due || s.snoozesInRow >= settings.snoozeLimit) return;
  log(effects, now, 'snoozed', s.sitMs);
  effects.push({ type: 'close-nudge' });
  s.due = null;
  s.snoozedUntil = now + settings.snoozeMin * MINUTE;
  s.snoozesInRow += 1;
}

/** Time away of at least the break length: the count starts over, any pending nudge goes. */
function takeNaturalBreak(s: Draft, awaySince: number, now: number, effects: Effect[]): void {
  const sittingMs = Math.max(0, s.sitMs - Math.max(0, s.seenAt - awaySince));
  if (sittingMs > 0 || s.due) log(effects, awaySince, 'away', sittingMs);
  restartCount(s, now, effects);
  if (s.away) s.away = { since: s.away.since, reset: true };
}

function endBreak(s: Draft, now: number, effects: Effect[]): void {
  restartCount(s, now, effects);
}

function restartCount(s: Draft, now: number, effects: Effect[]): void {
  if (s.due) effects.push({ type: 'close-nudge' });
  clearBreak(s);
  s.sitMs = 0;
  s.seenAt = now;
}

function clearBreak(s: Draft): void {
  s.due = null;
  s.snoozedUntil = null;
  s.snoozesInRow = 0;
}

function checkDue(s: Draft, now: number, settings: Settings, effects: Effect[], restarted: boolean): void {
  if (s.paused || s.offHours || s.away) return;
  if (s.due) {
    // After a restart the window may be gone: ask again for the same break (the shell keeps one window).
    if (restarted) effects.push({ type: 'nudge', breakId: s.due.breakId, canSnooze: s.snoozesInRow < settings.snoozeLimit });
    return;
  }
  const dueNow = s.snoozedUntil !== null ? now >= s.snoozedUntil : s.sitMs >= intervalMs(settings);
  if (!dueNow) return;
  s.lastBreakId += 1;
  s.due = { breakId: s.lastBreakId, since: now };
  s.snoozedUntil = null;
  effects.push({ type: 'nudge', breakId: s.lastBreakId, canSnooze: s.snoozesInRow < settings.snoozeLimit });
}

/** When the next break would be due if the user stays at the desk (null when not counting). */
export function nextDueAt(s: ScheduleState, now: number, settings: Settings): number | null {
  if (s.paused || s.offHours || s.away || s.due) return null;
  if (s.snoozedUntil !== null) return s.snoozedUntil;
  const sitting = s.sitMs + Math.max(0, now - s.seenAt);
  return now + Math.max(0, intervalMs(settings) - sitting);
}

function wakeEffect(s: ScheduleState, now: number, settings: Settings): Effect {
  const at = nextWake(s, now, settings);
  return at === null ? { type: 'no-wake' } : { type: 'wake-at', at: Math.max(at, now + 1000) };
}

function nextWake(s: ScheduleState, now: number, settings: Settings): number | null {
  if (s.paused) return s.paused.until;
  if (s.offHours) return nextWorkingStart(now, settings);
  if (s.away) return s.away.reset ? null : s.away.since + breakLengthMs(settings);
  let at = now + TICK_MS;
  const due = nextDueAt(s, now, settings);
  if (due !== null) at = Math.min(at, now + untilBadgeChanges(due - now));
  const end = workingEnd(now, settings);
  return end === null ? at : Math.min(at, end);
}

/** Time until the whole-minute countdown shown on the badge changes (or the break is due). */
function untilBadgeChanges(remaining: number): number {
  if (remaining <= 0) return 0;
  const shownMinutes = Math.ceil(remaining / MINUTE);
  return remaining - (shownMinutes - 1) * MINUTE;
}

export function badgeFor(s: ScheduleState, now: number, settings: Settings): Badge {
  if (s.paused) return { text: 'II', tone: 'paused' };
  if (s.offHours || s.away) return { text: '', tone: 'idle' };
  if (s.due) return { text: '!', tone: 'due' };
  const due = nextDueAt(s, now, settings);
  if (due === null) return { text: '', tone: 'idle' };
  return { text: String(Math.max(1, Math.ceil((due - now) / MINUTE))), tone: 'counting' };
}

/** A clock set back moves every stored time back with it, so nothing freezes or goes negative. */
function shiftTimes(s: Draft, by: number): void {
  s.seenAt += by;
  if (s.away) s.away = { ...s.away, since: s.away.since + by };
  if (s.due) s.due = { ...s.due, since: s.due.since + by };
  if (s.snoozedUntil !== null) s.snoozedUntil += by;
  if (s.paused?.until != null) s.paused = { until: s.paused.until + by };
}

function log(effects: Effect[], at: number, outcome: 'done' | 'skipped' | 'snoozed' | 'away', sittingMs: number, exerciseId?: string): void {
  effects.push({ type: 'log', entry: exerciseId ? { at, outcome, sittingMs, exerciseId } : { at, outcome, sittingMs } });
}
