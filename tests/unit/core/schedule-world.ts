/**
 * The scheduler's model of time for its property tests (schedule*.property.test.ts): the random
 * histories (arbitraries), a World that runs them through the reducer and checks every invariant
 * as it goes, and the coverage those runs reach. Two test files share it, so vitest runs them side
 * by side.
 */
// Before the arbitraries below are built: the days they start on are Berlin's (DST included).
process.env.TZ = 'Europe/Berlin';

import fc from 'fast-check';
import { initialState, isHeld, nextDueAt, reduce } from '../../../core/schedule';
import type { BreakKind, Effect, ScheduleEvent, ScheduleState } from '../../../core/schedule-types';
import { snoozeLimitOf } from '../../../core/firmness';
import { nextShortAt, SHORT_GAP_MS } from '../../../core/short-breaks';
import { isAnswerLog, type Answer, type AnswerAction } from '../../../core/answer';
import { parseScheduleState, repairSchedule } from '../../../core/schedule-repair';
import { describeStatus } from '../../../core/status';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { alarmStillGood } from '../../../platform/wake-alarm';

export const SEC = 1000;
export const MIN = 60_000;
export const RUNS = Number(process.env.LIMBER_RUNS ?? 3000);
export const SEED = Number(process.env.LIMBER_SEED ?? 42);

export type AlarmMode = 'ontime' | 'early' | 'late' | 'dup' | 'lost';
export type BreakAnswer = 'done' | 'skip' | 'snooze';
export const breakAnswerArb = fc.constantFrom<BreakAnswer>('done', 'skip', 'snooze');

export type Op =
  | { k: 'pass'; ms: number; alarm: AlarmMode; skew: number }
  | { k: 'stopInput' }
  | { k: 'lock' }
  | { k: 'resumeInput' }
  | { k: 'sleep'; ms: number }
  | { k: 'clock'; ms: number }
  | { k: 'restart' }
  | { k: 'answer'; action: 'done' | 'skip' | 'snooze' | 'dismiss' | 'dismiss-stale' }
  /** A stretch from the popup ("Stretch now", Done), whatever is due. */
  | { k: 'stretchNow' }
  | { k: 'tookBreak' }
  /** One of the last answers delivered again (the page asked again: its reply was lost). */
  | { k: 'again'; back: number }
  /** An answer to a break that is not the one due (an old window, a notification left behind). */
  | { k: 'staleAnswer'; action: BreakAnswer; ahead: boolean }
  /** The worker restarts in the middle of applying an answer; the page asks again. */
  | { k: 'restartMid'; action: BreakAnswer; saved: boolean }
  | { k: 'pause'; minutes: number | null }
  | { k: 'resume' }
  | { k: 'settings'; patch: Partial<Settings> }
  | { k: 'attention'; fullscreen: boolean; audible: boolean; meeting: boolean }
  | { k: 'spuriousAlarm' };

export const MON_FRI_9_17 = { workDays: [1, 2, 3, 4, 5], workStartMin: 9 * 60, workEndMin: 17 * 60 };
export const ALL_DAY = { workDays: [0, 1, 2, 3, 4, 5, 6], workStartMin: 0, workEndMin: 1440 };

export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  intervalMin: fc.integer({ min: 5, max: 60 }),
  breakLengthMin: fc.integer({ min: 1, max: 10 }),
  idleThresholdMin: fc.integer({ min: 1, max: 5 }),
  snoozeMin: fc.integer({ min: 1, max: 10 }),
  snoozeLimit: fc.integer({ min: 0, max: 3 }),
  holdWhilePresenting: fc.boolean(),
  headsUp: fc.boolean(),
  shortBreaks: fc.boolean(),
  shortIntervalMin: fc.integer({ min: 5, max: 40 }),
  firmness: fc.constantFrom('gentle' as const, 'firm' as const, 'strict' as const),
  holdDuringMeetings: fc.boolean(),
  meetingGraceMin: fc.integer({ min: 0, max: 5 }),
  hours: fc.oneof({ weight: 4, arbitrary: fc.constant(ALL_DAY) }, { weight: 1, arbitrary: fc.constant(MON_FRI_9_17) }),
}).map(({ hours, ...rest }) => ({ ...DEFAULT_SETTINGS, ...rest, ...hours }));

