/**
 * The dose schema's bounds, which every dose keeps to: the library's (tests/unit/data/) and each
 * of the user's own (core/own-stretch.ts). Apart from core/exercise.ts, which every card's first
 * script loads, so that only the code that checks a dose carries them.
 */
import { ACTIVITY_SECONDS, type Dose } from './exercise';

const within = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** The bounds of a dose's counts: whole numbers, holds 5 s to 3 min, 1-20 breaths or repetitions, 1-5 rounds. */
export const DOSE_BOUNDS = {
  seconds: { min: 5, max: 180 },
  breaths: { min: 1, max: 20 },
  count: { min: 1, max: 20 },
  rounds: { min: 1, max: 5 },
} as const;

const inBounds = (n: number, bounds: { readonly min: number; readonly max: number }) => within(n, bounds.min, bounds.max);

/** The dose schema's bounds (DOSE_BOUNDS); a timed activity stays within its sources' range. */
export function isDoseInBounds(dose: Dose): boolean {
  switch (dose.kind) {
    case 'hold':
      return inBounds(dose.seconds, DOSE_BOUNDS.seconds) && inBounds(dose.reps, DOSE_BOUNDS.rounds) && (dose.minSeconds === undefined || within(dose.minSeconds, 5, dose.seconds));
    case 'breaths':
      return inBounds(dose.breaths, DOSE_BOUNDS.breaths) && inBounds(dose.reps, DOSE_BOUNDS.rounds);
    case 'reps':
      return inBounds(dose.count, DOSE_BOUNDS.count) && inBounds(dose.sets, DOSE_BOUNDS.rounds) && (dose.pace === undefined || dose.pace === 'breath' || within(dose.pace, 2, 10));
    case 'timed':
      return within(dose.seconds, ACTIVITY_SECONDS[dose.activity].min, ACTIVITY_SECONDS[dose.activity].max);
  }
}
