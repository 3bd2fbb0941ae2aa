/**
 * The hold timer, pure: a plan of timed phases from an exercise's dose, and where a timer stands
 * after some elapsed time. The UI stores only when it started and how long it was paused.
 */
import type { Dose } from './exercise';

export const SECONDS_PER_BREATH = 5;
export const SECONDS_PER_REP = 3;

export type Side = 'first' | 'second';

/** The moments a timer marks with a chime: a new side or round, and the end. */
export type ChimeKind = 'switch' | 'done';

export interface HoldPhase {
  readonly seconds: number;
  readonly side: Side | null;
  /** 1-based round (repetition or set) and how many there are. */
  readonly round: number;
  readonly rounds: number;
}

/** The shortest hold and the fewest breaths an easier setting (a multiplier under 1) leaves. */
export const MIN_HOLD_SECONDS = 5;
export const MIN_BREATHS = 1;

/** A hold's seconds at the user's multiplier (the card's words and its timer both use this). */
export function scaledHoldSeconds(seconds: number, multiplier: number): number {
  return Math.max(MIN_HOLD_SECONDS, Math.round(seconds * multiplier));
}

/** A breath dose's breaths at the user's multiplier. */
export function scaledBreaths(breaths: number, multiplier: number): number {
  return Math.max(MIN_BREATHS, Math.round(breaths * multiplier));
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
      return { seconds: scaledHoldSeconds(dose.seconds, multiplier), rounds: dose.reps };
    case 'breaths':
      return { seconds: scaledBreaths(dose.breaths, multiplier) * SECONDS_PER_BREATH, rounds: dose.reps };
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
  /** Milliseconds into the current phase. */
  readonly phaseElapsedMs: number;
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
      return {
        phaseIndex: i, phase, secondsLeft: Math.ceil((end - elapsed) / 1000), progress: elapsed / total,
        phaseElapsedMs: elapsed - start, finished: false,
      };
    }
    start = end;
  }
  const last = plan[plan.length - 1]!;
  return { phaseIndex: plan.length - 1, phase: last, secondsLeft: 0, progress: 1, phaseElapsedMs: last.seconds * 1000, finished: true };
}

/** Seconds one unit of a dose takes: a breath, a repetition; null for a plain hold. */
export function unitSeconds(dose: Dose): number | null {
  return dose.kind === 'breaths' ? SECONDS_PER_BREATH : dose.kind === 'reps' ? SECONDS_PER_REP : null;
}

/** Which breath or repetition of a phase this is, 1-based: "2 of 8". */
export function unitAt(view: TimerView, secondsPerUnit: number): { readonly index: number; readonly count: number } {
  const count = Math.max(1, Math.round(view.phase.seconds / secondsPerUnit));
  const index = Math.min(count, Math.floor(view.phaseElapsedMs / (secondsPerUnit * 1000)) + 1);
  return { index, count };
}

/** Breath pacer: 0 (lungs empty) to 1 (full) and back within each breath; in for the first half. */
export function breathAt(phaseElapsedMs: number, secondsPerBreath = SECONDS_PER_BREATH): { readonly fullness: number; readonly inhaling: boolean } {
  const cycle = secondsPerBreath * 1000;
  const t = (((phaseElapsedMs % cycle) + cycle) % cycle) / cycle;
  return { fullness: 0.5 - 0.5 * Math.cos(2 * Math.PI * t), inhaling: t < 0.5 };
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
