/** The exercises in the user's language: the data joined with its words from browser.i18n. */
import { browser } from 'wxt/browser';
import { withText, type Exercise } from '../core/exercise';
import { EXERCISE_DATA, exerciseDataById } from '../data/exercises';

const lookup = (key: string) => (browser.i18n.getMessage as (name: string) => string)(key);

export function listExercises(): readonly Exercise[] {
  return EXERCISE_DATA.map((data) => withText(data, lookup));
}

export function exerciseById(id: string): Exercise | undefined {
  const data = exerciseDataById(id);
  return data && withText(data, lookup);
}
