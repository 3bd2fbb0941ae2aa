/**
 * The hold timer, pure: the dose a card runs at the user's hold setting, a plan of timed phases
 * from it (work, and short rests between sides and rounds), and where a timer stands after some
 * elapsed time. The UI stores only when it started and how long it was paused.
 */
import { ACTIVITY_SECONDS, type Activity, type Dose, type ExerciseData } from './exercise';

export const SECONDS_PER_BREATH = 5;
export const SECONDS_PER_REP = 3;
/** The pause between sides and between rounds: time to let go and change position. */
export const REST_SECONDS = 5;
/** From this hold setting up, a card that runs a shorter version runs its full dose instead. */
export const FULL_DOSE_FROM = 1.5;
/** The most a break card's timer runs at the default hold setting, rests included. */
export const SHORT_BREAK_SECONDS = 90;
/** A hold is never scaled below this (a floor the dose itself may raise). */
export const MIN_HOLD_SECONDS = 5;
/** The fewest breaths an easier setting leaves. */
export const MIN_BREATHS = 1;

export type Side = 'first' | 'second';

/** The moments a timer marks with a chime: a new side or round, and the end. */
export type ChimeKind = 'switch' | 'done';

export interface HoldPhase {
  /** A pause to let go and change position (for a twist: one breath facing forward). */
  readonly rest: boolean;
  readonly seconds: number;
  /** The side worked; in a rest, the side that comes next. */
  readonly side: Side | null;
  /** 1-based round (repetition or set) and how many there are; in a rest, the round that comes next. */
  readonly round: number;
  readonly rounds: number;
  /** Timed by the breath pacer: one slow breath per SECONDS_PER_BREATH. */
  readonly paced: boolean;
  /** For a timed activity: what the person does (look far away, eyes closed, walk). */
  readonly activity?: Activity;
}

/** The dose a card runs at a hold setting, and whether it is a shorter version of a fuller one. */
export interface DoseAtSetting {
  readonly dose: Dose;
  readonly shortVersion: boolean;
}

export function doseAt(exercise: Pick<ExerciseData, 'dose' | 'fullDose'>, multiplier = 1): DoseAtSetting {
  if (exercise.fullDose && multiplier >= FULL_DOSE_FROM) return { dose: exercise.fullDose, shortVersion: false };
  return { dose: scaledDose(exercise.dose, multiplier), shortVersion: exercise.fullDose !== undefined };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** A dose with its holds, breaths or activity time scaled; repetition counts never change. */
export function scaledDose(dose: Dose, multiplier: number): Dose {
  switch (dose.kind) {
    case 'hold':
      return { ...dose, seconds: Math.max(dose.minSeconds ?? MIN_HOLD_SECONDS, Math.round(dose.seconds * multiplier)) };
    case 'breaths':
      return { ...dose, breaths: Math.max(MIN_BREATHS, Math.round(dose.breaths * multiplier)) };
    case 'reps':
      return dose;
    case 'timed': {
      const { min, max } = ACTIVITY_SECONDS[dose.activity];
      return { ...dose, seconds: clamp(Math.round(dose.seconds * multiplier), min, max) };
    }
  }
}

/** Seconds one unit of a dose takes: a breath, a repetition; null for a hold or an activity. */
export function unitSeconds(dose: Dose): number | null {
  if (dose.kind === 'breaths') return SECONDS_PER_BREATH;
  if (dose.kind !== 'reps') return null;
  return dose.pace === 'breath' ? SECONDS_PER_BREATH : dose.pace ?? SECONDS_PER_REP;
}

/** Moves timed by the breath pacer: breaths, and repetitions of one slow breath each. */
export function isBreathPaced(dose: Dose): boolean {
  return dose.kind === 'breaths' || (dose.kind === 'reps' && dose.pace === 'breath');
}

function workSeconds(dose: Dose): number {
  switch (dose.kind) {
    case 'hold':
      return dose.seconds;
    case 'breaths':
      return dose.breaths * SECONDS_PER_BREATH;
    case 'reps':
      return dose.count * unitSeconds(dose)!;
    case 'timed':
      return dose.seconds;
  }
}

const roundsOf = (dose: Dose) => (dose.kind === 'reps' ? dose.sets : dose.kind === 'timed' ? 1 : dose.reps);
const perSideOf = (dose: Dose) => dose.kind !== 'timed' && dose.perSide;

/** Which side and round each stretch of the dose works, in order. */
function steps(dose: Dose): { side: Side | null; round: number }[] {
  const rounds = Array.from({ length: roundsOf(dose) }, (_, i) => i + 1);
  if (!perSideOf(dose)) return rounds.map((round) => ({ side: null, round }));
  const sides: Side[] = ['first', 'second'];
  if (dose.kind === 'hold' && dose.sideOrder === 'one-side-first') {
    return sides.flatMap((side) => rounds.map((round) => ({ side, round })));
  }
  return rounds.flatMap((round) => sides.map((side) => ({ side, round })));
}

/**
 * One phase per side per round, with a rest before each but the first. The dose is the one to
 * run (see doseAt); the plan does no scaling of its own.
 */
export function holdPlan(dose: Dose): HoldPhase[] {
  const rounds = roundsOf(dose);
  const seconds = workSeconds(dose);
  const paced = isBreathPaced(dose);
  const centreBreath = dose.kind === 'breaths' && dose.centreBreath === true;
  const activity = dose.kind === 'timed' ? { activity: dose.activity } : {};
  const plan: HoldPhase[] = [];
  for (const { side, round } of steps(dose)) {
    if (plan.length > 0) {
      plan.push({ rest: true, seconds: centreBreath ? SECONDS_PER_BREATH : REST_SECONDS, side, round, rounds, paced: centreBreath });
    }
    plan.push({ rest: false, seconds, side, round, rounds, paced, ...activity });
  }
  return plan;
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

/** Whether the phase at `phaseIndex` is a rest that changes side (a switch, not a pause between rounds). */
export function switchesSide(plan: readonly HoldPhase[], phaseIndex: number): boolean {
  const phase = plan[phaseIndex];
  const before = plan[phaseIndex - 1];
  return !!phase?.rest && !!before && before.side !== phase.side;
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
