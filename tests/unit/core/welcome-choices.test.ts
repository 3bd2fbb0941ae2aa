/** The welcome page's choices are views of the settings schema: each writes valid fields and reads back as itself. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, toStored, type Settings } from '../../../core/settings';
import { HOURS_PRESETS, INTERVAL_CHOICES, enabledExercisesFor, hoursChoiceOf, stretchSetOf } from '../../../core/welcome-choices';
import { DEFAULT_ENABLED_IDS, EXERCISE_DATA } from '../../../data/exercises';

const ALL = EXERCISE_DATA.map((e) => e.id);
const valid = (s: Settings) => repairSettings(toStored(s)).repairs;

describe('welcome choices', () => {
  it('the defaults read as 30 minutes, desk only, any time', () => {
    expect(INTERVAL_CHOICES).toContain(DEFAULT_SETTINGS.intervalMin);
    expect(stretchSetOf(DEFAULT_SETTINGS.enabledExercises, DEFAULT_ENABLED_IDS, ALL)).toBe('desk');
    expect(hoursChoiceOf(DEFAULT_SETTINGS)).toBe('any');
  });

  it('every interval offered is a valid setting', () => {
    for (const intervalMin of INTERVAL_CHOICES) expect(valid({ ...DEFAULT_SETTINGS, intervalMin })).toEqual([]);
  });

  it('desk only and floor too write valid lists that read back as the same choice', () => {
    for (const set of ['desk', 'floor'] as const) {
      const enabledExercises = enabledExercisesFor(set, ALL);
      expect(valid({ ...DEFAULT_SETTINGS, enabledExercises })).toEqual([]);
      expect(stretchSetOf(enabledExercises, DEFAULT_ENABLED_IDS, ALL)).toBe(set);
    }
    expect(enabledExercisesFor('floor', ALL)).toEqual(ALL);
  });

  it('the desk-friendly ids in any order still read as desk only; a picker selection reads as custom', () => {
    expect(stretchSetOf([...DEFAULT_ENABLED_IDS].reverse(), DEFAULT_ENABLED_IDS, ALL)).toBe('desk');
    expect(stretchSetOf(['neck-release', 'cat-cow'], DEFAULT_ENABLED_IDS, ALL)).toBe('custom');
    expect(stretchSetOf([], DEFAULT_ENABLED_IDS, ALL)).toBe('custom');
  });

  it('Mon-Fri 9-17 is one preset; it and any time are valid and read back as themselves', () => {
    expect(HOURS_PRESETS.weekdays).toEqual({ workDays: [1, 2, 3, 4, 5], workStartMin: 540, workEndMin: 1020 });
    for (const choice of ['any', 'weekdays'] as const) {
      const s = { ...DEFAULT_SETTINGS, ...HOURS_PRESETS[choice] };
      expect(valid(s)).toEqual([]);
      expect(hoursChoiceOf(s)).toBe(choice);
    }
    expect(hoursChoiceOf({ workDays: [5, 4, 3, 2, 1], workStartMin: 540, workEndMin: 1020 })).toBe('weekdays');
    expect(hoursChoiceOf({ workDays: [1, 2, 3], workStartMin: 540, workEndMin: 1020 })).toBe('custom');
    expect(hoursChoiceOf({ workDays: [1, 2, 3, 4, 5], workStartMin: 480, workEndMin: 1020 })).toBe('custom');
  });
});
