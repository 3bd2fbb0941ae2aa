/**
 * The scheduler: a pure reducer from (state, event, now, settings) to (state, effects).
 * It never reads the clock or touches the browser; `now` is wall-clock milliseconds.
 */
import type { Settings } from './settings';
import {
  SCHEDULE_VERSION, type Badge, type BreakKind, type BreakLogEntry, type Due, type Effect, type ScheduleEvent, type ScheduleState, type Transition,
} from './schedule-types';
import { isAllTheTime, isWorkingTime, nextWorkingStart, workingEnd, workingWindowStart } from './working-hours';
import { MINUTE, SECOND } from './time';
import { admitAnswer, markAnswerLogs } from './answer';
import { closingMeans, skipAllowed, snoozeLimitOf } from './firmness';
import { nextShortAt, SHORT_LAPSE_MS, shortFits, shortLapsed } from './short-breaks';
import { graceEnd, meetingHolds, NO_MEETING, seenMeeting } from './meeting-hold';

/** While counting, the worker wakes at least this often: badge minutes and sleep detection. */
export const TICK_MS = MINUTE;
/** A nudge left unanswered this long is repeated once, more visibly. */
export const ESCALATE_MS = 2 * MINUTE;
/** The heads-up comes this long before a break. */
export const HEADS_UP_MS = 30 * SECOND;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Draft = Mutable<ScheduleState>;

export function initialState(now: number): ScheduleState {
  return {
    v: SCHEDULE_VERSION,
    sitMs: 0,
    seenAt: now,
    away: null,
    due: null,
    snoozedUntil: null,
    snoozesInRow: 0,
    paused: null,
    offHours: false,
    lastBreakId: 0,
    attention: { fullscreen: false, audible: false },
    idleWhileAudible: null,
    headsUpGiven: false,
    silence: null,
    answered: [],
    shortSinceMs: 0,
    meeting: NO_MEETING,
    naturalBreak: null,
    skipped: null,
  };
}

const intervalMs = (s: Settings) => s.intervalMin * MINUTE;
const breakLengthMs = (s: Settings) => s.breakLengthMin * MINUTE;
const idleThresholdMs = (s: Settings) => s.idleThresholdMin * MINUTE;
/** A silence this long while counting means the machine slept (wakes come every TICK_MS, give or take). */
export const sleepGapMs = (s: Settings) => Math.max(breakLengthMs(s), SILENCE_MS);
/** No wake for longer than this while counting is a silence: the machine (or the worker) was stopped. */
const SILENCE_MS = TICK_MS + 30 * SECOND;
/**
 * A nudge waits while the user presents (a fullscreen window) or is on a call (a tab plays sound,
 * or a web meeting tab is in a call or went quiet less than the grace period ago).
 */
export const isHeld = (s: ScheduleState, settings: Settings, now: number): boolean =>
  (settings.holdWhilePresenting && (s.attention.fullscreen || s.attention.audible)) || meetingHolds(s.meeting, now, settings);
/**
 * Whether a break of this kind (default: the one due) may be snoozed once more: the card and the
 * notification offer Snooze only then. Firmness and short breaks allow fewer (core/firmness.ts).
 */
export const canSnooze = (s: ScheduleState, settings: Settings, kind: BreakKind = s.due?.kind ?? 'stretch'): boolean =>
  s.snoozesInRow < snoozeLimitOf(settings, kind);

export function reduce(state: ScheduleState, event: ScheduleEvent, now: number, settings: Settings): Transition {
  const effects: Effect[] = [];
  const s: Draft = { ...state };
  advance(s, now, settings, effects);
  // Idle or locked reported just after a silence (no wake for well over a tick: the machine was
  // suspended): the silent time was away too, not only the idle threshold before the report.
  const silentSince = s.silence && now - s.silence.to <= SILENCE_MS ? s.silence.from : now;
  apply(s, event, now, settings, effects, silentSince);
  checkDue(s, now, settings, effects, event.type === 'startup');
  headsUp(s, now, settings, effects);
  effects.push(wakeEffect(s, now, settings), { type: 'badge', badge: badgeFor(s, now, settings) });
  return { state: s, effects };
}

/**
 * Where a fresh count begins when working hours have started: at the window's start when we woke
 * a little late for it (a busy machine, a throttled alarm: that time is accounted as any short
 * gap is), else now (the machine slept through the start, or the hours were just changed to
 * include now).
 */
