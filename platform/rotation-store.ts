/** The rotation's place in its cycle, kept in storage so a restarted worker carries on. */
import { browser } from 'wxt/browser';
import { EXERCISE_DATA, DEFAULT_ENABLED_IDS } from '../data/exercises';
import { emptyRotation, nextExercise, type RotationState } from '../core/rotation';
import type { Settings } from '../core/settings';
import { KEYS } from './storage-keys';

const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every((id) => typeof id === 'string');

function isRotation(x: unknown): x is RotationState {
  const r = x as RotationState;
  return typeof x === 'object' && x !== null && isIdList(r.queue) && (r.last === null || typeof r.last === 'string')
    && (r.recent === undefined || isIdList(r.recent));
}

export function enabledIds(settings: Settings): readonly string[] {
  return settings.enabledExercises ?? DEFAULT_ENABLED_IDS;
}

let lastTake: Promise<unknown> = Promise.resolve();

/**
 * Advances the rotation and returns the next exercise id (null when none is enabled). Takes run
 * one at a time: a nudge, the shortcut and a popup asking together each get their own exercise.
 */
export function takeNextExercise(settings: Settings): Promise<string | null> {
  const take = lastTake.then(() => advance(settings), () => advance(settings));
  lastTake = take.catch(() => undefined);
  return take;
}

async function advance(settings: Settings): Promise<string | null> {
  const raw = (await browser.storage.local.get(KEYS.rotation))[KEYS.rotation];
  const current = isRotation(raw) ? raw : emptyRotation;
  const prefs = { enabled: enabledIds(settings), problemAreas: settings.problemAreas, favourites: settings.favourites };
  const { state, id } = nextExercise(current, EXERCISE_DATA, prefs, Math.random);
  await browser.storage.local.set({ [KEYS.rotation]: state });
  return id;
}
