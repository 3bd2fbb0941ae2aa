/**
 * Short breaks: every `shortIntervalMin` of sitting (when `shortBreaks` is on), under a minute
 * for the eyes or posture. Pure rules the scheduler applies: they never come within SHORT_GAP_MS
 * of a stretch break (the stretch break wins), and an unanswered one goes away by itself.
 */
import type { Due, ScheduleState } from './schedule-types';
import type { Settings } from './settings';
import { MINUTE } from './time';

/** A short break never comes closer than this to a stretch break, before or after it. */
export const SHORT_GAP_MS = 5 * MINUTE;
/** A short break left unanswered this long is withdrawn (no repeat: it is meant to be gentle). */
export const SHORT_LAPSE_MS = 2 * MINUTE;

const shortIntervalMs = (settings: Settings) => settings.shortIntervalMin * MINUTE;

/** A short break at `at` keeps its distance from the stretch break due at `stretchAt`. */
export const shortFits = (at: number, stretchAt: number | null): boolean => stretchAt === null || stretchAt - at >= SHORT_GAP_MS;

/**
 * When the next short break falls due if the user stays, given the sitting time now and when the
 * next stretch break falls due: its time by the count, in the past once it is due (so a wake that
 * comes a moment late judges it by that time, not the wake's). Null when short breaks are off or
 * the stretch break comes too soon after it.
 */
export function nextShortAt(s: Pick<ScheduleState, 'shortSinceMs'>, now: number, settings: Settings, sittingNow: number, stretchAt: number | null): number | null {
  if (!settings.shortBreaks) return null;
  const at = now + shortIntervalMs(settings) - (sittingNow - s.shortSinceMs);
  return shortFits(at, stretchAt) ? at : null;
}

/** A shown short break nobody answered: time for it to go. */
export const shortLapsed = (due: Due, now: number): boolean =>
  due.kind === 'short' && due.shownAt !== null && now - due.shownAt >= SHORT_LAPSE_MS;
