/** What a stretch is: plain, readonly data. Every text field is our own words. */

export type Position = 'seated' | 'standing' | 'floor';

/** Problem areas a user can name; a card lists the ones it works. */
export type Target =
  | 'eyes'
  | 'neck'
  | 'shoulders'
  | 'upper-back'
  | 'mid-back'
  | 'lower-back'
  | 'chest'
  | 'sides'
  | 'arms'
  | 'wrists'
  | 'hips'
  | 'legs';

/**
 * What a stretch needs besides the person: the chair they sit on, the desk (or a steady chair
 * without wheels) to hold, a wall, a door frame, or floor props.
 */
export type Equipment = 'none' | 'chair' | 'desk' | 'wall' | 'door-frame' | 'blanket' | 'yoga-block';

/** Seconds one repetition takes, or 'breath': one slow breath out and in, with the breath pacer. */
export type Pace = number | 'breath';

/**
 * The order of the rounds of a per-side dose: 'alternate' (first side, other side, first side...)
 * or 'one-side-first' (every round on the first side, then every round on the other).
 */
export type SideOrder = 'alternate' | 'one-side-first';

/** Timed activities that are not a muscle hold: looking into the distance, eyes closed, walking. */
export type Activity = 'look-far' | 'eyes-closed' | 'walk';

/**
 * How much of it to do.
 * - hold: keep the position `seconds`, `reps` times (per side when `perSide`); the hold setting
 *   never takes it below `minSeconds`.
 * - breaths: stay for `breaths` slow breaths, `reps` times (per side when `perSide`); with
 *   `centreBreath`, each change of side is one breath facing forward.
 * - reps: move through the motion `count` times a set, `sets` sets (per side when `perSide`),
 *   at `pace` (3 s a repetition unless given).
 * - timed: an activity for `seconds` (looking far away, eyes closed, a walk).
 */
export type Dose =
  | {
      readonly kind: 'hold'; readonly seconds: number; readonly reps: number; readonly perSide: boolean;
      readonly sideOrder?: SideOrder; readonly minSeconds?: number;
    }
  | {
      readonly kind: 'breaths'; readonly breaths: number; readonly reps: number; readonly perSide: boolean;
      readonly centreBreath?: boolean;
    }
  | {
      readonly kind: 'reps'; readonly count: number; readonly sets: number; readonly perSide: boolean;
      readonly pace?: Pace;
    }
  | { readonly kind: 'timed'; readonly activity: Activity; readonly seconds: number };

/** How far a timed activity may run: the range its sources give (the hold setting stays inside it). */
export const ACTIVITY_SECONDS: Readonly<Record<Activity, { readonly min: number; readonly max: number }>> = {
  'look-far': { min: 20, max: 40 },
  'eyes-closed': { min: 20, max: 60 },
  walk: { min: 60, max: 120 },
};

/** An exercise as data: everything but its words, which live in the locale catalogues. */
export interface ExerciseData {
  readonly id: string;
  /** Where it can be done; seated or standing means at the desk. */
  readonly positions: readonly Position[];
  readonly targets: readonly Target[];
  /** What a card runs at the default hold setting. */
  readonly dose: Dose;
  /**
   * The source's full dose, when `dose` is a shorter version that fits a short break. The card
   * says so; a harder hold setting runs this one.
   */
  readonly fullDose?: Dose;
  /** Longer than any break: offered in the library, never picked by the rotation. */
  readonly long?: boolean;
  readonly equipment: readonly Equipment[];
  /** How many cues its catalogue entries hold (2 to 4). */
  readonly cueCount: number;
  readonly hasCaution: boolean;
  /** A quick posture reset (about 20 s at the desk) for the short breaks; eye cards need no tag. */
  readonly short?: boolean;
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
  /**
   * The exercise whose picture it shows, when not its own: a user's own stretch borrows one of the
   * library's (or has none: its own id has no picture).
   */
  readonly picture?: string;
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

/** Every catalogue key an exercise's words use. */
export function exerciseMessageKeys(data: Pick<ExerciseData, 'id' | 'cueCount' | 'hasCaution'>): string[] {
  const fields: ExerciseTextField[] = ['name', 'why', 'alt'];
  for (let i = 1; i <= data.cueCount; i += 1) fields.push(`cue${i}` as ExerciseTextField);
  if (data.hasCaution) fields.push('caution');
  return fields.map((field) => exerciseMessageKey(data.id, field));
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

/** Short enough for a break: the rotation may pick it. */
export function isRotatable(exercise: Pick<ExerciseData, 'long'>): boolean {
  return exercise.long !== true;
}
