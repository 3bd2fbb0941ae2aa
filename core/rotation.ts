/**
 * Which stretch comes next: a shuffled cycle over the enabled exercises, so none repeats until all
 * have been shown. Exercises that work the user's problem areas (or are favourites) tend to come
 * earlier in each cycle, but every enabled one still comes once per cycle. Randomness is injected.
 */
import type { ExerciseData, Target } from './exercise';

/** What the rotation needs to know of an exercise. */
type Rotatable = Pick<ExerciseData, 'id' | 'targets'>;

export interface RotationState {
  /** Ids still to show in this cycle, in order. */
  readonly queue: readonly string[];
  readonly last: string | null;
}

export const emptyRotation: RotationState = { queue: [], last: null };

export interface RotationPrefs {
  readonly enabled: readonly string[];
  readonly problemAreas: readonly Target[];
  readonly favourites: readonly string[];
}

export type Random = () => number;

export const FAVOURED_WEIGHT = 3;

export function weightOf(exercise: Rotatable, prefs: RotationPrefs): number {
  const hits = exercise.targets.some((t) => prefs.problemAreas.includes(t)) ? 1 : 0;
  const fav = prefs.favourites.includes(exercise.id) ? 1 : 0;
  return 1 + (FAVOURED_WEIGHT - 1) * Math.max(hits, fav);
}

/** Weighted random order (Efraimidis-Spirakis): heavier items tend to come first. */
function weightedShuffle(ids: readonly string[], weight: (id: string) => number, random: Random): string[] {
  return ids
    .map((id) => ({ id, key: Math.pow(Math.max(random(), Number.MIN_VALUE), 1 / weight(id)) }))
    .sort((a, b) => b.key - a.key)
    .map((x) => x.id);
}

export function newCycle(catalogue: readonly Rotatable[], prefs: RotationPrefs, last: string | null, random: Random): string[] {
  const enabled = catalogue.filter((e) => prefs.enabled.includes(e.id));
  const byId = new Map(enabled.map((e) => [e.id, e]));
  const order = weightedShuffle([...byId.keys()], (id) => weightOf(byId.get(id)!, prefs), random);
  // Never start a cycle with the card that ended the last one.
  if (order.length > 1 && order[0] === last) order.push(order.shift()!);
  return order;
}

/** The next exercise id, or null when nothing is enabled. */
export function nextExercise(
  state: RotationState,
  catalogue: readonly Rotatable[],
  prefs: RotationPrefs,
  random: Random,
): { state: RotationState; id: string | null } {
  const known = new Set(catalogue.map((e) => e.id));
  // A stored queue is untrusted: unknown, disabled and doubled ids go.
  let queue = [...new Set(state.queue)].filter((id) => prefs.enabled.includes(id) && known.has(id));
  if (queue.length === 0) queue = newCycle(catalogue, prefs, state.last, random);
  const [id, ...rest] = queue;
  if (id === undefined) return { state: { queue: [], last: state.last }, id: null };
  return { state: { queue: rest, last: id }, id };
}