export const patchArb: fc.Arbitrary<Partial<Settings>> = settingsArb.chain((s) =>
  fc.subarray(Object.keys(s) as (keyof Settings)[], { minLength: 1 }).map((keys) => {
    const patch: Record<string, unknown> = {};
    for (const k of keys) patch[k] = s[k];
    if ('workDays' in patch || 'workStartMin' in patch || 'workEndMin' in patch) Object.assign(patch, { workDays: s.workDays, workStartMin: s.workStartMin, workEndMin: s.workEndMin });
    return patch as Partial<Settings>;
  }),
);

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ k: fc.constant('pass' as const), ms: fc.integer({ min: SEC, max: 30 * MIN }), alarm: fc.oneof({ weight: 12, arbitrary: fc.constant<AlarmMode>('ontime') }, { weight: 1, arbitrary: fc.constantFrom<AlarmMode>('early', 'late', 'dup', 'lost') }), skew: fc.integer({ min: SEC, max: 8 * MIN }) }) },
  { weight: 2, arbitrary: fc.constant({ k: 'stopInput' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'lock' as const }) },
  { weight: 3, arbitrary: fc.constant({ k: 'resumeInput' as const }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('sleep' as const), ms: fc.integer({ min: MIN, max: 10 * 60 * MIN }) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('clock' as const), ms: fc.integer({ min: -3 * 60 * MIN, max: 3 * 60 * MIN }).filter((x) => x !== 0) }) },
  { weight: 2, arbitrary: fc.constant({ k: 'restart' as const }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('answer' as const), action: fc.constantFrom('done' as const, 'skip' as const, 'snooze' as const, 'dismiss' as const, 'dismiss-stale' as const) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('again' as const), back: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('staleAnswer' as const), action: breakAnswerArb, ahead: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('restartMid' as const), action: breakAnswerArb, saved: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('pause' as const), minutes: fc.option(fc.constantFrom(30, 60, 120, 600), { nil: null }) }) },
  { weight: 1, arbitrary: fc.constant({ k: 'resume' as const }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('settings' as const), patch: patchArb }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constant('attention' as const), fullscreen: fc.boolean(), audible: fc.boolean(), meeting: fc.boolean() }) },
  // A web meeting: in a call (a meeting tab plays sound), or quiet.
  { weight: 2, arbitrary: fc.boolean().map((on) => ({ k: 'attention' as const, fullscreen: false, audible: on, meeting: on })) },
  { weight: 1, arbitrary: fc.constant({ k: 'stretchNow' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'tookBreak' as const }) },
  { weight: 1, arbitrary: fc.constant({ k: 'spuriousAlarm' as const }) },
);

/** Starts between 27 March and 3 April 2026 (Berlin's spring-forward night is in there). */
export const startArb = fc.integer({ min: 0, max: 7 * 24 * 60 }).map((m) => new Date(2026, 2, 27, 0, 0).getTime() + m * MIN);

export class Violation extends Error {}

/**
 * What storage would give back: a copy through JSON's value model (undefined properties dropped, a
 * non-finite number or a non-plain object refused), written out because JSON.stringify and parse on
 * every state were most of these tests' time.
 */
export function jsonCopy(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Violation(`${value} does not survive JSON`);
    return value;
  }
  if (Array.isArray(value)) {
    const copy = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i += 1) copy[i] = typeof value[i] === 'string' ? value[i] : value[i] === undefined ? null : jsonCopy(value[i]);
    return copy;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const k in value) {
      const v = (value as Record<string, unknown>)[k];
      if (v !== undefined) copy[k] = jsonCopy(v);
    }
    return copy;
  }
  throw new Violation(`${String(value)} does not survive JSON`);
}

/** How far off the wake alarm may be by design (platform/wake-alarm.ts: 0.5 s of slack, 1 s minimum delay). */
export const ALARM_SLACK_MS = 1500;

/** How often each invariant was actually put to the test (so none passes vacuously). */
export const coverage = {
  runs: 0, secondNudges: 0, onTimeNudges: 0, awayRestarts: 0, clockJumps: 0, sleeps: 0, restarts: 0, held: 0, repeats: 0, answersAgain: 0, staleAnswers: 0, restartsMidAnswer: 0,
  shortNudges: 0, shortStretchSpacings: 0, shortShortSpacings: 0, shortRestarts: 0, tookBreaks: 0, callEnds: 0, releasedByGrace: 0, heldReleased: 0,
};

