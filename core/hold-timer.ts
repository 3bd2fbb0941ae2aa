/**
 * The hold timer, pure: a plan of timed phases from an exercise's dose, and where a timer stands
 * after some elapsed time. The UI stores only when it started and how long it was paused.
 */
import type { Dose } from './exercise';

export const SECONDS_PER_BREATH = 5;
export const SECONDS_PER_REP = 3;

export type Side = 'first' | 'second';

export interface HoldPhase {
  readonly seconds: number;
  readonly side: Side | null;
  /** 1-based round (repetition or set) and how many there are. */
  readonly round: number;
  readonly rounds: number;
}

function scaled(value: number, multiplier: number, min: number): number {
  return Math.max(min, Math.round(value * multiplier));
}

/** One phase per side per round. The multiplier scales holds and breaths, never rep counts. */
export function holdPlan(dose: Dose, multiplier = 1): HoldPhase[] {
  const { seconds, rounds } = phaseLength(dose, multiplier);
  const sides: (Side | null)[] = dose.perSide ? ['first', 'second'] : [null];
  const plan: HoldPhase[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const side of sides) plan.push({ seconds, side, round, rounds });
  }
  return plan;
}

function phaseLength(dose: Dose, multiplier: number): { seconds: number; rounds: number } {
  switch (dose.kind) {
    case 'hold':
      return { seconds: scaled(dose.seconds, multiplier, 5), rounds: dose.reps };
    case 'breaths':
      return { seconds: scaled(dose.breaths, multiplier, 1) * SECONDS_PER_BREATH, rounds: dose.reps };
    case 'reps':
      return { seconds: dose.count * SECONDS_PER_REP, rounds: dose.sets };
  }
}

export function totalSeconds(plan: readonly HoldPhase[]): number {
  return plan.reduce((sum, p) => sum + p.seconds, 0);
}

export interface TimerView {
  readonly phaseIndex: number;
  readonly phase: HoldPhase;
  /** Whole seconds left in this phase, counted up (20 at the start of a 20 s hold). */
  readonly secondsLeft: number;
  /** Fraction of the whole plan done, 0 to 1. */
  readonly progress: number;
  readonly finished: boolean;
}

export function timerAt(plan: readonly HoldPhase[], elapsedMs: number): TimerView {
  const total = totalSeconds(plan) * 1000;
  const elapsed = Math.min(Math.max(0, elapsedMs), total);
  let start = 0;
  for (let i = 0; i < plan.length; i += 1) {
    const phase = plan[i]!;
    const end = start + phase.seconds * 1000;
    if (elapsed < end) {
      return { phaseIndex: i, phase, secondsLeft: Math.ceil((end - elapsed) / 1000), progress: elapsed / total, finished: false };
    }
    start = end;
  }
  const last = plan[plan.length - 1]!;
  return { phaseIndex: plan.length - 1, phase: last, secondsLeft: 0, progress: 1, finished: true };
}

/** A running or paused timer: elapsed time derives from the clock, so a re-render loses nothing. */
export interface TimerClock {
  readonly startedAt: number | null;
  readonly banked: number;
}

export const stoppedClock: TimerClock = { startedAt: null, banked: 0 };
export const elapsedOf = (c: TimerClock, now: number) => c.banked + (c.startedAt === null ? 0 : Math.max(0, now - c.startedAt));
export const startClock = (c: TimerClock, now: number): TimerClock => (c.startedAt === null ? { startedAt: now, banked: c.banked } : c);
export const pauseClock = (c: TimerClock, now: number): TimerClock => ({ startedAt: null, banked: elapsedOf(c, now) });
