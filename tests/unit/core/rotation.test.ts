/**
 * The rotation, by property (fast-check, seeded): over any sequence of picks ("next break" and
 * "Another stretch" are the same pick) and setting changes, nothing repeats within a cycle,
 * disabled exercises never appear, an empty selection gives null, and favouring problem areas
 * never starves anyone: every enabled exercise comes once per cycle.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXERCISE_DATA as EXERCISES } from '../../../data/exercises';
import { emptyRotation, nextExercise, weightOf, FAVOURED_WEIGHT, type RotationPrefs, type RotationState } from '../../../core/rotation';
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
});

const live = (prefs: RotationPrefs) => IDS.filter((id) => prefs.enabled.includes(id));

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
          const refill = state.queue.filter((id) => live(prefs).includes(id)).length === 0;
          if (refill) shownThisCycle = new Set();
          const { state: next, id } = nextExercise(state, EXERCISES, prefs, random);
          if (live(prefs).length === 0) {
            expect(id).toBeNull();
          } else {
            expect(id).not.toBeNull();
            expect(live(prefs)).toContain(id);
            expect(shownThisCycle.has(id!)).toBe(false);
            // "Another stretch" never shows the same card again straight away.
            if (live(prefs).length > 1 && previous !== null && live(prefs).includes(previous)) expect(id).not.toBe(previous);
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
    const favoured = new Set(EXERCISES.filter((e) => weightOf(e, prefs) === FAVOURED_WEIGHT).map((e) => e.id));
    expect(favoured.size).toBeGreaterThan(0);
    const random = prng(7);
    let state = emptyRotation;
    const positions = { favoured: [] as number[], others: [] as number[] };
    for (let cycle = 0; cycle < 2000; cycle += 1) {
      for (let pos = 0; pos < IDS.length; pos += 1) {
        const { state: next, id } = nextExercise(state, EXERCISES, prefs, random);
        (favoured.has(id!) ? positions.favoured : positions.others).push(pos);
        state = next;
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(positions.favoured)).toBeLessThan(mean(positions.others) - 1);
    // ...without starving the others: each of them came once per cycle.
    expect(positions.others).toHaveLength(2000 * (IDS.length - favoured.size));
  });

  it('an empty selection is a clear state, not a crash, and recovers when a stretch is enabled again', () => {
    const none: RotationPrefs = { enabled: [], problemAreas: [], favourites: [] };
    const first = nextExercise({ queue: ['neck-release'], last: 'cobra' }, EXERCISES, none, Math.random);
    expect(first.id).toBeNull();
    const again = nextExercise(first.state, EXERCISES, { ...none, enabled: ['cobra'] }, Math.random);
    expect(again.id).toBe('cobra');
  });
});