/** The world around the reducer: true time, the wall clock, the user, the alarm, the shell. */
export class World {
  trueNow: number;
  offset = 0;
  settings: Settings;
  state: ScheduleState;
  alarm: number | null = null; // wall time
  user: 'active' | 'stopped' | 'idle' | 'locked' = 'active';
  stoppedAt = 0; // true time input stopped
  awayStart: number | null = null; // true time the away began (input stop or lock)
  awayClean = true; // no clock jump, pause, settings change, off-hours or sound during the away
  /** The clock jumped since the scheduler last heard anything: its view of the next gap is skewed. */
  jumpedSinceEvent = false;
  attention = { fullscreen: false, audible: false, meeting: false };
  // Nudges. `lastNudged` is the last stretch break nudged.
  lastNudged: number | null = null;
  /** True times of the last short nudge and of the last stretch nudge or answer; null once the rules may have changed since. */
  lastShortAt: number | null = null;
  lastStretchAt: number | null = null;
  /** A call ended with the meeting hold on and nothing else holding: by this true time nothing may be held. */
  heldDeadline: number | null = null;
  /** The event being delivered comes late: a nudge it brings is off its time, so spacing is not measured from it. */
  lateDelivery = false;
  /** The break held when that call ended, if one was. */
  heldAtCallEnd: number | null = null;
  mayReset = true;
  seenFirst = new Set<number>();
  seenRepeat = new Set<number>();
  // The timing model: a cycle that started with Done while active, undisturbed since.
  cycleStart: number; // true time
  cycleClean = true;
  nudgedThisCycle = false;
  /** Answers delivered so far, in order. */
  readonly sent: Answer[] = [];
  /** What the last event delivered asked for. */
  lastEffects: readonly Effect[] = [];
  /** The last steps, written out only when a check fails (formatting every step was a third of the time). */
  private readonly trace: (() => string)[] = [];

  constructor(start: number, settings: Settings) {
    this.trueNow = start;
    this.cycleStart = start;
    this.settings = settings;
    this.state = initialState(start);
    if (!isAllDay(settings)) this.cycleClean = false;
    this.deliver({ type: 'startup' });
  }

  get wall(): number {
    return this.trueNow + this.offset;
  }

  fail(msg: string): never {
    throw new Violation(`${msg}\n${this.trace.map((line) => line()).join('\n')}`);
  }

  deliver(event: ScheduleEvent): void {
    const now = this.wall;
    this.noteOverdue();
    this.jumpedSinceEvent = false;
    const before = this.state;
    let result;
    try {
      result = reduce(before, event, now, this.settings);
    } catch (e) {
      this.fail(`reduce threw on ${JSON.stringify(event)}: ${String(e)}`);
    }
    const { state, effects } = result;
    this.state = state;
    this.checkHeldNotLost(before, state, effects);
    const [sinceCycle, offset] = [this.trueNow - this.cycleStart, this.offset];
    this.trace.push(() => `${(sinceCycle / MIN).toFixed(2)}m wall+${(offset / MIN).toFixed(1)} ${JSON.stringify(event)} -> ${effects.filter((e) => e.type !== 'badge' && e.type !== 'wake-at').map((e) => JSON.stringify(e)).join(' ')} sit=${(state.sitMs / MIN).toFixed(2)}`);
    if (this.trace.length > 25) this.trace.shift();
    this.checkState(now);
    this.checkEffects(effects, now);
    if (this.lateDelivery) {
      this.lateDelivery = false;
      this.forgetSpacing();
    }
    for (const e of effects) {
      if (e.type === 'wake-at') {
        if (this.alarm === null || !alarmStillGood(this.alarm, e.at, now)) this.alarm = Math.max(e.at, now + SEC);
      }
      if (e.type === 'no-wake') this.alarm = null;
    }
    this.lastEffects = effects;
  }

  checkState(now: number): void {
    const s = this.state;
    if (!(s.sitMs >= 0) || !Number.isFinite(s.sitMs)) this.fail(`sitting time ${s.sitMs}`);
    if (s.seenAt > now) this.fail(`seenAt ${s.seenAt} after now ${now}`);
    const status = describeStatus(s, now, this.settings);
    if (!(status.sittingMs >= 0)) this.fail(`status sitting ${status.sittingMs}`);
    if (status.nextBreakAt !== null && status.nextBreakAt < now) this.fail('next break in the past');
    if (!parseScheduleState(jsonCopy(s))) this.fail('a reachable state does not survive storage');
    if (s.due && s.due.breakId > s.lastBreakId) this.fail('due break id ahead of lastBreakId');
    if (!(s.shortSinceMs >= 0 && s.shortSinceMs <= s.sitMs)) this.fail(`short count ahead of the sitting count: ${s.shortSinceMs} > ${s.sitMs}`);
  }

