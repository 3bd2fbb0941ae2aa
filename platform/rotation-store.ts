/** The rotation's place in its cycle, kept in storage so a restarted worker carries on. */
import { browser } from 'wxt/browser';
import { EXERCISE_DATA, enabledExerciseIds } from '../data/exercises';
import { emptyRotation, nextExercise, type RotationState } from '../core/rotation';
import { serialQueue } from '../core/serial-queue';
import type { Settings } from '../core/settings';
import { KEYS } from './storage-keys';

const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every((id) => typeof id === 'string');

function isRotation(x: unknown): x is RotationState {
  const r = x as RotationState;
  return typeof x === 'object' && x !== null && isIdList(r.queue) && (r.last === null || typeof r.last === 'string')
    && (r.recent === undefined || isIdList(r.recent));
}

/** Takes run one at a time: a nudge, the shortcut and a popup asking together each get their own exercise. */
const oneTakeAtATime = serialQueue();

/** Advances the rotation and returns the next exercise id (null when none is enabled). */
export function takeNextExercise(settings: Settings): Promise<string | null> {
  return oneTakeAtATime(() => advance(settings));
}

async function advance(settings: Settings): Promise<string | null> {
  const raw = (await browser.storage.local.get(KEYS.rotation))[KEYS.rotation];
  const current = isRotation(raw) ? raw : emptyRotation;
  const prefs = { enabled: enabledExerciseIds(settings), problemAreas: settings.problemAreas, favourites: settings.favourites };
  const { state, id } = nextExercise(current, EXERCISE_DATA, prefs, Math.random);
  await browser.storage.local.set({ [KEYS.rotation]: state });
  return id;
}
