/**
 * The break page's card when its exercise is not in the library: one of the user's own stretches,
 * read from storage, or, when there is none (nothing enabled, or the stretch deleted meanwhile),
 * the way to the options. Loaded only then: most cards are the library's, and this code, the
 * checks of a stored stretch included, stays off the card's first paint.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Exercise } from '../../core/exercise';
import { ownExercise } from '../../core/own-stretch';
import { NoExercise } from '../../components/NoExercise';
import { exerciseById } from '../../platform/exercises';
import { openOptionsPage } from '../../platform/options-page';
import { loadOwnStretches } from '../../platform/own-stretch-store';

/**
 * The stretch's card, or undefined. Built here from what the page's first script has already
 * (exerciseById), not with platform/exercises' findExercise or pictureAlt, which would add to it.
 */
async function ownCard(id: string): Promise<Exercise | undefined> {
  const stretch = (await loadOwnStretches()).stretches.find((s) => s.id === id);
  return stretch && ownExercise(stretch, (pictureId) => exerciseById(pictureId)?.imageAlt ?? '');
}

export function NotInLibrary({ exerciseId, onFound }: { exerciseId: string | null; onFound: (exercise: Exercise) => void }) {
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    setMissing(false);
    if (exerciseId === null) return setMissing(true);
    void ownCard(exerciseId).then((card) => (card ? onFound(card) : setMissing(true)), () => setMissing(true));
  }, [exerciseId]);
  return missing ? <NoExercise onOpenOptions={() => void openOptionsPage()} /> : null;
}
