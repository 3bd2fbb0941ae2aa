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

/** An exercise as data: everything but its words, which live in the locale catalogues. */
export interface ExerciseData {
  readonly id: string;
  /** Where it can be done; seated or standing means at the desk. */
  readonly positions: readonly Position[];
  readonly targets: readonly Target[];
  readonly dose: Dose;
  readonly equipment: readonly Equipment[];
  /** How many cues its catalogue entries hold (2 to 4). */
  readonly cueCount: number;
  readonly hasCaution: boolean;
}

/** An exercise with its words in the user's language, as the UI shows it. */
export interface Exercise extends Omit<ExerciseData, 'cueCount' | 'hasCaution'> {
  readonly name: string;
  /** 2 to 4 short imperative cues. */
  readonly cues: readonly string[];
  readonly caution?: string;
  /** One line: what it relieves. */
  readonly why: string;
  /** Text alternative for the illustration. */
  readonly imageAlt: string;
}

export type ExerciseTextField = 'name' | 'why' | 'alt' | 'caution' | `cue${1 | 2 | 3 | 4}`;

/** What an exercise id looks like (`neck-release`): settings, the rotation and the log accept nothing else. */
export function isExerciseId(x: unknown): x is string {
  return typeof x === 'string' && /^[a-z0-9-]{1,40}$/.test(x);
}

/** The catalogue key of one of an exercise's texts, e.g. `ex_neck_release_name`. */
export function exerciseMessageKey(id: string, field: ExerciseTextField): string {
  return `ex_${id.replaceAll('-', '_')}_${field}`;
}

/** Joins an exercise's data with its words, looked up by catalogue key. */
export function withText(data: ExerciseData, lookup: (key: string) => string): Exercise {
  const { cueCount, hasCaution, ...rest } = data;
  const text = (field: ExerciseTextField) => lookup(exerciseMessageKey(data.id, field));
  const cues = Array.from({ length: cueCount }, (_, i) => text(`cue${i + 1}` as ExerciseTextField));
  const base = { ...rest, name: text('name'), cues, why: text('why'), imageAlt: text('alt') };
  return hasCaution ? { ...base, caution: text('caution') } : base;
}

/** Seated or standing: doable at a desk without floor space. */
export function isDeskFriendly(exercise: Pick<ExerciseData, 'positions'>): boolean {
  return !exercise.positions.includes('floor');
}
