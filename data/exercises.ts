import type { ExerciseData } from '../core/exercise';
import { DEFAULT_ENABLED_IDS } from './rotation-facts';
import type { Settings } from '../core/settings';

/**
 * The exercise library: desk-friendly stretches first (head to feet, then a walk), floor ones
 * after. The facts and numbers of the first fourteen come from the seed notes
 * (shared/seed/EXERCISES.md), the others from shared/seed/DESK_EXERCISES.md; each was checked
 * against a public source, recorded with its facts in data/exercise-sources.ts. Their words (name,
 * cues, caution, why, picture text) are in public/_locales/<lang>/messages.json under
 * `ex_<id>_<field>`; platform/exercises.ts joins them. What the rotation needs of each (where,
 * what it works, long or short) is written out to data/rotation-facts.ts by `npm run
 * rotation-facts`, so the background, which picks, carries none of the doses.
 */
export const EXERCISE_DATA: readonly ExerciseData[] = [
  // Eyes
  { id: 'look-far', positions: ['seated', 'standing'], targets: ['eyes'],
    dose: { kind: 'timed', activity: 'look-far', seconds: 20 }, equipment: ['none'], cueCount: 2, hasCaution: false },
  { id: 'eye-palming', positions: ['seated'], targets: ['eyes'],
    dose: { kind: 'timed', activity: 'eyes-closed', seconds: 30 }, equipment: ['desk'], cueCount: 3, hasCaution: true },
  // Neck
  { id: 'neck-release', positions: ['seated'], targets: ['neck', 'shoulders'],
    dose: { kind: 'hold', seconds: 20, reps: 1, perSide: true }, equipment: ['chair'], cueCount: 3, hasCaution: true },
  { id: 'chin-tuck', positions: ['seated', 'standing'], targets: ['neck', 'upper-back'],
    dose: { kind: 'hold', seconds: 10, reps: 5, perSide: false }, equipment: ['none'], cueCount: 3, hasCaution: true, short: true },
  { id: 'levator-scapulae-stretch', positions: ['seated'], targets: ['neck', 'shoulders'],
    dose: { kind: 'hold', seconds: 20, reps: 1, perSide: true }, equipment: ['chair'], cueCount: 3, hasCaution: true },
  { id: 'head-turns', positions: ['seated', 'standing'], targets: ['neck'],
    dose: { kind: 'reps', count: 5, sets: 1, perSide: false, pace: 6 }, equipment: ['none'], cueCount: 3, hasCaution: true },
  // Shoulders, upper and mid back
  { id: 'shoulder-rolls', positions: ['seated', 'standing'], targets: ['shoulders', 'neck', 'upper-back'],
    dose: { kind: 'reps', count: 10, sets: 2, perSide: false }, equipment: ['none'], cueCount: 3, hasCaution: false, short: true },
  { id: 'shoulder-blade-squeeze', positions: ['seated', 'standing'], targets: ['upper-back', 'mid-back', 'shoulders'],
    dose: { kind: 'hold', seconds: 10, reps: 3, perSide: false },
    fullDose: { kind: 'hold', seconds: 30, reps: 1, perSide: false }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'overhead-elbow-stretch', positions: ['seated', 'standing'], targets: ['shoulders', 'arms', 'upper-back', 'sides'],
    dose: { kind: 'hold', seconds: 15, reps: 2, perSide: true, sideOrder: 'one-side-first' },
    fullDose: { kind: 'hold', seconds: 20, reps: 3, perSide: true, sideOrder: 'one-side-first' }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'seated-twist', positions: ['seated'], targets: ['mid-back'],
    dose: { kind: 'breaths', breaths: 3, reps: 2, perSide: true, centreBreath: true },
    fullDose: { kind: 'breaths', breaths: 4, reps: 3, perSide: true, centreBreath: true }, equipment: ['chair'], cueCount: 3, hasCaution: true },
  // Chest
  { id: 'doorway-chest-stretch', positions: ['standing'], targets: ['chest', 'shoulders'],
    dose: { kind: 'hold', seconds: 30, reps: 2, perSide: false }, equipment: ['door-frame'], cueCount: 3, hasCaution: true },
  { id: 'seated-chest-opener', positions: ['seated'], targets: ['chest', 'shoulders', 'upper-back'],
    dose: { kind: 'hold', seconds: 10, reps: 5, perSide: false }, equipment: ['chair'], cueCount: 3, hasCaution: true },
  // Wrists and hands
  { id: 'wrist-flexor-stretch', positions: ['seated', 'standing'], targets: ['wrists', 'arms'],
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true }, equipment: ['none'], cueCount: 3, hasCaution: true, short: true },
  { id: 'wrist-extensor-stretch', positions: ['seated', 'standing'], targets: ['wrists', 'arms'],
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'finger-fan', positions: ['seated', 'standing'], targets: ['wrists'],
    dose: { kind: 'reps', count: 8, sets: 1, perSide: false, pace: 4 }, equipment: ['none'], cueCount: 3, hasCaution: false },
  // Sides, back
  { id: 'seated-side-bend', positions: ['seated', 'standing'], targets: ['sides', 'mid-back'],
    dose: { kind: 'hold', seconds: 20, reps: 1, perSide: true }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'seated-forward-fold', positions: ['seated'], targets: ['lower-back', 'mid-back', 'upper-back'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: false }, equipment: ['chair'], cueCount: 4, hasCaution: true },
  { id: 'standing-back-extension', positions: ['standing'], targets: ['lower-back', 'mid-back'],
    dose: { kind: 'reps', count: 8, sets: 1, perSide: false, pace: 'breath' }, equipment: ['none'], cueCount: 3, hasCaution: true },
  // Hips and legs
  { id: 'seated-figure-four', positions: ['seated'], targets: ['hips', 'lower-back'],
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true },
    fullDose: { kind: 'hold', seconds: 30, reps: 2, perSide: true }, equipment: ['chair'], cueCount: 3, hasCaution: true },
  { id: 'standing-hip-flexor', positions: ['standing'], targets: ['hips', 'legs'],
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true },
    fullDose: { kind: 'hold', seconds: 30, reps: 2, perSide: true }, equipment: ['desk'], cueCount: 3, hasCaution: true },
  { id: 'standing-quad-stretch', positions: ['standing'], targets: ['legs', 'hips'],
    dose: { kind: 'breaths', breaths: 5, reps: 1, perSide: true }, equipment: ['desk'], cueCount: 3, hasCaution: true },
  { id: 'standing-hamstring-stretch', positions: ['standing'], targets: ['legs', 'lower-back'],
    dose: { kind: 'hold', seconds: 20, reps: 3, perSide: false }, equipment: ['desk'], cueCount: 3, hasCaution: true },
  { id: 'calf-stretch', positions: ['standing'], targets: ['legs'],
    dose: { kind: 'hold', seconds: 30, reps: 1, perSide: true }, equipment: ['desk'], cueCount: 3, hasCaution: false },
  { id: 'seated-ankle-stretch', positions: ['seated'], targets: ['legs'],
    dose: { kind: 'reps', count: 5, sets: 2, perSide: true }, equipment: ['chair'], cueCount: 3, hasCaution: false },
  // Away from the desk
  { id: 'stand-and-walk', positions: ['standing'], targets: ['legs'],
    dose: { kind: 'timed', activity: 'walk', seconds: 90 }, equipment: ['none'], cueCount: 2, hasCaution: false },
  // On the floor
  { id: 'cat-cow', positions: ['floor'], targets: ['mid-back', 'upper-back', 'lower-back'],
    dose: { kind: 'reps', count: 8, sets: 1, perSide: false, pace: 'breath' }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'thread-the-needle', positions: ['floor'], targets: ['shoulders', 'upper-back', 'sides'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: true }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'prayer-stretch', positions: ['floor'], targets: ['shoulders', 'mid-back', 'lower-back'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: false }, equipment: ['blanket'], cueCount: 3, hasCaution: true },
  { id: 'lateral-prayer-stretch', positions: ['floor'], targets: ['sides', 'shoulders'],
    dose: { kind: 'hold', seconds: 25, reps: 1, perSide: true }, equipment: ['blanket'], cueCount: 3, hasCaution: true },
  { id: 'bridge', positions: ['floor'], targets: ['hips', 'lower-back'],
    dose: { kind: 'breaths', breaths: 6, reps: 2, perSide: false }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'cobra', positions: ['floor'], targets: ['mid-back', 'upper-back', 'chest'],
    dose: { kind: 'hold', seconds: 15, reps: 3, perSide: false }, equipment: ['none'], cueCount: 4, hasCaution: true },
  { id: 'kneeling-thoracic-twist', positions: ['floor'], targets: ['mid-back', 'upper-back'],
    dose: { kind: 'reps', count: 12, sets: 1, perSide: true },
    fullDose: { kind: 'reps', count: 12, sets: 3, perSide: true }, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'lower-back-rotation', positions: ['floor'], targets: ['lower-back', 'hips'],
    dose: { kind: 'reps', count: 3, sets: 1, perSide: true, pace: 'breath' }, equipment: ['none'], cueCount: 3, hasCaution: false },
  { id: 'supported-backbend', positions: ['floor'], targets: ['chest', 'mid-back', 'upper-back'], long: true,
    dose: { kind: 'hold', seconds: 180, reps: 1, perSide: false, minSeconds: 180 }, equipment: ['blanket', 'yoga-block'], cueCount: 4, hasCaution: false },
];

export function exerciseDataById(id: string): ExerciseData | undefined {
  return EXERCISE_DATA.find((e) => e.id === id);
}

/** Ids of the stretches doable at a desk and short enough for a break: the default rotation (written out with the rotation's facts). */
export { DEFAULT_ENABLED_IDS } from './rotation-facts';

/** The stretches in the user's rotation: their own choice, or the desk-friendly defaults (null). */
export function enabledExerciseIds(settings: Pick<Settings, 'enabledExercises'>): readonly string[] {
  return settings.enabledExercises ?? DEFAULT_ENABLED_IDS;
}
