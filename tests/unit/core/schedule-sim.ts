/** A tiny driver for the pure scheduler in tests: a wall clock, the wake alarm it asks for, and a log. */
import { reduce, initialState } from '../../../core/schedule';
import type { BreakKind, Effect, ScheduleEvent, ScheduleState } from '../../../core/schedule-types';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';

export const SEC = 1000;
export const MIN = 60_000;

export interface Nudge {
  readonly at: number;
  readonly breakId: number;
  readonly kind: BreakKind;
  readonly canSnooze: boolean;
  readonly attempt: 0 | 1;
  readonly restore: boolean;
}

export class Sim {
  state: ScheduleState;
  now: number;
  settings: Settings;
  wakeAt: number | null = null;
  /** Wake alarms delivered so far: each one is a worker start in the browser, if the worker slept. */
  alarmsFired = 0;
  readonly effects: { at: number; effect: Effect }[] = [];
  readonly t0: number;

  constructor(t0: number, settings: Partial<Settings> = {}) {
    this.t0 = t0;
    this.now = t0;
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.state = initialState(t0);
    this.send({ type: 'startup' });
  }

  /** Delivers one event at the current time. */
  send(event: ScheduleEvent): readonly Effect[] {
    const { state, effects } = reduce(this.state, event, this.now, this.settings);
    this.state = state;
    for (const effect of effects) {
      this.effects.push({ at: this.now, effect });
      if (effect.type === 'wake-at') this.wakeAt = effect.at;
      if (effect.type === 'no-wake') this.wakeAt = null;
    }
    return effects;
  }

  /** Lets time pass until `at`, firing the wake alarm whenever it comes due (machine awake). */
  runUntil(at: number): this {
    let guard = 0;
    while (this.wakeAt !== null && this.wakeAt <= at) {
      if (++guard > 100_000) throw new Error('alarm loop');
      this.now = Math.max(this.now, this.wakeAt);
      this.wakeAt = null;
      this.alarmsFired++;
      this.send({ type: 'alarm' });
    }
    this.now = Math.max(this.now, at);
    return this;
  }

  /** Minutes after t0. */
  runTo(minutes: number): this {
    return this.runUntil(this.t0 + minutes * MIN);
  }

  /** Time passes with no events at all (the machine sleeps); the missed alarm fires once on wake. */
  sleep(ms: number): this {
    this.now += ms;
    if (this.wakeAt !== null && this.wakeAt <= this.now) {
      this.wakeAt = null;
      this.send({ type: 'alarm' });
    }
    return this;
  }

  /** The wall clock jumps by `ms` (set forward or back); alarms keep their wall-clock times. */
  jumpClock(ms: number): this {
    this.now += ms;
    return this;
  }

  at(minutes: number, event: ScheduleEvent): readonly Effect[] {
    this.runTo(minutes);
    return this.send(event);
  }

  /** A worker restart: state through JSON (as storage keeps it), then the startup event. */
  restart(): readonly Effect[] {
    this.state = JSON.parse(JSON.stringify(this.state)) as ScheduleState;
    return this.send({ type: 'startup' });
  }

  nudges(): Nudge[] {
    return this.effects.flatMap(({ at, effect }) =>
      effect.type === 'nudge'
        ? [{ at, breakId: effect.breakId, kind: effect.kind, canSnooze: effect.canSnooze, attempt: effect.attempt ?? 0, restore: effect.restore ?? false }]
        : [],
    );
  }

  /** First nudges of each stretch break (not repeats or restores), as minutes after t0. */
  breakMinutes(): number[] {
    return this.firstNudges('stretch');
  }

  /** First nudges of each short break, as minutes after t0. */
  shortMinutes(): number[] {
    return this.firstNudges('short');
  }

  private firstNudges(kind: BreakKind): number[] {
    return this.nudges().filter((n) => n.kind === kind && n.attempt === 0 && !n.restore).map((n) => (n.at - this.t0) / MIN);
  }

  logs() {
    return this.effects.flatMap(({ effect }) => (effect.type === 'log' ? [effect.entry] : []));
  }

  badge() {
    const last = [...this.effects].reverse().find((e) => e.effect.type === 'badge');
    return last && last.effect.type === 'badge' ? last.effect.badge : null;
  }

  /** Sitting time as the popup would show it now. */
  sittingMs(): number {
    const s = this.state;
    const present = !s.paused && !s.offHours && !s.away;
    return s.sitMs + (present ? Math.max(0, this.now - s.seenAt) : 0);
  }
}
