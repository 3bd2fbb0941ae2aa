/**
 * How firm a stretch break is (the `firmness` setting). Pure rules the scheduler and the break page
 * share. Short breaks are always gentle: under a minute, nothing to put off.
 * - gentle: Snooze as often as the snooze limit allows; Skip, and closing the window, skip.
 * - firm: one snooze; Skip needs a deliberate press-and-hold; closing the window snoozes.
 * - strict: no Skip; Done once the timer has run; one snooze; closing the window snoozes.
 */
import type { BreakKind } from './schedule-types';
import type { Settings } from './settings';

export type Firmness = 'gentle' | 'firm' | 'strict';
export const FIRMNESS_LEVELS: readonly Firmness[] = ['gentle', 'firm', 'strict'];

type FirmnessSettings = Pick<Settings, 'firmness' | 'snoozeLimit'>;

export function firmnessOf(settings: Pick<Settings, 'firmness'>, kind: BreakKind): Firmness {
  return kind === 'short' ? 'gentle' : settings.firmness;
}

/** Snoozes allowed in a row for a break of this kind. */
export function snoozeLimitOf(settings: FirmnessSettings, kind: BreakKind): number {
  if (kind === 'short') return 0;
  return settings.firmness === 'gentle' ? settings.snoozeLimit : Math.min(1, settings.snoozeLimit);
}

export function skipAllowed(settings: Pick<Settings, 'firmness'>, kind: BreakKind): boolean {
  return firmnessOf(settings, kind) !== 'strict';
}

/** What closing the break window means: a skip when gentle; otherwise a snooze while one is left, else nothing. */
export function closingMeans(settings: FirmnessSettings, kind: BreakKind, snoozesInRow: number): 'skip' | 'snooze' | 'nothing' {
  if (firmnessOf(settings, kind) === 'gentle') return 'skip';
  return snoozesInRow < snoozeLimitOf(settings, kind) ? 'snooze' : 'nothing';
}

/** How long Skip must be held down when the break is firm. */
export const HOLD_TO_SKIP_MS = 2000;