function countStartAfterOffHours(s: Draft, now: number, settings: Settings): number {
  if (isAllTheTime(settings)) return now;
  const began = Math.max(workingWindowStart(now, settings), s.seenAt);
  return now - began < sleepGapMs(settings) ? began : now;
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
    restartCount(s, countStartAfterOffHours(s, now, settings), effects);
  }
  if (s.away) {
    if (!s.away.reset && now - s.away.since >= breakLengthMs(settings)) takeNaturalBreak(s, s.away.since, now, effects);
    return;
  }
  const gap = now - s.seenAt;
  // No event for a whole break length while counting (we wake every minute): the machine slept
  // or the browser was closed. That time was spent away. The gap must also clearly exceed the
  // wake interval, or a 1-minute break length would restart the count at every on-time wake.
  if (gap >= sleepGapMs(settings)) {
    takeNaturalBreak(s, s.seenAt, now, effects);
    return;
  }
  // A shorter silence counts as sitting unless an idle or locked report follows at once.
  if (gap > SILENCE_MS) s.silence = { from: s.seenAt, to: now };
  s.sitMs += gap;
  s.seenAt = now;
}

function apply(s: Draft, event: ScheduleEvent, now: number, settings: Settings, effects: Effect[], silentSince: number): void {
  switch (event.type) {
    // Idle or locked reported right after a silence: the silent time (asleep) was away too.
    case 'idle': {
      const since = Math.min(now - idleThresholdMs(settings), silentSince);
      // Watching a talk or a video is still sitting: idle while a tab plays sound is not away.
      if (s.attention.audible && !s.away) s.idleWhileAudible = Math.min(s.idleWhileAudible ?? since, now);
      else goAway(s, since, now, settings, effects);
      return;
    }
    case 'locked':
      // A locked screen is away at once, sound or not.
      s.idleWhileAudible = null;
      goAway(s, silentSince, now, settings, effects);
      return;
    case 'active':
      s.idleWhileAudible = null;
      comeBack(s, now, settings, effects);
      return;
    case 'attention':
      s.attention = { fullscreen: event.fullscreen, audible: event.audible };
      s.meeting = seenMeeting(s.meeting, event.meeting ?? false, now);
      // The sound stopped while the user was idle: from now on that idle time is time away.
      if (!event.audible && s.idleWhileAudible !== null) {
        s.idleWhileAudible = null;
        goAway(s, now, now, settings, effects);
      }
      return;
    case 'snooze':
      snooze(s, now, settings, effects);
      return;
    case 'done':
      if ((event.kind ?? s.due?.kind) === 'short') return answerShort(s, now, 'done', event.exerciseId, effects);
      log(effects, now, 'done', s.sitMs, event.exerciseId);
      endBreak(s, now, effects);
      return;
    case 'skip':
      if ((event.kind ?? s.due?.kind) === 'short') return answerShort(s, now, 'skipped', event.exerciseId, effects);
      if (!s.due && s.snoozedUntil === null) return;
      if (!skipAllowed(settings, 'stretch')) return;
      skipStretch(s, now, event.exerciseId ?? null, effects);
      return;
    case 'dismissed': {
      if (s.due?.breakId !== event.breakId) return;
      // Closing the window is a skip when gentle; when firm or strict, a snooze while one is left.
      const means = closingMeans(settings, s.due.kind, s.snoozesInRow);
      if (means === 'snooze') snooze(s, now, settings, effects);
      else if (means === 'skip' && s.due.kind === 'short') answerShort(s, now, 'skipped', undefined, effects);
      else if (means === 'skip') skipStretch(s, now, null, effects);
      return;
    }
    case 'took-break':
      if (s.paused || s.offHours) return;
      log(effects, now, 'away', s.sitMs);
      restartCount(s, now, effects);
      if (s.away) s.away = { since: s.away.since, reset: true };
      s.naturalBreak = { at: now, reported: true };
      return;
    case 'pause':
      // A pause that would already be over changes nothing (it is not "indefinitely").
      if (event.until !== null && !(event.until > now)) return;
      if (s.due) effects.push({ type: 'close-nudge' });
      s.paused = { until: event.until };
      clearBreak(s);
      return;
    case 'resume':
      if (!s.paused) return;
      s.paused = null;
      restartCount(s, now, effects);
      return;
    case 'answer': {
      const { answered, event: admitted } = admitAnswer(s, event.answer);
      s.answered = answered;
      if (!admitted) return;
      const from = effects.length;
      apply(s, admitted, now, settings, effects, silentSince);
      markAnswerLogs(effects, from, event.answer);
      return;
    }
    case 'startup':
    case 'alarm':
    case 'settings-changed':
      return;
  }
}