  /** A held break never disappears without a nudge, unless the count itself ended (away, pause, hours, an answer). */
  checkHeldNotLost(before: ScheduleState, after: ScheduleState, effects: readonly Effect[]): void {
    if (before.due?.shownAt !== null || before.due === null) return;
    if (after.due !== null) {
      if (after.due.shownAt !== null) coverage.heldReleased += 1;
      return;
    }
    const ended = after.paused !== null || after.offHours || after.away !== null || after.sitMs === 0 || effects.some((e) => e.type === 'log');
    if (!ended) this.fail(`held break ${before.due.breakId} vanished with no nudge`);
  }

  /** Is anything but the meeting's grace period holding nudges now? */
  otherHold(): boolean {
    return this.settings.holdWhilePresenting && (this.attention.fullscreen || this.attention.audible);
  }

  /** The meeting hold never delays a break past the call's end plus the grace period. */
  checkHeldDeadline(): void {
    // The wake alarm keeps an alarm within 0.5 s of the time wanted and never asks for less than 1 s ahead.
    if (this.heldDeadline === null || this.trueNow <= this.heldDeadline + ALARM_SLACK_MS) return;
    const s = this.state;
    if (s.due?.shownAt === null && !s.paused && !s.offHours && !s.away) {
      this.fail(`break ${s.due.breakId} still held ${(this.trueNow - this.heldDeadline) / MIN} min after the call's end plus the grace period`);
    }
    if (this.heldAtCallEnd !== null && this.seenFirst.has(this.heldAtCallEnd)) coverage.releasedByGrace += 1;
    this.heldDeadline = null;
    this.heldAtCallEnd = null;
  }

  /** Something that may move a due break on its own terms: the deadline no longer applies. */
  excuseDeadline(): void {
    this.heldDeadline = null;
    this.heldAtCallEnd = null;
  }

  checkEffects(effects: readonly Effect[], now: number): void {
    const nudges = effects.filter((e) => e.type === 'nudge');
    if (nudges.length > 1) this.fail('two nudges in one step');
    for (const e of effects) {
      if (e.type === 'wake-at' && !(e.at > now)) this.fail(`wake in the past: ${e.at - now}`);
      if (e.type !== 'nudge') continue;
      if (e.canSnooze !== this.state.snoozesInRow < snoozeLimitOf(this.settings, e.kind)) this.fail('canSnooze does not follow the snooze limit and firmness');
      if (e.restore) continue;
      if (e.kind === 'short' && e.attempt === 1) this.fail('a short break was repeated');
      if (e.attempt === 0) this.checkSpacing(e.kind);
      if (e.kind === 'short') {
        if (this.seenFirst.has(e.breakId)) this.fail(`short break ${e.breakId} nudged twice`);
        this.seenFirst.add(e.breakId);
        coverage.shortNudges += 1;
        continue;
      }
      if (e.attempt === 1) {
        if (this.seenRepeat.has(e.breakId)) this.fail(`break ${e.breakId} repeated twice`);
        if (!this.seenFirst.has(e.breakId)) this.fail('a repeat before the first nudge');
        this.seenRepeat.add(e.breakId);
        coverage.repeats += 1;
        continue;
      }
      if (this.seenFirst.has(e.breakId)) this.fail(`break ${e.breakId} nudged twice as new`);
      this.seenFirst.add(e.breakId);
      if (this.lastNudged !== null && e.breakId !== this.lastNudged) coverage.secondNudges += 1;
      if (this.cycleClean && !this.nudgedThisCycle) coverage.onTimeNudges += 1;
      if (this.lastNudged !== null && e.breakId !== this.lastNudged && !this.mayReset) {
        this.fail(`two nudges (breaks ${this.lastNudged} and ${e.breakId}) with no break, snooze or skip between`);
      }
      if (this.cycleClean && !this.nudgedThisCycle && this.trueNow - this.cycleStart < this.settings.intervalMin * MIN - SEC) {
        this.fail(`nudge after only ${(this.trueNow - this.cycleStart) / MIN} min of sitting`);
      }
      this.lastNudged = e.breakId;
      this.mayReset = false;
      this.nudgedThisCycle = true;
    }
  }

