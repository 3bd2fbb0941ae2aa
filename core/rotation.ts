/**
 * Which stretch comes next: a shuffled cycle over the enabled exercises, so none repeats until all
 * have been shown. Exercises that work the user's problem areas (or are favourites) tend to come
 * earlier in each cycle, but every enabled one still comes once per cycle. A new cycle keeps the
 * cards shown last at a distance, so a cycle boundary brings no early repeat: with 14 or more
 * enabled, any 14 picks in a row (a workday of breaks) are all different. Long stretches are never
 * picked. Randomness is injected.
 */
import { isRotatable, type ExerciseData, type Target } from './exercise';

/** What the rotation needs to know of an exercise. */
type Rotatable = Pick<ExerciseData, 'id' | 'targets' | 'long'>;

export interface RotationState {
  /** Ids still to show in this cycle, in order. */
  readonly queue: readonly string[];
  readonly last: string | null;
  /** The ids shown most recently, oldest first (at most RECENT_WINDOW). Missing in older stored states. */
  readonly recent?: readonly string[];
}

export const emptyRotation: RotationState = { queue: [], last: null, recent: [] };

export interface RotationPrefs {
  readonly enabled: readonly string[];
  readonly problemAreas: readonly Target[];
  readonly favourites: readonly string[];
}

export type Random = () => number;

export const FAVOURED_WEIGHT = 3;

/** Picks in a row that never repeat a card, once 14 or more are enabled: 14 breaks, a long workday. */
export const NO_REPEAT_PICKS = 14;
export const RECENT_WINDOW = NO_REPEAT_PICKS - 1;

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

/**
 * How many of the last shown cards a new cycle keeps away from its start. With n enabled, n - 1
 * would fix the order for good; fewer than 14 enabled cannot fill a day without repeats anyway,
 * so there half of them are kept away and the order stays random.
 */
function spacingFor(enabledCount: number): number {
  return enabledCount >= NO_REPEAT_PICKS ? RECENT_WINDOW : Math.floor(enabledCount / 2);
}

/**
 * Reorders a shuffled cycle so that a card shown k picks ago (k <= spacing) comes no earlier than
 * place `spacing + 1 - k` (0-based): at least `spacing + 1` picks apart. Otherwise the shuffled
 * order stands (greedy: each place takes the first card allowed there).
 */
function spaced(order: readonly string[], recent: readonly string[], spacing: number): string[] {
  const earliest = new Map<string, number>();
  recent.forEach((id, i) => {
    const picksAgo = recent.length - i;
    if (picksAgo <= spacing) earliest.set(id, spacing + 1 - picksAgo);
  });
  const left = [...order];
  const out: string[] = [];
  while (left.length > 0) {
    const place = out.length;
    let pick = left.findIndex((id) => (earliest.get(id) ?? 0) <= place);
    if (pick < 0) pick = 0;
    out.push(...left.splice(pick, 1));
  }
  return out;
}

export function newCycle(catalogue: readonly Rotatable[], prefs: RotationPrefs, recent: readonly string[], random: Random): string[] {
  const enabled = catalogue.filter((e) => isRotatable(e) && prefs.enabled.includes(e.id));
  const byId = new Map(enabled.map((e) => [e.id, e]));
  const order = weightedShuffle([...byId.keys()], (id) => weightOf(byId.get(id)!, prefs), random);
  return spaced(order, recent, spacingFor(order.length));
}

/** The next exercise id, or null when nothing is enabled. */
export function nextExercise(
  state: RotationState,
  catalogue: readonly Rotatable[],
  prefs: RotationPrefs,
  random: Random,
): { state: RotationState; id: string | null } {
  const rotatable = new Set(catalogue.filter(isRotatable).map((e) => e.id));
  const recent = state.recent ?? (state.last === null ? [] : [state.last]);
  // A stored queue is untrusted: unknown, disabled, long and doubled ids go.
  let queue = [...new Set(state.queue)].filter((id) => prefs.enabled.includes(id) && rotatable.has(id));
  if (queue.length === 0) queue = newCycle(catalogue, prefs, recent, random);
  const [id, ...rest] = queue;
  if (id === undefined) return { state: { queue: [], last: state.last, recent }, id: null };
  return { state: { queue: rest, last: id, recent: [...recent.filter((r) => r !== id), id].slice(-RECENT_WINDOW) }, id };
}