function goAway(s: Draft, since: number, now: number, settings: Settings, effects: Effect[]): void {
  const start = Math.min(Math.max(since, 0), now);
  // Away since before the current count began (it began at a wake from sleep, a pause's end, the
  // start of working hours): none of this count was sitting, so the return starts it over.
  const wholeCount = !s.away && start <= s.seenAt - s.sitMs;
  s.away = s.away ? { since: Math.min(s.away.since, start), reset: s.away.reset } : { since: start, reset: false };
  if (s.paused || s.offHours || s.away.reset) return;
  if (now - s.away.since >= breakLengthMs(settings)) takeNaturalBreak(s, s.away.since, now, effects);
  else if (wholeCount) s.away = { since: s.away.since, reset: true };
}

function comeBack(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  const away = s.away;
  if (!away) return;
  s.away = null;
  if (s.paused || s.offHours) return;
  if (!away.reset && now - away.since >= breakLengthMs(settings)) takeNaturalBreak(s, away.since, now, effects);
  else if (away.reset) {
    // The count already started over while away (a natural break): what the popup says of it stays.
    const { naturalBreak, skipped } = s;
    restartCount(s, now, effects);
    Object.assign(s, { naturalBreak, skipped });
  } else {
    // A short absence still counts as sitting.
    s.sitMs += Math.max(0, now - s.seenAt);
    s.seenAt = now;
  }
}

function snooze(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  if (!s.due || !canSnooze(s, settings)) return;
  log(effects, now, 'snoozed', s.sitMs);
  effects.push({ type: 'close-nudge' });
  s.due = null;
  s.snoozedUntil = now + settings.snoozeMin * MINUTE;
  s.snoozesInRow += 1;
  s.headsUpGiven = false;
  // A short break keeps its distance from the stretch break just put off, too.
  s.shortSinceMs = s.sitMs;
}

function skipStretch(s: Draft, now: number, exerciseId: string | null, effects: Effect[]): void {
  log(effects, now, 'skipped', s.sitMs, exerciseId ?? undefined);
  endBreak(s, now, effects);
  s.skipped = { at: now, exerciseId };
}

/** Done or Skip on a short break: the short count starts over, the stretch count goes on. */
function answerShort(s: Draft, now: number, outcome: 'done' | 'skipped', exerciseId: string | undefined, effects: Effect[]): void {
  if (s.due?.kind !== 'short') return;
  effects.push({ type: 'log', entry: { ...logEntry(now, outcome, s.sitMs, exerciseId), kind: 'short' } });
  withdrawShort(s, effects);
}

/** The short break goes (answered, lapsed, or the stretch break came due): its window closes. */
function withdrawShort(s: Draft, effects: Effect[]): void {
  if (s.due?.shownAt != null) effects.push({ type: 'close-nudge' });
  s.due = null;
  s.shortSinceMs = s.sitMs;
}

/** Time away of at least the break length: the count starts over, any pending nudge goes. */
function takeNaturalBreak(s: Draft, awaySince: number, now: number, effects: Effect[]): void {
  const sittingMs = Math.max(0, s.sitMs - Math.max(0, s.seenAt - awaySince));
  if (sittingMs > 0 || s.due) log(effects, awaySince, 'away', sittingMs);
  restartCount(s, now, effects);
  if (s.away) s.away = { since: s.away.since, reset: true };
  s.naturalBreak = { at: now, reported: false };
}

function endBreak(s: Draft, now: number, effects: Effect[]): void {
  restartCount(s, now, effects);
}

function restartCount(s: Draft, now: number, effects: Effect[]): void {
  if (s.due) effects.push({ type: 'close-nudge' });
  clearBreak(s);
  s.sitMs = 0;
  s.shortSinceMs = 0;
  s.seenAt = now;
  s.silence = null;
  s.naturalBreak = null;
  s.skipped = null;
}

