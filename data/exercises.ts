import { isDeskFriendly, type ExerciseData } from '../core/exercise';
import type { Settings } from '../core/settings';

/**
 * The exercise library: 14 stretches, desk-friendly ones first. Facts and numbers come from the
 * seed notes (shared/seed/EXERCISES.md). Their words (name, cues, caution, why, picture text) are
 * in public/_locales/<lang>/messages.json under `ex_<id>_<field>`; platform/exercises.ts joins them.
 */
export const EXERCISE_DATA: readonly ExerciseData[] = [
  { id: 'seated-twist', positions: ['seated'], targets: ['mid-back'],
    dose: {kind: 'breaths', breaths: 4, reps: 1, perSide: true}, equipment: ['chair'], cueCount: 3, hasCaution: true },
  { id: 'seated-forward-fold', positions: ['seated'], targets: ['lower-back', 'mid-back', 'upper-back'],
    dose: {kind: 'hold', seconds: 25, reps: 1, perSide: false}, equipment: ['chair'], cueCount: 4, hasCaution: true },
  { id: 'shoulder-blade-squeeze', positions: ['seated', 'standing'], targets: ['upper-back', 'mid-back', 'shoulders'],
    dose: {kind: 'hold', seconds: 10, reps: 3, perSide: false}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'overhead-elbow-stretch', positions: ['seated', 'standing'], targets: ['shoulders', 'arms', 'upper-back', 'sides'],
    dose: {kind: 'hold', seconds: 20, reps: 1, perSide: true}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'neck-release', positions: ['seated'], targets: ['neck', 'shoulders'],
    dose: {kind: 'hold', seconds: 20, reps: 1, perSide: true}, equipment: ['chair'], cueCount: 3, hasCaution: true },
  { id: 'cat-cow', positions: ['floor'], targets: ['mid-back', 'upper-back', 'lower-back'],
    dose: {kind: 'reps', count: 8, sets: 1, perSide: false}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'thread-the-needle', positions: ['floor'], targets: ['shoulders', 'upper-back', 'sides'],
    dose: {kind: 'hold', seconds: 25, reps: 1, perSide: true}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'prayer-stretch', positions: ['floor'], targets: ['shoulders', 'mid-back', 'lower-back'],
    dose: {kind: 'hold', seconds: 25, reps: 1, perSide: false}, equipment: ['blanket'], cueCount: 3, hasCaution: true },
  { id: 'lateral-prayer-stretch', positions: ['floor'], targets: ['sides', 'shoulders'],
    dose: {kind: 'hold', seconds: 25, reps: 1, perSide: true}, equipment: ['blanket'], cueCount: 3, hasCaution: true },
  { id: 'bridge', positions: ['floor'], targets: ['hips', 'lower-back'],
    dose: {kind: 'breaths', breaths: 6, reps: 2, perSide: false}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'cobra', positions: ['floor'], targets: ['mid-back', 'upper-back', 'chest'],
    dose: {kind: 'hold', seconds: 15, reps: 3, perSide: false}, equipment: ['none'], cueCount: 4, hasCaution: true },
  { id: 'supported-backbend', positions: ['floor'], targets: ['chest', 'mid-back', 'upper-back'],
    dose: {kind: 'hold', seconds: 180, reps: 1, perSide: false}, equipment: ['blanket', 'yoga-block'], cueCount: 4, hasCaution: false },
  { id: 'kneeling-thoracic-twist', positions: ['floor'], targets: ['mid-back', 'upper-back'],
    dose: {kind: 'reps', count: 12, sets: 1, perSide: true}, equipment: ['none'], cueCount: 3, hasCaution: true },
  { id: 'lower-back-rotation', positions: ['floor'], targets: ['lower-back', 'hips'],
    dose: {kind: 'reps', count: 3, sets: 1, perSide: true}, equipment: ['none'], cueCount: 3, hasCaution: false },
];

const BY_ID = new Map(EXERCISE_DATA.map((e) => [e.id, e]));

export function exerciseDataById(id: string): ExerciseData | undefined {
  return BY_ID.get(id);
}

/** Ids of the stretches doable at a desk: the default rotation. */
export const DEFAULT_ENABLED_IDS: readonly string[] = EXERCISE_DATA.filter(isDeskFriendly).map((e) => e.id);

/** The stretches in the user's rotation: their own choice, or the desk-friendly defaults (null). */
export function enabledExerciseIds(settings: Pick<Settings, 'enabledExercises'>): readonly string[] {
  return settings.enabledExercises ?? DEFAULT_ENABLED_IDS;
}