  /** Never two nudges closer than the rules allow: short to short, short to stretch, stretch to short. */
  checkSpacing(kind: 'short' | 'stretch'): void {
    // Judged by the count, so an on-time wake may land up to the alarm's slack off the moment.
    const gap = (since: number | null) => (since === null ? Infinity : this.trueNow - since + ALARM_SLACK_MS);
    if (kind === 'short') {
      if (gap(this.lastStretchAt) < SHORT_GAP_MS) this.fail(`a short break ${gap(this.lastStretchAt) / MIN} min after a stretch break`);
      if (gap(this.lastShortAt) < this.settings.shortIntervalMin * MIN) this.fail(`two short breaks ${gap(this.lastShortAt) / MIN} min apart`);
      if (this.lastStretchAt !== null) coverage.shortStretchSpacings += 1;
      if (this.lastShortAt !== null) coverage.shortShortSpacings += 1;
      this.lastShortAt = this.trueNow;
    } else {
      if (gap(this.lastShortAt) < SHORT_GAP_MS) this.fail(`a stretch break ${gap(this.lastShortAt) / MIN} min after a short break`);
      if (this.lastShortAt !== null) coverage.shortStretchSpacings += 1;
      this.lastStretchAt = this.trueNow;
    }
  }

  /** The rules changed under the nudges (settings, the clock): spacing is measured afresh from here. */
  forgetSpacing(): void {
    this.lastShortAt = null;
    this.lastStretchAt = null;
  }

  /** An overdue alarm (late, or slipped past while other things happened) is a late alarm. */
  noteOverdue(): void {
    if (this.alarm !== null && this.alarm - this.offset < this.trueNow) this.lateAlarm();
  }

  /** A late or lost wake moves the next nudge later by however late it is: spacing and deadlines start afresh. */
  lateAlarm(): void {
    this.mayReset = true;
    this.dirty();
    this.excuseDeadline();
    this.forgetSpacing();
    this.lateDelivery = true;
  }

  /** The timing invariant: an undisturbed cycle is nudged by interval + 1 min. */
  checkTiming(): void {
    this.noteOverdue();
    this.checkHeldDeadline();
    if (!this.cycleClean || this.nudgedThisCycle) return;
    if (this.trueNow - this.cycleStart > this.settings.intervalMin * MIN + MIN) {
      this.fail(`no nudge ${(this.trueNow - this.cycleStart) / MIN} min after sitting began (interval ${this.settings.intervalMin})`);
    }
  }

  dirty(): void {
    this.cycleClean = false;
  }

  /** Time passes with the machine awake: idle detection and the alarm fire as they come due. */
  pass(ms: number, mode: AlarmMode, skew: number): void {
    const target = this.trueNow + ms;
    let first = true;
    for (let guard = 0; guard < 10_000; guard += 1) {
      const idleAt = this.user === 'stopped' ? this.stoppedAt + this.settings.idleThresholdMin * MIN : Infinity;
      let alarmAt = this.alarm === null ? Infinity : this.alarm - this.offset;
      const m: AlarmMode = first ? mode : 'ontime';
      if (m === 'early') alarmAt -= Math.min(skew, 30 * SEC);
      if (m === 'late') alarmAt += skew;
      const next = Math.min(idleAt, alarmAt);
      if (next > target) break;
      // An alarm whose time already passed (a late one that slipped past the last pass) is late too.
      const lateFire = next === alarmAt && this.alarm !== null && this.trueNow > this.alarm - this.offset;
      this.trueNow = Math.max(this.trueNow, next);
      this.checkTiming();
      if (lateFire) this.lateAlarm();
      if (next === idleAt) {
        this.user = 'idle';
        this.mayReset = true;
        this.deliver({ type: 'idle' });
        continue;
      }
      first = false;
      this.alarm = null;
      if (m === 'lost') {
        this.lateAlarm();
        continue;
      }
      if (m === 'late') this.lateAlarm();
      if (m === 'early') {
        // Chrome does not fire early, but an early wake must do no harm: keep the real alarm too.
        this.alarm = alarmAt + Math.min(skew, 30 * SEC) + this.offset;
      }
      this.deliver({ type: 'alarm' });
      if (m === 'dup') this.deliver({ type: 'alarm' });
    }
    this.trueNow = target;
    this.checkTiming();
  }