function clearBreak(s: Draft): void {
  s.due = null;
  s.snoozedUntil = null;
  s.snoozesInRow = 0;
  s.headsUpGiven = false;
}

function checkDue(s: Draft, now: number, settings: Settings, effects: Effect[], restarted: boolean): void {
  if (s.paused || s.offHours || s.away) return;
  const held = isHeld(s, settings, now);
  // A short break gives way to a stretch break that falls due, and goes when left unanswered.
  if (s.due?.kind === 'short' && (stretchDueNow(s, now, settings) || shortLapsed(s.due, now))) withdrawShort(s, effects);
  if (s.due) {
    showDue(s, s.due, now, settings, effects, held, restarted);
    return;
  }
  if (stretchDueNow(s, now, settings)) newDue(s, 'stretch', now, settings, effects, held);
  else if (shortDueNow(s, now, settings)) newDue(s, 'short', now, settings, effects, held);
}

function showDue(s: Draft, due: Due, now: number, settings: Settings, effects: Effect[], held: boolean, restarted: boolean): void {
  if (due.shownAt === null) {
    // Held while presenting or in a call: nudge the moment it ends. A short break held until the
    // stretch break is near becomes the stretch break (the stretch break wins).
    if (held) return;
    const kind = due.kind === 'short' && !shortFits(now, stretchAt(s, now, settings)) ? 'stretch' : due.kind;
    if (kind !== due.kind) startStretch(s);
    s.due = { ...due, kind, shownAt: now, attempt: 0 };
    effects.push({ type: 'nudge', breakId: due.breakId, kind, canSnooze: canSnooze(s, settings, kind), attempt: 0 });
    return;
  }
  const snoozable = canSnooze(s, settings, due.kind);
  if (due.kind === 'stretch' && due.attempt === 0 && !held && now - due.shownAt >= ESCALATE_MS) {
    // Unanswered for a while: one repeat, never more for this break.
    s.due = { ...due, attempt: 1 };
    effects.push({ type: 'nudge', breakId: due.breakId, kind: due.kind, canSnooze: snoozable, attempt: 1 });
  } else if (restarted) {
    // The worker restarted: the window may be gone (browser closed). Same break, shown quietly again.
    effects.push({ type: 'nudge', breakId: due.breakId, kind: due.kind, canSnooze: snoozable, attempt: due.attempt, restore: true });
  }
}

function newDue(s: Draft, kind: BreakKind, now: number, settings: Settings, effects: Effect[], held: boolean): void {
  s.lastBreakId += 1;
  if (kind === 'stretch') startStretch(s);
  s.due = { breakId: s.lastBreakId, kind, since: now, shownAt: held ? null : now, attempt: 0 };
  if (!held) effects.push({ type: 'nudge', breakId: s.lastBreakId, kind, canSnooze: canSnooze(s, settings, kind), attempt: 0 });
}

/** A stretch break falls due: a pending snooze is used up. (Every answer to it starts the short count over.) */
function startStretch(s: Draft): void {
  s.snoozedUntil = null;
  s.headsUpGiven = false;
}

function stretchDueNow(s: ScheduleState, now: number, settings: Settings): boolean {
  return s.snoozedUntil !== null ? now >= s.snoozedUntil : s.sitMs >= intervalMs(settings);
}

function shortDueNow(s: ScheduleState, now: number, settings: Settings): boolean {
  const at = nextShortAt(s, now, settings, s.sitMs, stretchAt(s, now, settings));
  return at !== null && at <= now;
}

/** 30 s before a break (if the user wants it): once per break, not while presenting. */
function headsUp(s: Draft, now: number, settings: Settings, effects: Effect[]): void {
  if (!settings.headsUp || s.headsUpGiven) return;
  const dueAt = nextDueAt(s, now, settings);
  if (dueAt === null || dueAt <= now || dueAt - now > HEADS_UP_MS) return;
  s.headsUpGiven = true;
  if (!isHeld(s, settings, now)) effects.push({ type: 'heads-up', dueAt });
}

const sittingNow = (s: ScheduleState, now: number) => s.sitMs + Math.max(0, now - s.seenAt);

