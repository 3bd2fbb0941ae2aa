/** The exercises in the user's language: the data joined with its words from browser.i18n, and the user's own stretches as cards. */
import { browser } from 'wxt/browser';
import { exerciseMessageKey, isOwnStretchId, withText, type Exercise } from '../core/exercise';
import { ownExercise, type OwnStretch } from '../core/own-stretch';
import { EXERCISE_DATA, exerciseDataById } from '../data/exercises';

const lookup = (key: string) => (browser.i18n.getMessage as (name: string) => string)(key);

export function listExercises(): readonly Exercise[] {
  return EXERCISE_DATA.map((data) => withText(data, lookup));
}

export function exerciseById(id: string): Exercise | undefined {
  const data = exerciseDataById(id);
  return data && withText(data, lookup);
}

/** A user's own stretch as its card shows it: their words as written, the alt text of the picture it borrows. */
export function ownStretchCard(stretch: OwnStretch): Exercise {
  return ownExercise(stretch, (pictureId) => lookup(exerciseMessageKey(pictureId, 'alt')));
}

/** Any exercise by id: the library's at once; a user's own read from storage (that code loads only then). */
export async function findExercise(id: string): Promise<Exercise | undefined> {
  if (!isOwnStretchId(id)) return exerciseById(id);
  const { loadOwnStretches } = await import('./own-stretch-store');
  const stretch = (await loadOwnStretches()).stretches.find((s) => s.id === id);
  return stretch && ownStretchCard(stretch);
}
