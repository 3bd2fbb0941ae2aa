/** The exercises in the user's language: the data joined with its words from browser.i18n. */
import { browser } from 'wxt/browser';
import { exerciseMessageKey, withText, type Exercise } from '../core/exercise';
import { EXERCISE_DATA, exerciseDataById } from '../data/exercises';

const lookup = (key: string) => (browser.i18n.getMessage as (name: string) => string)(key);

export function listExercises(): readonly Exercise[] {
  return EXERCISE_DATA.map((data) => withText(data, lookup));
}

export function exerciseById(id: string): Exercise | undefined {
  const data = exerciseDataById(id);
  return data && withText(data, lookup);
}

/** The text alternative of a library exercise's picture (a user's own stretch may borrow it: core/own-stretch.ts ownExercise). */
export const pictureAlt = (exerciseId: string) => lookup(exerciseMessageKey(exerciseId, 'alt'));

/**
 * Any exercise by id: the library's at once, else a user's own, read from storage. The own
 * stretches' code loads only then (imported here on use, so a page that shows only the library's
 * cards never carries it).
 */
export async function findExercise(id: string): Promise<Exercise | undefined> {
  const library = exerciseById(id);
  if (library) return library;
  const [{ loadOwnStretches }, { ownExercise }] = await Promise.all([import('./own-stretch-store'), import('../core/own-stretch')]);
  const stretch = (await loadOwnStretches()).stretches.find((s) => s.id === id);
  return stretch && ownExercise(stretch, pictureAlt);
}