/** When the stretch break falls due if the user stays at the desk, whatever is due now. */
function stretchAt(s: ScheduleState, now: number, settings: Settings): number {
  if (s.snoozedUntil !== null) return s.snoozedUntil;
  return now + Math.max(0, intervalMs(settings) - sittingNow(s, now));
}

/** When the next stretch break would be due if the user stays at the desk (null when not counting). */
export function nextDueAt(s: ScheduleState, now: number, settings: Settings): number | null {
  if (s.paused || s.offHours || s.away || s.due) return null;
  return stretchAt(s, now, settings);
}

/** The next break of either kind if the user stays at the desk (null when not counting). */
export function nextBreak(s: ScheduleState, now: number, settings: Settings): { readonly at: number; readonly kind: BreakKind } | null {
  const stretch = nextDueAt(s, now, settings);
  if (stretch === null) return null;
  const short = nextShortAt(s, now, settings, sittingNow(s, now), stretch);
  return short !== null && short < stretch ? { at: Math.max(short, now), kind: 'short' } : { at: stretch, kind: 'stretch' };
}

function wakeEffect(s: ScheduleState, now: number, settings: Settings): Effect {
  const at = nextWake(s, now, settings);
  return at === null ? { type: 'no-wake' } : { type: 'wake-at', at: Math.max(at, now + SECOND) };
}

function nextWake(s: ScheduleState, now: number, settings: Settings): number | null {
  if (s.paused) return s.paused.until;
  if (s.offHours) return nextWorkingStart(now, settings);
  if (s.away) return s.away.reset ? null : s.away.since + breakLengthMs(settings);
  let at = now + TICK_MS;
  if (s.due?.shownAt != null && s.due.attempt === 0) at = Math.min(at, s.due.shownAt + (s.due.kind === 'short' ? SHORT_LAPSE_MS : ESCALATE_MS));
  // A held break comes the moment the meeting's grace period ends.
  const grace = settings.holdDuringMeetings ? graceEnd(s.meeting, settings) : null;
  if (grace !== null && grace > now) at = Math.min(at, grace);
  const next = nextBreak(s, now, settings);
  if (next !== null) at = Math.min(at, now + untilBadgeChanges(next.at - now));
  const due = nextDueAt(s, now, settings);
  if (due !== null && settings.headsUp && due - HEADS_UP_MS > now) at = Math.min(at, due - HEADS_UP_MS);
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
  if (s.due) return s.due.shownAt === null ? { text: 'due', tone: 'due' } : { text: '!', tone: 'due' };
  const next = nextBreak(s, now, settings);
  if (next === null) return { text: '', tone: 'idle' };
  if (settings.headsUp && next.kind === 'stretch' && next.at - now <= HEADS_UP_MS) return { text: '30s', tone: 'due' };
  return { text: String(Math.max(1, Math.ceil((next.at - now) / MINUTE))), tone: 'counting' };
}

/** A clock set back moves every stored time back with it, so nothing freezes or goes negative. */
function shiftTimes(s: Draft, by: number): void {
  s.seenAt += by;
  if (s.away) s.away = { ...s.away, since: s.away.since + by };
  if (s.due) s.due = { ...s.due, since: s.due.since + by };
  if (s.due?.shownAt != null) s.due = { ...s.due, shownAt: s.due.shownAt + by };
  if (s.snoozedUntil !== null) s.snoozedUntil += by;
  if (s.paused?.until != null) s.paused = { until: s.paused.until + by };
  if (s.idleWhileAudible !== null) s.idleWhileAudible += by;
  if (s.meeting.endedAt !== null) s.meeting = { ...s.meeting, endedAt: s.meeting.endedAt + by };
  if (s.naturalBreak) s.naturalBreak = { ...s.naturalBreak, at: s.naturalBreak.at + by };
  if (s.skipped) s.skipped = { ...s.skipped, at: s.skipped.at + by };
  s.silence = null;
}

function logEntry(at: number, outcome: BreakLogEntry['outcome'], sittingMs: number, exerciseId?: string): BreakLogEntry {
  return exerciseId ? { at, outcome, sittingMs, exerciseId } : { at, outcome, sittingMs };
}

function log(effects: Effect[], at: number, outcome: BreakLogEntry['outcome'], sittingMs: number, exerciseId?: string): void {
  effects.push({ type: 'log', entry: logEntry(at, outcome, sittingMs, exerciseId) });
}
