import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SETTING_KEYS, repairSettings, toStored, type Settings } from '../../../core/settings';
import { IMPORT_MAX_BYTES, parseSettingsFile, settingsFileText, validateSettingsObject } from '../../../core/settings-import';
import { importSettingsText, saveSettings } from '../../../platform/settings-store';

const PRIOR: Settings = { ...DEFAULT_SETTINGS, intervalMin: 42, sound: true, favourites: ['neck-release'] };
const storedNow = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

function problemsOf(text: string) {
  const result = parseSettingsFile(text);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe('parseSettingsFile', () => {
  it('round-trips an exported file', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, intervalMin: 55, workDays: [1, 2, 3], workStartMin: 540, workEndMin: 1020, nudgeStyle: 'badge' };
    expect(parseSettingsFile(settingsFileText(settings))).toEqual({ ok: true, settings, ignored: [] });
  });

  it('migrates an unversioned (v0) file and fills missing fields with defaults', () => {
    expect(parseSettingsFile('{"intervalMin": 45, "breakLengthMin": 3}')).toEqual({
      ok: true, settings: { ...DEFAULT_SETTINGS, intervalMin: 45, breakLengthMin: 3 }, ignored: [],
    });
  });

  it('reports each bad field with its value and why, and takes nothing', () => {
    const problems = problemsOf(JSON.stringify({
      version: 1, intervalMin: 2, snoozeMin: '5', nudgeStyle: 'siren', sound: 1, workDays: [1, 'monday'], holdMultiplier: 1e308, dailyGoal: 6,
    }));
    expect(problems).toEqual([
      { field: 'intervalMin', value: '2', why: { kind: 'out-of-range', min: 5, max: 180 } },
      { field: 'snoozeMin', value: '"5"', why: { kind: 'not-a-number' } },
      { field: 'nudgeStyle', value: '"siren"', why: { kind: 'not-one-of', allowed: ['window', 'popup', 'notification', 'badge'] } },
      { field: 'sound', value: '1', why: { kind: 'not-boolean' } },
      { field: 'workDays', value: 'a list of 2', why: { kind: 'bad-item', item: '"monday"' } },
      { field: 'holdMultiplier', value: '1e+308', why: { kind: 'out-of-range', min: 0.5, max: 2 } },
    ]);
  });

  it('refuses files that are too large, not JSON, not an object, or from a newer version', () => {
    expect(problemsOf(' '.repeat(IMPORT_MAX_BYTES + 1))[0]?.why.kind).toBe('too-large');
    expect(problemsOf('{"intervalMin": 30,')[0]?.why.kind).toBe('not-json');
    expect(problemsOf('')[0]?.why.kind).toBe('not-json');
    expect(problemsOf('[1,2,3]')[0]?.why.kind).toBe('not-an-object');
    expect(problemsOf('null')[0]?.why.kind).toBe('not-an-object');
    expect(problemsOf('"settings"')[0]?.why.kind).toBe('not-an-object');
    expect(problemsOf(`{"version": ${SETTINGS_VERSION + 1}}`)[0]?.why).toEqual({ kind: 'newer-version', version: SETTINGS_VERSION + 1 });
    expect(problemsOf('{"version": "1"}')[0]?.why.kind).toBe('bad-version');
    expect(problemsOf('{"version": -1}')[0]?.why.kind).toBe('bad-version');
    expect(problemsOf('{"version": 1.5}')[0]?.why.kind).toBe('bad-version');
  });

  it('counts the size in bytes, not characters', () => {
    const text = `{"x": "${'é'.repeat(IMPORT_MAX_BYTES / 2)}"}`;
    expect(text.length).toBeLessThan(IMPORT_MAX_BYTES);
    expect(problemsOf(text)[0]?.why.kind).toBe('too-large');
  });

  it('refuses an end time before the start time', () => {
    expect(problemsOf('{"workStartMin": 600, "workEndMin": 540}')).toEqual([
      { field: 'workEndMin', value: '540', why: { kind: 'end-before-start' } },
    ]);
  });

  it('drops unknown keys and ignores __proto__ / constructor / prototype without polluting anything', () => {
    const result = parseSettingsFile(
      '{"__proto__": {"polluted": 1, "intervalMin": 99}, "constructor": {"prototype": {"polluted": 1}}, "prototype": 1, "theme": "dark", "intervalMin": 40}',
    );
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, intervalMin: 40 }, ignored: ['__proto__', 'constructor', 'prototype', 'theme'] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) expect(Object.keys(result.settings).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it('handles deeply nested junk without a crash', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(problemsOf(deep)[0]?.why.kind).toBe('not-an-object');
    expect(problemsOf(`{"workDays": ${deep}}`)[0]).toMatchObject({ field: 'workDays', why: { kind: 'bad-item' } });
    const deepObject = '{"a":'.repeat(2000) + '1' + '}'.repeat(2000);
    expect(problemsOf(`{"favourites": ${deepObject}}`)[0]).toMatchObject({ field: 'favourites', why: { kind: 'not-a-list' } });
  });

  it('validateSettingsObject refuses non-objects plainly', () => {
    expect(validateSettingsObject(undefined).ok).toBe(false);
    expect(validateSettingsObject(42).ok).toBe(false);
  });
});

