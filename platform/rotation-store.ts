/** The rotation's place in its cycle, kept in storage so a restarted worker carries on. */
import { browser } from 'wxt/browser';
import { enabledExerciseIds } from '../data/exercises';
import { ROTATION_FACTS } from '../data/rotation-facts';
import { emptyRotation, nextExercise, type RotationState } from '../core/rotation';
import { serialQueue } from '../core/serial-queue';
import type { Settings } from '../core/settings';
import type { BreakKind } from '../core/schedule-types';
import { shortBreakPool } from '../core/short-break-pool';
import { withOwnStretches } from '../core/own-stretch';
import { loadRotationViews } from './own-stretch-store';
import { KEYS } from './storage-keys';

const isIdList = (x: unknown): x is string[] => Array.isArray(x) && x.every((id) => typeof id === 'string');

function isRotation(x: unknown): x is RotationState {
  const r = x as RotationState;
  return typeof x === 'object' && x !== null && isIdList(r.queue) && (r.last === null || typeof r.last === 'string')
    && (r.recent === undefined || isIdList(r.recent));
}

/** Takes run one at a time: a nudge, the shortcut and a popup asking together each get their own exercise. */
const oneTakeAtATime = serialQueue();

/**
 * Advances the rotation of that kind of break and returns the next exercise id (null when none is
 * enabled). A page's request asked again (`requestId`: its reply was lost to a stopped worker) gets
 * the same exercise, and the rotation advances once for it. Short breaks draw from their own small
 * rotation of eye and posture cards (core/short-break-pool.ts), kept apart; the stretch breaks'
 * takes in the user's own stretches, as they are stored at that moment (one just deleted is gone).
 */
export function takeNextExercise(settings: Settings, requestId?: string, kind: BreakKind = 'stretch'): Promise<string | null> {
  return oneTakeAtATime(() => advance(settings, requestId, kind));
}

/** Page requests answered lately ("Another", "Stretch now"), stored with the rotation they advanced (one write). */
type Answered = readonly { readonly id: string; readonly exerciseId: string | null }[];
const REQUESTS_REMEMBERED = 8;

function answeredOf(raw: unknown): Answered {
  const list = (raw as { requests?: unknown }).requests;
  if (!Array.isArray(list)) return [];
  return list.filter((r): r is Answered[number] => typeof r?.id === 'string' && (r.exerciseId === null || typeof r.exerciseId === 'string'));
}

async function advance(settings: Settings, requestId: string | undefined, kind: BreakKind): Promise<string | null> {
  const key = kind === 'short' ? KEYS.shortRotation : KEYS.rotation;
  const raw = (await browser.storage.local.get(key))[key];
  const answered = isRotation(raw) ? answeredOf(raw) : [];
  const earlier = requestId === undefined ? undefined : answered.find((r) => r.id === requestId);
  if (earlier) return earlier.exerciseId;
  const current = isRotation(raw) ? raw : emptyRotation;
  const enabled = kind === 'short' ? shortBreakPool(ROTATION_FACTS) : enabledExerciseIds(settings);
  // Own stretches that cannot be read leave the library's: a break still comes.
  const own = kind === 'short' ? [] : await loadRotationViews().catch(() => []);
  const { catalogue, prefs } = withOwnStretches(ROTATION_FACTS, { enabled, problemAreas: settings.problemAreas, favourites: settings.favourites }, own);
  const { state, id } = nextExercise(current, catalogue, prefs, Math.random);
  const requests = requestId === undefined ? answered : [...answered, { id: requestId, exerciseId: id }].slice(-REQUESTS_REMEMBERED);
  await browser.storage.local.set({ [key]: { ...state, requests } });
  return id;
}
