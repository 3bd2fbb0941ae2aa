import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_ID_LIST,
  MIGRATIONS,
  SETTINGS_VERSION,
  SETTING_KEYS,
  describeValue,
  migrate,
  repairSettings,
  TARGETS,
  toStored,
  validateField,
} from '../../../core/settings';
import { V0_FIXTURE } from '../settings-v0';

describe('migrations', () => {
  it('has one migration per version step', () => {
    expect(MIGRATIONS).toHaveLength(SETTINGS_VERSION);
  });

  it('v0 (unversioned) -> v1 keeps every v0 value and fills the rest with defaults', () => {
    const migrated = migrate({ ...V0_FIXTURE });
    expect(migrated).toMatchObject(V0_FIXTURE);
    const { settings, repairs } = repairSettings(V0_FIXTURE);
    expect(repairs).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...V0_FIXTURE });
  });

  it('a v1 value passes through unchanged', () => {
    const stored = toStored({ ...DEFAULT_SETTINGS, intervalMin: 50 });
    expect(repairSettings(stored)).toEqual({ settings: { ...DEFAULT_SETTINGS, intervalMin: 50 }, repairs: [] });
  });
});

describe('repairSettings with hostile stored values', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['wrong type', { intervalMin: 'soon' }, 'intervalMin', 'not-a-number'],
    ['NaN', { intervalMin: NaN }, 'intervalMin', 'not-a-number'],
    ['Infinity', { snoozeMin: Infinity }, 'snoozeMin', 'not-a-number'],
    ['huge number', { breakLengthMin: 1e308 }, 'breakLengthMin', 'out-of-range'],
    ['negative', { snoozeLimit: -1 }, 'snoozeLimit', 'out-of-range'],
    ['fraction', { dailyGoal: 2.5 }, 'dailyGoal', 'not-whole'],
    ['unknown style', { nudgeStyle: 'siren' }, 'nudgeStyle', 'not-one-of'],
    ['boolean as string', { sound: 'true' }, 'sound', 'not-boolean'],
    ['object for a list', { workDays: { 0: 1 } }, 'workDays', 'not-a-list'],
    ['bad day', { workDays: [1, 9] }, 'workDays', 'bad-item'],
    ['hostile toString in a list', { favourites: [{ toString: 1 }] }, 'favourites', 'bad-item'],
    ['deeply nested junk', { problemAreas: [JSON.parse('['.repeat(3000) + ']'.repeat(3000))] }, 'problemAreas', 'bad-item'],
    ['too long a list', { enabledExercises: Array.from({ length: 500 }, (_, i) => `x${i}`) }, 'enabledExercises', 'not-a-list'],
    ['one id too many', { favourites: Array.from({ length: MAX_ID_LIST + 1 }, (_, i) => `x${i}`) }, 'favourites', 'not-a-list'],
  ];
  for (const [name, raw, key, kind] of cases) {
    it(`${name}: falls back to the default and reports ${key}/${kind}`, () => {
      const { settings, repairs } = repairSettings(raw);
      expect(settings[key as keyof typeof settings]).toEqual(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]);
      expect(repairs).toEqual([{ key, problem: expect.objectContaining({ kind }) }]);
    });
  }

  it('ignores prototype-pollution keys and unknown keys, and never touches Object.prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true, "intervalMin": 99}, "constructor": {"prototype": {"polluted": true}}, "zzz": 1, "intervalMin": 40}');
    const { settings } = repairSettings(raw);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, intervalMin: 40 });
    expect(Object.keys(settings).sort()).toEqual([...SETTING_KEYS].sort());
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws, whatever it is given', () => {
    for (const raw of [null, undefined, 0, 'x', [], [1, 2], () => 1, Symbol('s'), new Date(), Object.create(null)]) {
      expect(repairSettings(raw).settings).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('treats an end before the start as all day', () => {
    expect(repairSettings({ workStartMin: 600, workEndMin: 500 }).settings).toMatchObject({ workStartMin: 0, workEndMin: 1440 });
  });
});

describe('storage.sync quota', () => {
  it('the largest valid settings fit in one sync item (8,192 bytes, key included)', () => {
    const longIds = (p: string) => Array.from({ length: MAX_ID_LIST }, (_, i) => `${p}${String(i).padStart(2, '0')}`.padEnd(40, 'x'));
    const biggest = {
      ...DEFAULT_SETTINGS,
      problemAreas: [...TARGETS],
      enabledExercises: longIds('a'),
      favourites: longIds('b'),
      holdMultiplier: 0.5000000000000001,
    } as const;
    expect(repairSettings(biggest).repairs).toEqual([]);
    const bytes = new TextEncoder().encode('settings' + JSON.stringify(toStored(repairSettings(biggest).settings))).length;
    expect(bytes).toBeLessThan(8192);
  });
});

describe('validateField (the form)', () => {
  it('accepts typed text for numbers within bounds', () => {
    expect(validateField('intervalMin', '45')).toEqual({ ok: true, value: 45 });
    expect(validateField('intervalMin', '4')).toEqual({ ok: false, problem: { kind: 'out-of-range', min: 5, max: 180 } });
    expect(validateField('intervalMin', '')).toEqual({ ok: false, problem: { kind: 'not-a-number' } });
    expect(validateField('intervalMin', '1e3')).toMatchObject({ ok: false });
    expect(validateField('holdMultiplier', '1.5')).toEqual({ ok: true, value: 1.5 });
  });
});

describe('describeValue', () => {
  it('renders anything briefly and safely', () => {
    expect(describeValue({ toString: 1 })).toBe('an object');
    expect(describeValue('x'.repeat(100)).length).toBeLessThan(40);
    expect(describeValue([1, 2])).toBe('a list of 2');
    expect(describeValue(NaN)).toBe('NaN');
  });
});
