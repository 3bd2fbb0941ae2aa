/** The user's own stretches: what makes one valid, how it is stored, and how it becomes a card. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CUE_LENGTH, MAX_OWN_STRETCHES, isOwnStretchId, NAME_LENGTH, checkOwnStretch, checkOwnStretchList, doseParts, inCreationOrder, newOwnStretchId,
  ownDose, ownExercise, readOwnStretch, readRotationView, toStoredOwnStretch, withOwnStretches, type OwnStretch,
} from '../../../core/own-stretch';
import { WALL_ANGELS } from '../own-stretches';
import { isExerciseId } from '../../../core/exercise';
import { isDoseInBounds } from '../../../core/dose-bounds';
import { EXERCISE_DATA } from '../../../data/exercises';
import { FAVOURED_WEIGHT, emptyRotation, nextExercise, weightOf, type RotationPrefs, type RotationState } from '../../../core/rotation';
import { seededRandom } from '../../seeded-random';
import { TARGETS } from '../../../core/settings';

const problemsOf = (raw: unknown) => {
  const result = checkOwnStretch(raw);
  return result.ok ? [] : result.problems;
};

describe('an own stretch', () => {
  it('is taken as written when every field is right', () => {
    expect(checkOwnStretch(WALL_ANGELS)).toEqual({ ok: true, stretch: WALL_ANGELS });
  });

  it('has an id no library stretch can have, and that every store of ids accepts', () => {
    expect(isOwnStretchId(WALL_ANGELS.id)).toBe(true);
    expect(isExerciseId(WALL_ANGELS.id)).toBe(true);
    for (const e of EXERCISE_DATA) expect(isOwnStretchId(e.id), e.id).toBe(false);
    const ids = Array.from({ length: 200 }, (_, i) => newOwnStretchId(1_800_000_000_000 + i, seededRandom(i)));
    for (const id of ids) expect(isOwnStretchId(id), id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sorts oldest first by its id', () => {
    const older = { ...WALL_ANGELS, id: newOwnStretchId(1_800_000_000_000, () => 0.9) };
    const newer = { ...WALL_ANGELS, id: newOwnStretchId(1_800_000_000_001, () => 0.1) };
    expect(inCreationOrder([newer, older]).map((s) => s.id)).toEqual([older.id, newer.id]);
  });

  it('keeps its text as typed, trimmed at the ends, counting characters as the user sees them', () => {
    const emoji = '🧘'.repeat(NAME_LENGTH.max);
    expect(emoji.length).toBe(2 * NAME_LENGTH.max);
    const result = checkOwnStretch({ ...WALL_ANGELS, name: `  ${emoji}  `, cues: ['<b>Lift</b> & "breathe"'] });
    expect(result).toMatchObject({ ok: true, stretch: { name: emoji, cues: ['<b>Lift</b> & "breathe"'] } });
  });

  it('says what is wrong, field by field', () => {
    expect(problemsOf({
      ...WALL_ANGELS,
      name: ' ',
      cues: ['Fine', 'x'.repeat(CUE_LENGTH.max + 1)],
      dose: { kind: 'hold', seconds: 200, reps: 0, perSide: 'yes' },
      positions: [],
      targets: ['knees'],
      caution: '',
      picture: 'own-mhx0a1b2-000002',
      favourite: 1,
    })).toEqual([
      { field: 'name', why: { kind: 'text-length', min: 1, max: 60 } },
      { field: 'cues.1', why: { kind: 'text-length', min: 1, max: 140 } },
      { field: 'dose.seconds', why: { kind: 'out-of-range', min: 5, max: 180 } },
      { field: 'dose.reps', why: { kind: 'out-of-range', min: 1, max: 5 } },
      { field: 'dose.perSide', why: { kind: 'not-boolean' } },
      { field: 'positions', why: { kind: 'item-count', min: 1, max: 3 } },
      { field: 'targets', why: { kind: 'bad-item', item: '"knees"' } },
      { field: 'caution', why: { kind: 'text-length', min: 1, max: 140 } },
      { field: 'picture', why: { kind: 'bad-item', item: '"own-mhx0a1b2-000002"' } },
      { field: 'favourite', why: { kind: 'not-boolean' } },
    ]);
  });

  it('has one to four cues, and a dose of a kind the editor offers, with numbers that are numbers', () => {
    expect(problemsOf({ ...WALL_ANGELS, cues: [] })).toEqual([{ field: 'cues', why: { kind: 'item-count', min: 1, max: 4 } }]);
    expect(problemsOf({ ...WALL_ANGELS, cues: ['a', 'b', 'c', 'd', 'e'] })).toEqual([{ field: 'cues', why: { kind: 'item-count', min: 1, max: 4 } }]);
    expect(problemsOf({ ...WALL_ANGELS, dose: { kind: 'timed', activity: 'walk', seconds: 90 } })[0]?.field).toBe('dose.kind');
    expect(problemsOf({ ...WALL_ANGELS, dose: { kind: 'breaths', breaths: '5', reps: 1, perSide: true } }))
      .toEqual([{ field: 'dose.breaths', why: { kind: 'not-a-number' } }]);
    expect(problemsOf({ ...WALL_ANGELS, dose: { kind: 'reps', count: 2.5, sets: 1, perSide: true } }))
      .toEqual([{ field: 'dose.count', why: { kind: 'not-whole' } }]);
  });

  it('accepts exactly the doses within the schema\'s bounds', () => {
    const parts = fc.record({
      kind: fc.constantFrom('hold' as const, 'breaths' as const, 'reps' as const),
      amount: fc.integer({ min: -5, max: 200 }),
      rounds: fc.integer({ min: -1, max: 7 }),
      perSide: fc.boolean(),
    });
    fc.assert(fc.property(parts, (p) => {
      const dose = ownDose(p);
      expect(checkOwnStretch({ ...WALL_ANGELS, dose }).ok).toBe(isDoseInBounds(dose));
      expect(doseParts(dose)).toEqual(p);
    }), { seed: 19, numRuns: 500 });
  });

  it('is refused whole when it is not an object, and never throws, whatever it is given', () => {
    expect(problemsOf(null)).toEqual([{ field: '', why: { kind: 'not-a-stretch' } }]);
    expect(problemsOf([WALL_ANGELS])).toEqual([{ field: '', why: { kind: 'not-a-stretch' } }]);
    fc.assert(fc.property(fc.anything(), (x) => {
      expect(() => checkOwnStretch(x)).not.toThrow();
    }), { seed: 19, numRuns: 300 });
  });

  it('is stored with its version; an item of another version or a damaged one reads as nothing', () => {
    expect(readOwnStretch(toStoredOwnStretch(WALL_ANGELS))).toEqual(WALL_ANGELS);
    expect(readOwnStretch({ ...toStoredOwnStretch(WALL_ANGELS), v: 2 })).toBeNull();
    expect(readOwnStretch(WALL_ANGELS)).toBeNull();
    expect(readOwnStretch({ ...toStoredOwnStretch(WALL_ANGELS), name: 42 })).toBeNull();
  });

  it('is read by the background for what it picks by and logs, the same as the whole check reads it', () => {
    const stored = toStoredOwnStretch({ ...WALL_ANGELS, favourite: true });
    expect(readRotationView(stored)).toEqual({ id: WALL_ANGELS.id, name: 'Wall angels', targets: ['shoulders', 'upper-back'], inRotation: true, favourite: true });
    for (const damaged of [null, WALL_ANGELS, { ...stored, v: 2 }, { ...stored, id: 'neck-release' }, { ...stored, name: 3 }, { ...stored, targets: 'neck' }]) {
      expect(readRotationView(damaged)).toBeNull();
    }
    fc.assert(fc.property(fc.record({ inRotation: fc.boolean(), favourite: fc.boolean(), targets: fc.subarray([...TARGETS], { minLength: 1 }) }), (flags) => {
      const stretch = readOwnStretch(toStoredOwnStretch({ ...WALL_ANGELS, ...flags }))!;
      const { id, name, targets, inRotation, favourite } = stretch;
      expect(readRotationView(toStoredOwnStretch(stretch))).toEqual({ id, name, targets, inRotation, favourite });
    }), { seed: 19, numRuns: 100 });
  });

  it('fits one storage.sync item (QUOTA_BYTES_PER_ITEM, 8,192 bytes) at its longest, in the widest characters', () => {
    // A character JSON must escape (\u0001) takes 6 bytes, more than any other does in UTF-8.
    const widest = (n: number) => '\u0001'.repeat(n);
    const longest: OwnStretch = {
      ...WALL_ANGELS,
      id: `own-${'z'.repeat(36)}`,
      name: widest(NAME_LENGTH.max),
      cues: Array.from({ length: 4 }, () => widest(CUE_LENGTH.max)),
      caution: widest(CUE_LENGTH.max),
      dose: { kind: 'hold', seconds: 180, reps: 5, perSide: true },
      positions: ['seated', 'standing', 'floor'],
      targets: ['eyes', 'neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'chest', 'sides', 'arms', 'wrists', 'hips', 'legs'],
      picture: 'kneeling-thoracic-twist',
    };
    expect(checkOwnStretch(longest).ok).toBe(true);
    const key = `own:${longest.id}`;
    const bytes = new TextEncoder().encode(key + JSON.stringify(toStoredOwnStretch(longest))).length;
    expect(bytes).toBeLessThan(8192);
  });
});

describe('a list of own stretches (a settings file\'s)', () => {
  const second = { ...WALL_ANGELS, id: 'own-mhx0a1b3-000002', name: 'Second' };

  it('takes a list of right stretches', () => {
    expect(checkOwnStretchList([WALL_ANGELS, second])).toEqual({ ok: true, stretches: [WALL_ANGELS, second] });
    expect(checkOwnStretchList([])).toEqual({ ok: true, stretches: [] });
  });

  it('names each problem by its place in the list; one bad stretch refuses the list', () => {
    expect(checkOwnStretchList([WALL_ANGELS, { ...second, name: '' }, 'x', { ...second }])).toEqual({
      ok: false,
      problems: [
        { field: '1.name', why: { kind: 'text-length', min: 1, max: 60 } },
        { field: '2', why: { kind: 'not-a-stretch' } },
      ],
    });
    expect(checkOwnStretchList([WALL_ANGELS, WALL_ANGELS])).toEqual({ ok: false, problems: [{ field: '1.id', why: { kind: 'duplicate-id' } }] });
  });

  it('holds at most 50', () => {
    const many = Array.from({ length: MAX_OWN_STRETCHES + 1 }, (_, i) => ({ ...WALL_ANGELS, id: `own-${i}` }));
    expect(checkOwnStretchList(many.slice(0, MAX_OWN_STRETCHES)).ok).toBe(true);
    expect(checkOwnStretchList(many)).toEqual({ ok: false, problems: [{ field: '', why: { kind: 'item-count', min: 0, max: 50 } }] });
    expect(checkOwnStretchList({})).toEqual({ ok: false, problems: [{ field: '', why: { kind: 'not-a-list' } }] });
  });
});

describe('an own stretch as a card', () => {
  it('shows the user\'s words untranslated, borrows the picture it names with that picture\'s alt text, and has no "why"', () => {
    const alt = (id: string) => `alt of ${id}`;
    expect(ownExercise(WALL_ANGELS, alt)).toEqual({
      id: WALL_ANGELS.id, name: 'Wall angels', cues: WALL_ANGELS.cues, dose: WALL_ANGELS.dose, positions: ['standing'],
      targets: ['shoulders', 'upper-back'], equipment: ['none'], why: '', caution: 'Stop if your shoulder pinches.',
      picture: 'overhead-elbow-stretch', imageAlt: 'alt of overhead-elbow-stretch',
    });
    const plain = ownExercise({ ...WALL_ANGELS, picture: null, caution: undefined }, alt);
    expect(plain.imageAlt).toBe('');
    expect('picture' in plain).toBe(false);
    expect('caution' in plain).toBe(false);
  });
});

describe('own stretches in the rotation', () => {
  const prefs: RotationPrefs = { enabled: ['neck-release', 'chin-tuck'], problemAreas: [], favourites: [] };
  const pick = (state: RotationState, own: readonly OwnStretch[], base = prefs, seed = 1) => {
    const { catalogue, prefs: withOwn } = withOwnStretches(EXERCISE_DATA, base, own);
    return nextExercise(state, catalogue, withOwn, seededRandom(seed));
  };

  it('come once a cycle like any other', () => {
    let state = emptyRotation;
    const shown: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) {
      const next = pick(state, [WALL_ANGELS]);
      shown.push(next.id);
      state = next.state;
    }
    expect(new Set(shown)).toEqual(new Set(['neck-release', 'chin-tuck', WALL_ANGELS.id]));
  });

  it('can be the only stretch enabled', () => {
    let state = emptyRotation;
    for (let i = 0; i < 3; i += 1) {
      const next = pick(state, [WALL_ANGELS], { ...prefs, enabled: [] });
      expect(next.id).toBe(WALL_ANGELS.id);
      state = next.state;
    }
  });

  it('stay out of it when taken out, and leave it at once when deleted', () => {
    expect(pick(emptyRotation, [{ ...WALL_ANGELS, inRotation: false }], { ...prefs, enabled: [] }).id).toBeNull();
    const queued: RotationState = { queue: [WALL_ANGELS.id, 'neck-release'], last: null, recent: [] };
    expect(pick(queued, [WALL_ANGELS]).id).toBe(WALL_ANGELS.id);
    expect(pick(queued, []).id).toBe('neck-release');
  });

  it('are in it by their own tick alone, never by an own id in the settings\' list', () => {
    const listed = { ...prefs, enabled: [WALL_ANGELS.id], favourites: [WALL_ANGELS.id] };
    const { prefs: merged } = withOwnStretches(EXERCISE_DATA, listed, [{ ...WALL_ANGELS, inRotation: false }]);
    expect(merged.enabled).toEqual([]);
    expect(merged.favourites).toEqual([]);
    expect(pick(emptyRotation, [{ ...WALL_ANGELS, inRotation: false }], listed).id).toBeNull();
  });

  it('count as favourites by their own flag, and for the problem areas they work', () => {
    const { prefs: favoured } = withOwnStretches(EXERCISE_DATA, prefs, [{ ...WALL_ANGELS, favourite: true }]);
    expect(weightOf(WALL_ANGELS, favoured)).toBe(FAVOURED_WEIGHT);
    const { prefs: plain } = withOwnStretches(EXERCISE_DATA, prefs, [WALL_ANGELS]);
    expect(weightOf(WALL_ANGELS, plain)).toBe(1);
    expect(weightOf(WALL_ANGELS, { ...plain, problemAreas: ['upper-back'] })).toBe(FAVOURED_WEIGHT);
  });
});