  run(op: Op): void {
    // Only time passing quietly (on-time alarms, restarts) keeps the meeting hold's deadline in force.
    if (!(op.k === 'pass' || op.k === 'restart' || op.k === 'spuriousAlarm' || (op.k === 'answer' && op.action === 'dismiss-stale'))) this.excuseDeadline();
    switch (op.k) {
      case 'pass':
        return this.pass(op.ms, op.alarm, op.skew);
      case 'stopInput':
        if (this.user !== 'active') return;
        this.user = 'stopped';
        this.stoppedAt = this.trueNow;
        this.awayStart = this.trueNow;
        this.awayClean = !this.attention.audible && this.state.paused === null && !this.state.offHours && !this.jumpedSinceEvent;
        this.dirty();
        return;
      case 'lock':
        if (this.user === 'locked') return;
        // Input that stopped without an idle report yet is invisible to the browser: away from the lock.
        if (this.user === 'active' || this.user === 'stopped') {
          this.awayStart = this.trueNow;
          this.awayClean = this.state.paused === null && !this.state.offHours && !this.jumpedSinceEvent;
        } else if (this.attention.audible) this.awayClean = false;
        this.user = 'locked';
        this.mayReset = true;
        this.dirty();
        return this.deliver({ type: 'locked' });
      case 'resumeInput': {
        const was = this.user;
        this.user = 'active';
        if (was === 'stopped') return; // never reported idle: the browser says nothing
        if (was === 'active') return;
        const away = this.awayStart === null ? 0 : this.trueNow - this.awayStart;
        this.deliver({ type: 'active' });
        // After time away of at least the break length, the count restarted.
        if (this.awayClean && away >= this.settings.breakLengthMin * MIN && this.state.paused === null && !this.state.offHours) {
          this.checkBothCountsRestarted(`back after ${away / MIN} min away`);
          coverage.awayRestarts += 1;
        }
        this.awayStart = null;
        return;
      }
      case 'sleep': {
        coverage.sleeps += 1;
        this.trueNow += op.ms;
        // Asleep, the wake due meanwhile comes late (on waking): like a late alarm.
        this.lateAlarm();
        if (this.awayStart === null && this.user === 'active') {
          // Asleep is away, but the user's idle state resumes as it was; nothing to check here.
        }
        // On wake, a missed alarm fires once.
        if (this.alarm !== null && this.alarm - this.offset <= this.trueNow) {
          this.alarm = null;
          this.deliver({ type: 'alarm' });
        }
        return;
      }
      case 'clock':
        coverage.clockJumps += 1;
        this.forgetSpacing();
        this.lateDelivery = true;
        this.offset += op.ms;
        this.jumpedSinceEvent = true;
        this.mayReset = true;
        this.awayClean = false;
        this.dirty();
        return;
      case 'restart':
        coverage.restarts += 1;
        // The worker or the browser restarts: state through JSON and the repair, then startup.
        this.state = repairSchedule(JSON.parse(JSON.stringify(this.state)), this.wall).state;
        return this.deliver({ type: 'startup' });
      case 'answer': {
        const due = this.state.due;
        switch (op.action) {
          case 'done':
          case 'skip':
          case 'snooze':
            this.answer(op.action);
            return;
          case 'dismiss':
            if (!due) return;
            // Closing a short break's window leaves the stretch count alone.
            if (due.kind === 'short') return this.deliver({ type: 'dismissed', breakId: due.breakId });
            this.lastStretchAt = this.trueNow;
            this.mayReset = true;
            this.dirty();
            return this.deliver({ type: 'dismissed', breakId: due.breakId });
          case 'dismiss-stale':
            // A window of an old break closes: nothing may change.
            return this.deliver({ type: 'dismissed', breakId: this.state.lastBreakId + 1 });
        }
        return;
      }
      case 'stretchNow':
        // The popup's own stretch: no break id, and a stretch whatever is due (it ends a short break too).
        if (this.state.due?.kind === 'stretch') this.lastStretchAt = this.trueNow;
        this.mayReset = true;
        this.sendAnswer(this.newAnswer({ type: 'done', exerciseId: 'cobra', kind: 'stretch' }, null));
        this.startCycle();
        return;
      case 'tookBreak': {
        const counting = this.state.paused === null && !this.state.offHours;
        this.mayReset = true;
        this.sendAnswer(this.newAnswer({ type: 'took-break' }, null));
        if (counting) {
          this.checkBothCountsRestarted('"I just took a break"');
          coverage.tookBreaks += 1;
        }
        this.startCycle();
        return;
      }
      case 'again':
        return this.again(op.back);
      case 'staleAnswer':
        return this.staleAnswer(op.action, op.ahead);
      case 'restartMid':
        return this.restartMid(op.action, op.saved);
      case 'pause':
        this.mayReset = true;
        this.awayClean = false;
        this.dirty();
        this.send({ type: 'pause', until: op.minutes === null ? null : this.wall + op.minutes * MIN });
        return;
      case 'resume':
        this.mayReset = true;
        this.dirty();
        this.send({ type: 'resume' });
        return;
      case 'settings':
        // New rules: nudges they bring at once are off the old schedule, so spacing starts after them.
        this.forgetSpacing();
        this.lateDelivery = true;
        this.settings = { ...this.settings, ...op.patch };
        // Only hours or the away rules can end a break by themselves; a new interval cannot.
        if (['workDays', 'breakLengthMin', 'idleThresholdMin'].some((k) => k in op.patch)) this.mayReset = true;
        this.awayClean = false;
        this.dirty();
        return this.deliver({ type: 'settings-changed' });
      case 'attention': {
        if (op.audible && this.awayStart !== null) this.awayClean = false;
        const was = this.attention;
        if (op.fullscreen === was.fullscreen && op.audible === was.audible && op.meeting === was.meeting) return;
        // Sound stopping while the user is idle starts an away (a possible natural break).
        if (was.audible && !op.audible && this.user === 'idle') this.mayReset = true;
        this.attention = { fullscreen: op.fullscreen, audible: op.audible, meeting: op.meeting };
        // Holding and watching change when the nudge may come: the timing check steps aside.
        this.dirty();
        this.deliver({ type: 'attention', ...this.attention });
        if (was.meeting && !op.meeting && this.settings.holdDuringMeetings && !this.otherHold() && this.user === 'active') {
          coverage.callEnds += 1;
          this.heldDeadline = this.trueNow + this.settings.meetingGraceMin * MIN;
          this.heldAtCallEnd = this.state.due?.shownAt === null ? this.state.due.breakId : null;
        }
        return;
      }
      case 'spuriousAlarm':
        return this.deliver({ type: 'alarm' });
    }
  }

