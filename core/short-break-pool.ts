/**
 * Which cards the short breaks draw from: the eye cards (they work the eyes) and the cards tagged
 * as quick posture resets (`short: true` in data/exercises.ts). One function decides, so a new eye
 * or posture card joins the short rotation by its data alone.
 */
import { isDeskFriendly, type ExerciseData } from './exercise';

type Candidate = Pick<ExerciseData, 'id' | 'targets' | 'positions' | 'short'>;

export function isShortBreakCard(exercise: Candidate): boolean {
  return isDeskFriendly(exercise) && (exercise.targets.includes('eyes') || exercise.short === true);
}

/** The ids of the short-break rotation, in library order. */
export function shortBreakPool(catalogue: readonly Candidate[]): string[] {
  return catalogue.filter(isShortBreakCard).map((e) => e.id);
}
