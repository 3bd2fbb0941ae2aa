/**
 * The welcome page's few choices, each a view of fields in the one settings schema: what the
 * stored settings mean as a choice, and which fields a choice writes. Pure.
 */
import type { Settings } from './settings';
import { ANY_TIME, WEEKDAYS_9_TO_5 } from './working-hours';

export const INTERVAL_CHOICES: readonly number[] = [20, 30, 45, 60];

export type StretchSet = 'desk' | 'floor';
export type HoursChoice = 'any' | 'weekdays';
/** A value set elsewhere (options, sync from another device) that none of the choices matches. */
export type Custom = 'custom';

type Hours = Pick<Settings, 'workDays' | 'workStartMin' | 'workEndMin'>;

export const HOURS_PRESETS: { readonly [C in HoursChoice]: Hours } = { any: ANY_TIME, weekdays: WEEKDAYS_9_TO_5 };

const sameSet = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x) => b.includes(x));

export function hoursChoiceOf(s: Hours): HoursChoice | Custom {
  for (const choice of ['any', 'weekdays'] as const) {
    const preset = HOURS_PRESETS[choice];
    if (sameSet(s.workDays, preset.workDays) && s.workStartMin === preset.workStartMin && s.workEndMin === preset.workEndMin) return choice;
  }
  return 'custom';
}

/**
 * Desk only is the default rotation (`null`, or exactly the desk-friendly ids); floor too is every
 * stretch in the library. Any other selection was made in the options' picker.
 */
export function stretchSetOf(enabled: Settings['enabledExercises'], deskIds: readonly string[], allIds: readonly string[]): StretchSet | Custom {
  if (enabled === null || sameSet(enabled, deskIds)) return 'desk';
  if (sameSet(enabled, allIds)) return 'floor';
  return 'custom';
}

export function enabledExercisesFor(set: StretchSet, allIds: readonly string[]): Settings['enabledExercises'] {
  return set === 'desk' ? null : [...allIds];
}