  newAnswer(action: AnswerAction, breakId = this.state.due?.breakId ?? null): Answer {
    return { id: `answer-${this.sent.length + 1}`, breakId, at: this.wall, action };
  }

  /** Sends an answer as a page does: with its id and the break due (if any). */
  send(action: AnswerAction): void {
    this.sendAnswer(this.newAnswer(action));
  }

  sendAnswer(answer: Answer): void {
    this.sent.push(answer);
    this.deliver({ type: 'answer', answer });
  }

  /** An answer as the card sends it: Done and Skip say which kind of break the card is. */
  static actionOf(action: BreakAnswer, kind: BreakKind = 'stretch'): AnswerAction {
    if (action === 'done') return { type: 'done', exerciseId: kind === 'short' ? 'look-far' : 'seated-twist', kind };
    return action === 'skip' ? { type: 'skip', kind } : { type: 'snooze' };
  }

  /**
   * The user answers the break on screen (or a card of their own when none is due). Answering a
   * short break leaves the stretch count alone; answering a stretch break is a stretch moment.
   */
  answer(action: BreakAnswer, answer = this.newAnswer(World.actionOf(action, this.state.due?.kind))): readonly Effect[] {
    const kind = this.state.due?.kind ?? 'stretch';
    if (kind === 'stretch') {
      if (this.state.due) this.lastStretchAt = this.trueNow;
      this.mayReset = true;
      if (action !== 'done') this.dirty();
    }
    this.sent.push(answer);
    this.deliver({ type: 'answer', answer });
    if (action === 'done' && kind === 'stretch') this.startCycle();
    return this.lastEffects;
  }

