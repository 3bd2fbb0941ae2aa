/**
 * The rotation, by property (fast-check, seeded): over any sequence of picks ("next break" and
 * "Another stretch" are the same pick) and setting changes, nothing repeats within a cycle,
 * disabled exercises never appear, an empty selection gives null, and favouring problem areas
 * never starves anyone: every enabled exercise comes once per cycle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXERCISE_DATA as EXERCISES, DEFAULT_ENABLED_IDS } from '../../../data/exercises';
import { emptyRotation, nextExercise, weightOf, FAVOURED_WEIGHT, NO_REPEAT_PICKS, type RotationPrefs, type RotationState } from '../../../core/rotation';
import { isRotatable } from '../../../core/exercise';
import { PROBLEM_AREAS } from '../../../core/settings';
import type { Target } from '../../../core/exercise';
import { seededRandom as prng } from '../../seeded-random';

const IDS = EXERCISES.map((e) => e.id);
const RUNS = { seed: 20261125, numRuns: 2000 };

const enabledArb = fc.subarray([...IDS, 'no-such-stretch'], { minLength: 0 });
const prefsArb: fc.Arbitrary<RotationPrefs> = fc.record({
  enabled: enabledArb,
  problemAreas: fc.subarray([...PROBLEM_AREAS] as Target[]),
  favourites: fc.subarray(IDS),
});
type Op = { kind: 'pick' } | { kind: 'settings'; prefs: RotationPrefs };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<Op>({ kind: 'pick' }) },
  { weight: 1, arbitrary: prefsArb.map((prefs): Op => ({ kind: 'settings', prefs })) },
);
/** What a restarted worker may find in storage: anything of the right shape, stale and doubled ids included. */
const storedArb: fc.Arbitrary<RotationState> = fc.record({
  queue: fc.array(fc.constantFrom(...IDS, 'retired-stretch'), { maxLength: 20 }),
  last: fc.option(fc.constantFrom(...IDS, 'retired-stretch'), { nil: null }),
  recent: fc.option(fc.array(fc.constantFrom(...IDS, 'retired-stretch'), { maxLength: 13 }), { nil: undefined }),
}, { requiredKeys: ['queue', 'last'] });

const ROTATABLE = EXERCISES.filter(isRotatable).map((e) => e.id);
const live = (prefs: RotationPrefs) => ROTATABLE.filter((id) => prefs.enabled.includes(id));

