import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_ID_LIST, SETTINGS_VERSION, SETTING_KEYS, TARGETS, repairSettings, toStored, type Settings } from '../../../core/settings';
import { MAX_OWN_STRETCHES, checkOwnStretch, type OwnStretch } from '../../../core/own-stretch';
import { saveOwnStretch } from '../../../platform/own-stretch-store';
import { EXERCISE_DATA } from '../../../data/exercises';
import { WALL_ANGELS } from '../own-stretches';
import { IMPORT_MAX_BYTES, parseSettingsFile, settingsFileText, validateSettingsObject } from '../../../core/settings-import';
import { saveSettings } from '../../../platform/settings-store';
import { importSettingsText } from '../../../platform/settings-file';

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

describe('own stretches in the settings file', () => {
  const ownItems = async () => Object.fromEntries(Object.entries(await fakeBrowser.storage.sync.get(null)).filter(([k]) => k.startsWith('own:')));
  const { caution: _none, ...withoutCaution } = WALL_ANGELS;
  const SECOND: OwnStretch = { ...withoutCaution, id: 'own-mhx0a1b3-000002', name: 'Second', picture: null };

  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(PRIOR);
    await saveOwnStretch(WALL_ANGELS);
  });

  it('an exported file carries them and reads back the same; without any, it is the settings alone', () => {
    const text = settingsFileText(PRIOR, [WALL_ANGELS, SECOND]);
    expect(JSON.parse(text).ownStretches).toEqual([WALL_ANGELS, SECOND]);
    expect(parseSettingsFile(text)).toEqual({ ok: true, settings: PRIOR, ignored: [], ownStretches: [WALL_ANGELS, SECOND] });
    expect(JSON.parse(settingsFileText(PRIOR, []))).toEqual(toStored(PRIOR));
    expect(parseSettingsFile(settingsFileText(PRIOR))).toEqual({ ok: true, settings: PRIOR, ignored: [] });
  });

  it('an import with a malformed own stretch is refused whole, each problem named by its place', async () => {
    const before = { settings: await storedNow(), own: await ownItems() };
    const file = { ...toStored({ ...PRIOR, intervalMin: 50 }), ownStretches: [SECOND, { ...WALL_ANGELS, name: '', dose: { kind: 'hold', seconds: 2, reps: 1, perSide: false } }] };
    const result = await importSettingsText(JSON.stringify(file));
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'ownStretches.1.name', value: '""', why: { kind: 'text-length', min: 1, max: 60 } },
        { field: 'ownStretches.1.dose.seconds', value: '2', why: { kind: 'out-of-range', min: 5, max: 180 } },
      ],
    });
    expect({ settings: await storedNow(), own: await ownItems() }).toEqual(before);
    expect(problemsOf(JSON.stringify({ ownStretches: 'all of them' }))).toEqual([{ field: 'ownStretches', value: '"all of them"', why: { kind: 'not-a-list' } }]);
  });

  it('a good file takes the place of the user\'s stretches; a file without any leaves theirs as they are', async () => {
    const result = await importSettingsText(settingsFileText(PRIOR, [SECOND]));
    expect(result).toMatchObject({ ok: true, ownStretchSave: 'saved' });
    expect(Object.keys(await ownItems())).toEqual([`own:${SECOND.id}`]);
    await importSettingsText(settingsFileText({ ...PRIOR, intervalMin: 50 }));
    expect(Object.keys(await ownItems())).toEqual([`own:${SECOND.id}`]);
    expect(await storedNow()).toMatchObject({ intervalMin: 50 });
  });

  it('keeps markup and script in a name as the text it is', () => {
    const name = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parseSettingsFile(settingsFileText(PRIOR, [{ ...WALL_ANGELS, name: name.slice(0, 60) }]));
    expect(result.ok && result.ownStretches?.[0]?.name).toBe(name.slice(0, 60));
  });

  it('a file of 50 stretches at their longest, in the characters JSON must escape, is within the size read', () => {
    const widest = (n: number) => '\u0001'.repeat(n);
    const longest = Array.from({ length: MAX_OWN_STRETCHES }, (_, i): OwnStretch => ({
      ...WALL_ANGELS, id: `own-${String(i).padStart(36, 'z')}`, name: widest(60), cues: [1, 2, 3, 4].map(() => widest(140)), caution: widest(140),
      positions: ['seated', 'standing', 'floor'], targets: [...TARGETS], picture: 'kneeling-thoracic-twist',
    }));
    const text = settingsFileText({ ...DEFAULT_SETTINGS, favourites: EXERCISE_DATA.slice(0, MAX_ID_LIST).map((e) => e.id) }, longest);
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(IMPORT_MAX_BYTES);
    expect(parseSettingsFile(text)).toMatchObject({ ok: true, ownStretches: longest });
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

// ── Fuzz with own stretches: a file's stretches are taken all together, or none are ───────────

const inOrOut = (min: number, max: number) => fc.oneof({ weight: 6, arbitrary: fc.integer({ min, max }) }, { weight: 1, arbitrary: fc.integer({ min: min - 3, max: max + 3 }) });
const ownDoseArb = fc.oneof(
  fc.record({ kind: fc.constant('hold'), seconds: inOrOut(5, 180), reps: inOrOut(1, 5), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant('breaths'), breaths: inOrOut(1, 20), reps: inOrOut(1, 5), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant('reps'), count: inOrOut(1, 20), sets: inOrOut(1, 5), perSide: fc.boolean() }),
);
const ownText = (max: number) => fc.oneof({ weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }) }, { weight: 1, arbitrary: fc.string({ maxLength: max + 5 }) });
const ownField = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
const ownStretchArb = fc.record({
  id: ownField(fc.integer({ min: 0, max: 999 }).map((n) => `own-${n}`)),
  name: ownField(ownText(60)),
  cues: ownField(fc.array(ownText(140), { minLength: 1, maxLength: 4 })),
  dose: ownField(ownDoseArb),
  positions: ownField(fc.subarray(['seated', 'standing', 'floor'], { minLength: 1 })),
  targets: ownField(fc.subarray([...TARGETS], { minLength: 1 })),
  caution: ownField(fc.option(ownText(140), { nil: undefined })),
  picture: ownField(fc.constantFrom(null, 'neck-release', 'cat-cow')),
  inRotation: ownField(fc.boolean()),
  favourite: ownField(fc.boolean()),
}, { requiredKeys: ['id', 'name', 'cues', 'dose', 'positions', 'targets', 'picture', 'inRotation', 'favourite'] });
const ownList = fc.oneof(
  { weight: 8, arbitrary: fc.array(ownStretchArb, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(fc.oneof(ownStretchArb, hostileValue), { maxLength: 4 }) },
  { weight: 1, arbitrary: hostileValue },
);
// The settings are right (their own fuzz is above), so the stretches decide.
const validSettings = fc.record(validValue as Record<keyof Settings, fc.Arbitrary<unknown>>);
const fileWithOwn = fc.tuple(validSettings, ownList, fc.boolean()).map(([s, own, withOwn]) => JSON.stringify({ ...s, version: SETTINGS_VERSION, ...(withOwn ? { ownStretches: own } : {}) }));

export const OWN_FUZZ_RUNS = 500;

describe('import fuzz with own stretches', () => {
  const storedOwn = async () => Object.fromEntries(Object.entries(await fakeBrowser.storage.sync.get(null)).filter(([k]) => k.startsWith('own:')));

  it(`over ${OWN_FUZZ_RUNS} generated files: never a crash, never a partial write, settings and stretches alike`, async () => {
    const stats = { accepted: 0, withOwn: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(fileWithOwn, async (text) => {
        fakeBrowser.reset();
        await saveSettings(PRIOR);
        await saveOwnStretch(WALL_ANGELS);
        const before = { settings: await storedNow(), own: await storedOwn() };
        const result = await importSettingsText(text); // must not throw
        const after = { settings: await storedNow(), own: await storedOwn() };
        if (result.ok) {
          stats.accepted += 1;
          expect(after.settings).toEqual(toStored(result.settings));
          if (result.ownStretches) {
            stats.withOwn += 1;
            expect(after.own).toEqual(Object.fromEntries(result.ownStretches.map((s) => [`own:${s.id}`, { v: 1, ...s }])));
            for (const s of result.ownStretches) expect(checkOwnStretch(s)).toEqual({ ok: true, stretch: s });
          } else expect(after.own).toEqual(before.own);
        } else {
          stats.refused += 1;
          expect(after).toEqual(before);
          for (const p of result.problems) expect(p.value.length).toBeLessThan(60);
        }
      }),
      { seed: 20261202, numRuns: OWN_FUZZ_RUNS },
    );
    console.log(`import fuzz with own stretches: ${OWN_FUZZ_RUNS} files, ${stats.accepted} accepted (${stats.withOwn} with own stretches), ${stats.refused} refused`);
    expect(stats.withOwn).toBeGreaterThan(OWN_FUZZ_RUNS / 20);
    expect(stats.accepted - stats.withOwn).toBeGreaterThan(OWN_FUZZ_RUNS / 20);
    expect(stats.refused).toBeGreaterThan(OWN_FUZZ_RUNS / 20);
  });
});