  /** Fails unless delivering `answer` now does exactly what an alarm would (bar recording its id). */
  expectNoMoreThanAlarm(answer: Answer, what: string): void {
    const now = this.wall;
    const alarm = reduce(this.state, { type: 'alarm' }, now, this.settings);
    const got = reduce(this.state, { type: 'answer', answer }, now, this.settings);
    const heard = { ...alarm.state, answered: got.state.answered };
    if (JSON.stringify(got.state) !== JSON.stringify(heard) || JSON.stringify(got.effects) !== JSON.stringify(alarm.effects)) {
      this.fail(`${what} ${JSON.stringify(answer)} changed something: ${JSON.stringify(got.effects)} vs ${JSON.stringify(alarm.effects)}`);
    }
    if (!got.state.answered.includes(answer.id)) this.fail(`${what} not recorded as heard`);
  }

  again(back: number): void {
    if (this.sent.length === 0) return;
    const answer = this.sent[this.sent.length - 1 - (back % Math.min(4, this.sent.length))]!;
    coverage.answersAgain += 1;
    this.expectNoMoreThanAlarm(answer, 'an answer delivered again');
    this.deliver({ type: 'answer', answer });
  }

  staleAnswer(action: BreakAnswer, ahead: boolean): void {
    const due = this.state.due;
    const breakId = ahead || !due || due.breakId <= 1 ? this.state.lastBreakId + 1 : due.breakId - 1;
    const answer = this.newAnswer(World.actionOf(action), breakId);
    coverage.staleAnswers += 1;
    this.expectNoMoreThanAlarm(answer, 'an answer to a break not due');
    this.sent.push(answer);
    this.deliver({ type: 'answer', answer });
  }

  /**
   * The worker stops while applying an answer. Saved: the answer comes again and changes nothing.
   * Not saved: the stored state is the one from before; applied again it does the very same (its
   * log entries, written before the save under the answer's id, are replaced by equal ones).
   */
  restartMid(action: BreakAnswer, saved: boolean): void {
    coverage.restartsMidAnswer += 1;
    if (saved) {
      this.answer(action);
      this.run({ k: 'restart' });
      this.again(0);
      return;
    }
    const answer = this.newAnswer(World.actionOf(action, this.state.due?.kind));
    // Only the answer's own entries were written before the save; any other went with the worker.
    const lost = reduce(this.state, { type: 'answer', answer }, this.wall, this.settings).effects.filter(isAnswerLog);
    this.run({ k: 'restart' });
    const logs = this.answer(action, answer).filter(isAnswerLog);
    if (JSON.stringify(logs) !== JSON.stringify(lost)) this.fail(`applied again after a restart, the answer logged ${JSON.stringify(logs)}, not ${JSON.stringify(lost)}`);
  }

  /** A natural break resets both counts: no sitting, and a whole short interval to the next short break. */
  checkBothCountsRestarted(after: string): void {
    const now = this.wall;
    const sitting = describeStatus(this.state, now, this.settings).sittingMs;
    if (sitting !== 0) this.fail(`${after} but the count did not restart (${sitting / MIN} min)`);
    const short = nextShortAt(this.state, now, this.settings, sitting, nextDueAt(this.state, now, this.settings));
    if (this.settings.shortBreaks && short !== null && short !== now + this.settings.shortIntervalMin * MIN) {
      this.fail(`${after} but the short count did not restart (next short break in ${(short - now) / MIN} min)`);
    }
    if (this.settings.shortBreaks && short !== null) coverage.shortRestarts += 1;
  }

  /** Done while at the desk and nothing else in the way: a clean cycle for the timing check. */
  startCycle(): void {
    this.cycleStart = this.trueNow;
    this.nudgedThisCycle = false;
    const s = this.state;
    this.cycleClean =
      this.user === 'active' &&
      isAllDay(this.settings) &&
      s.paused === null &&
      !s.offHours &&
      s.away === null &&
      !isHeld(s, this.settings, this.wall);
  }
}

export function isAllDay(s: Settings): boolean {
  return s.workDays.length === 7 && s.workStartMin === 0 && s.workEndMin >= 1440;
}

export function runScenario(start: number, settings: Settings, ops: readonly Op[]): void {
  coverage.runs += 1;
  const world = new World(start, settings);
  for (const op of ops) {
    // Presenting or a pause mid-cycle is allowed to hold the nudge: the timing check steps aside.
    if (op.k === 'attention' && settings.holdWhilePresenting && (op.fullscreen || op.audible)) world.dirty();
    world.run(op);
    if (world.state.due?.shownAt === null) coverage.held += 1;
  }
  // Finally let an hour pass on time: nothing breaks at the end either.
  world.pass(60 * MIN, 'ontime', SEC);
}