describe('rotation (property)', () => {
  it('never repeats within a cycle, never shows a disabled stretch, and gives null when none is enabled', () => {
    fc.assert(
      fc.property(prefsArb, fc.array(opArb, { maxLength: 80 }), storedArb, fc.integer(), (initial, ops, stored, seed) => {
        const random = prng(seed);
        let prefs = initial;
        let state = stored;
        let shownThisCycle = new Set<string>();
        let previous: string | null = null;
        for (const op of [{ kind: 'pick' } as Op, ...ops]) {
          if (op.kind === 'settings') {
            prefs = op.prefs;
            continue;
          }
          const alive = new Set(live(prefs));
          const refill = !state.queue.some((id) => alive.has(id));
          if (refill) shownThisCycle = new Set();
          const { state: next, id } = nextExercise(state, EXERCISES, prefs, random);
          if (alive.size === 0) {
            expect(id).toBeNull();
          } else {
            expect(id).not.toBeNull();
            expect(alive.has(id!)).toBe(true);
            expect(shownThisCycle.has(id!)).toBe(false);
            // "Another stretch" never shows the same card again straight away.
            if (alive.size > 1 && previous !== null && alive.has(previous)) expect(id).not.toBe(previous);
            shownThisCycle.add(id!);
            previous = id;
          }
          state = next;
        }
      }),
      RUNS,
    );
  });

  it('with settings left alone, each cycle shows every enabled stretch exactly once, favoured or not', () => {
    fc.assert(
      fc.property(prefsArb, fc.integer({ min: 1, max: 4 }), fc.integer(), (prefs, cycles, seed) => {
        const random = prng(seed);
        const enabled = live(prefs);
        let state = emptyRotation;
        for (let c = 0; c < cycles; c += 1) {
          const shown: string[] = [];
          for (let i = 0; i < enabled.length; i += 1) {
            const { state: next, id } = nextExercise(state, EXERCISES, prefs, random);
            shown.push(id!);
            state = next;
          }
          expect([...shown].sort()).toEqual([...enabled].sort());
        }
      }),
      RUNS,
    );
  });

  it('favours stretches for the problem areas: on average they come earlier in a cycle', () => {
    const prefs: RotationPrefs = { enabled: IDS, problemAreas: ['neck'], favourites: [] };
    const favoured = new Set(EXERCISES.filter((e) => isRotatable(e) && weightOf(e, prefs) === FAVOURED_WEIGHT).map((e) => e.id));
    expect(favoured.size).toBeGreaterThan(0);
    const random = prng(7);
    let state = emptyRotation;
    const positions = { favoured: [] as number[], others: [] as number[] };
    for (let cycle = 0; cycle < 2000; cycle += 1) {
      for (let pos = 0; pos < ROTATABLE.length; pos += 1) {
        const { state: next, id } = nextExercise(state, EXERCISES, prefs, random);
        (favoured.has(id!) ? positions.favoured : positions.others).push(pos);
        state = next;
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(positions.favoured)).toBeLessThan(mean(positions.others) - 1);
    // ...without starving the others: each of them came once per cycle.
    expect(positions.others).toHaveLength(2000 * (ROTATABLE.length - favoured.size));
  });

  it('an empty selection is a clear state, not a crash, and recovers when a stretch is enabled again', () => {
    const none: RotationPrefs = { enabled: [], problemAreas: [], favourites: [] };
    const first = nextExercise({ queue: ['neck-release'], last: 'cobra' }, EXERCISES, none, Math.random);
    expect(first.id).toBeNull();
    const again = nextExercise(first.state, EXERCISES, { ...none, enabled: ['cobra'] }, Math.random);
    expect(again.id).toBe('cobra');
  });

  it('never picks a long stretch, even when it is enabled', () => {
    const prefs: RotationPrefs = { enabled: IDS, problemAreas: ['chest'], favourites: ['supported-backbend'] };
    let state: RotationState = { queue: ['supported-backbend', 'cobra'], last: null };
    const random = prng(3);
    for (let i = 0; i < 200; i += 1) {
      const next = nextExercise(state, EXERCISES, prefs, random);
      expect(next.id).not.toBe('supported-backbend');
      state = next.state;
    }
    expect(nextExercise(emptyRotation, EXERCISES, { ...prefs, enabled: ['supported-backbend'] }, random).id).toBeNull();
  });
});

describe('a workday of breaks on default settings', () => {
  const defaults = (problemAreas: RotationPrefs['problemAreas'] = [], favourites: readonly string[] = []): RotationPrefs =>
    ({ enabled: DEFAULT_ENABLED_IDS, problemAreas, favourites });

  it('offers at least 24 desk-friendly cards, enough for 14 breaks without a repeat', () => {
    expect(live(defaults()).length).toBeGreaterThanOrEqual(24);
    expect(NO_REPEAT_PICKS).toBe(14);
  });

  it('repeats no card in any 14 breaks in a row, wherever the day starts in the cycle, across days and cycles', () => {
    fc.assert(
      fc.property(
        fc.integer(), fc.integer({ min: 0, max: 120 }),
        fc.subarray([...PROBLEM_AREAS] as Target[]), fc.subarray([...DEFAULT_ENABLED_IDS], { maxLength: 5 }),
        (seed, before, problemAreas, favourites) => {
          const random = prng(seed);
          const prefs = defaults(problemAreas, favourites);
          let state: RotationState = emptyRotation;
          const shown: string[] = [];
          // Earlier days (breaks and "Another stretch" presses alike), then a day of 14 breaks, then the next.
          for (let i = 0; i < before + 2 * NO_REPEAT_PICKS; i += 1) {
            const next = nextExercise(state, EXERCISES, prefs, random);
            shown.push(next.id!);
            state = next.state;
          }
          for (let start = 0; start + NO_REPEAT_PICKS <= shown.length; start += 1) {
            const day = shown.slice(start, start + NO_REPEAT_PICKS);
            expect(new Set(day).size, `picks ${start}-${start + NO_REPEAT_PICKS - 1}: ${day.join(', ')}`).toBe(NO_REPEAT_PICKS);
          }
        },
      ),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('a fresh install: the first day (14 breaks) shows 14 different cards, all desk-friendly', () => {
    const random = prng(42);
    let state = emptyRotation;
    const day: string[] = [];
    for (let i = 0; i < NO_REPEAT_PICKS; i += 1) {
      const next = nextExercise(state, EXERCISES, defaults(), random);
      day.push(next.id!);
      state = next.state;
    }
    expect(new Set(day).size).toBe(NO_REPEAT_PICKS);
    for (const id of day) expect(DEFAULT_ENABLED_IDS).toContain(id);
  });
});
