/** What a stretch is: plain, readonly data. Every text field is our own words. */

export type Position = 'seated' | 'standing' | 'floor';

/** Problem areas a user can name; a card lists the ones it works. */
export type Target =
  | 'neck'
  | 'shoulders'
  | 'upper-back'
  | 'mid-back'
  | 'lower-back'
  | 'chest'
  | 'sides'
  | 'arms'
  | 'hips';

export type Equipment = 'none' | 'chair' | 'blanket' | 'yoga-block';

/**
 * How much of it to do.
 * - hold: keep the position `seconds`, `reps` times (per side when `perSide`).
 * - breaths: stay for `breaths` slow breaths, `reps` times (per side when `perSide`).
 * - reps: move through the motion `count` times a set, `sets` sets (per side when `perSide`).
 */
export type Dose =
  | { readonly kind: 'hold'; readonly seconds: number; readonly reps: number; readonly perSide: boolean }
  | { readonly kind: 'breaths'; readonly breaths: number; readonly reps: number; readonly perSide: boolean }
  | { readonly kind: 'reps'; readonly count: number; readonly sets: number; readonly perSide: boolean };

export interface Exercise {
  readonly id: string;
  readonly name: string;
  /** Where it can be done; seated or standing means at the desk. */
  readonly positions: readonly Position[];
  readonly targets: readonly Target[];
  readonly dose: Dose;
  /** 2 to 4 short imperative cues. */
  readonly cues: readonly string[];
  readonly caution?: string;
  readonly equipment: readonly Equipment[];
  /** One line: what it relieves. */
  readonly why: string;
  /** Text alternative for the illustration. */
  readonly imageAlt: string;
}

/** Seated or standing: doable at a desk without floor space. */
export function isDeskFriendly(exercise: Pick<Exercise, 'positions'>): boolean {
  return !exercise.positions.includes('floor');
}