describe('importSettingsText (writes only a fully valid file)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(PRIOR);
  });

  it('a bad file changes nothing', async () => {
    const before = await storedNow();
    const result = await importSettingsText('{"intervalMin": 40, "sound": "yes"}');
    expect(result.ok).toBe(false);
    expect(await storedNow()).toEqual(before);
  });

  it('a good file replaces the settings in one write', async () => {
    const result = await importSettingsText('{"version": 1, "intervalMin": 40}');
    expect(result.ok).toBe(true);
    expect(await storedNow()).toEqual(toStored({ ...DEFAULT_SETTINGS, intervalMin: 40 }));
  });
});

// ── Fuzz: many generated files, never a crash, never a partial write ──────────────────────────

const validValue: { [K in keyof Settings]: fc.Arbitrary<unknown> } = {
  intervalMin: fc.integer({ min: 5, max: 180 }),
  breakLengthMin: fc.integer({ min: 1, max: 60 }),
  idleThresholdMin: fc.integer({ min: 1, max: 30 }),
  snoozeMin: fc.integer({ min: 1, max: 30 }),
  snoozeLimit: fc.integer({ min: 0, max: 5 }),
  nudgeStyle: fc.constantFrom('window', 'popup', 'notification', 'badge'),
  focusWindow: fc.boolean(),
  headsUp: fc.boolean(),
  holdWhilePresenting: fc.boolean(),
  sound: fc.boolean(),
  workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
  workStartMin: fc.integer({ min: 0, max: 600 }),
  workEndMin: fc.integer({ min: 601, max: 1440 }),
  pausePresets: fc.subarray(['30m', '1h', '2h', 'tomorrow', 'indefinitely']),
  problemAreas: fc.subarray(['neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back']),
  enabledExercises: fc.option(fc.subarray(['neck-release', 'seated-twist', 'cat-cow', 'bridge']), { nil: null }),
  favourites: fc.subarray(['neck-release', 'cobra']),
  holdMultiplier: fc.double({ min: 0.5, max: 2, noNaN: true }),
  dailyGoal: fc.integer({ min: 1, max: 30 }),
  shortBreaks: fc.boolean(),
  shortIntervalMin: fc.integer({ min: 5, max: 120 }),
  firmness: fc.constantFrom('gentle', 'firm', 'strict'),
  holdDuringMeetings: fc.boolean(),
  meetingGraceMin: fc.integer({ min: 0, max: 10 }),
};
// Every other key this schema might grow keeps its default, so the fuzz stays valid as fields are added.
const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(NaN, Infinity, -Infinity, 1e308, -0, '30', '', null, [], {}, [[[[[]]]]], { toString: 1 }),
  fc.double(),
  fc.string(),
);
const fieldValue = (key: keyof Settings) => fc.oneof({ weight: 4, arbitrary: validValue[key] ?? hostileValue }, { weight: 1, arbitrary: hostileValue });
const settingsObject = fc.record(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, fieldValue(k)])) as Record<keyof Settings, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
);
const version = fc.oneof(fc.constant(undefined), fc.constant(SETTINGS_VERSION), fc.constant(0), fc.integer(), fc.string(), fc.double());
const extraKeys = fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty')), hostileValue, { maxKeys: 4 });

const file = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(settingsObject, version, extraKeys).map(([s, v, extra]) => JSON.stringify({ ...extra, ...s, ...(v === undefined ? {} : { version: v }) })) },
  { weight: 1, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(settingsObject, fc.nat({ max: 60 })).map(([s, cut]) => JSON.stringify(s).slice(0, -cut - 1)) },
  { weight: 1, arbitrary: fc.constantFrom('{"__proto__": {"intervalMin": 99}}', '{"constructor": {"prototype": {"x": 1}}}', ' '.repeat(IMPORT_MAX_BYTES + 1)) },
);

export const FUZZ_RUNS = 2000;

describe('import fuzz', () => {
  it(`over ${FUZZ_RUNS} generated files: never a crash, never a partial write`, async () => {
    const stats = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        fakeBrowser.reset();
        await saveSettings(PRIOR);
        const before = await storedNow();
        const result = await importSettingsText(text); // must not throw
        const after = await storedNow();
        if (result.ok) {
          stats.accepted += 1;
          // All or nothing: the stored value is the complete validated settings, which repair would not change.
          expect(after).toEqual(toStored(result.settings));
          expect(repairSettings(after).repairs).toEqual([]);
          expect(Object.keys(result.settings).sort()).toEqual([...SETTING_KEYS].sort());
        } else {
          stats.refused += 1;
          expect(after).toEqual(before);
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(typeof p.field).toBe('string');
            expect(typeof p.value).toBe('string');
            expect(p.value.length).toBeLessThan(60);
          }
        }
        expect(({} as Record<string, unknown>).intervalMin).toBeUndefined();
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { seed: 20261125, numRuns: FUZZ_RUNS },
    );
    console.log(`import fuzz: ${FUZZ_RUNS} files, ${stats.accepted} accepted, ${stats.refused} refused`);
    expect(stats.accepted).toBeGreaterThan(FUZZ_RUNS / 20);
    expect(stats.refused).toBeGreaterThan(FUZZ_RUNS / 20);
  });
});
