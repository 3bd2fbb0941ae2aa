import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breathAt, doseAt, elapsedOf, holdPlan, pauseClock, scaledDose, startClock, stoppedClock, switchesSide, timerAt, totalSeconds,
  unitAt, unitSeconds, FULL_DOSE_FROM, REST_SECONDS, SECONDS_PER_BREATH, SECONDS_PER_REP,
} from '../../../core/hold-timer';
import { ACTIVITY_SECONDS, type Dose } from '../../../core/exercise';
import { EXERCISE_DATA as EXERCISES, exerciseDataById } from '../../../data/exercises';

const work = (seconds: number, side: 'first' | 'second' | null, round: number, rounds: number, paced = false) =>
  ({ rest: false, seconds, side, round, rounds, paced });
const rest = (side: 'first' | 'second' | null, round: number, rounds: number, seconds = REST_SECONDS, paced = false) =>
  ({ rest: true, seconds, side, round, rounds, paced });

describe('holdPlan', () => {
  it('runs a per-side hold as two timed phases with a short rest to switch sides between them', () => {
    expect(holdPlan({ kind: 'hold', seconds: 20, reps: 1, perSide: true })).toEqual([
      work(20, 'first', 1, 1), rest('second', 1, 1), work(20, 'second', 1, 1),
    ]);
  });

  it('repeats rounds ("2 of 3") with a rest before each, announcing the round that comes next', () => {
    const rounds = holdPlan({ kind: 'hold', seconds: 10, reps: 3, perSide: false });
    expect(rounds).toEqual([work(10, null, 1, 3), rest(null, 2, 3), work(10, null, 2, 3), rest(null, 3, 3), work(10, null, 3, 3)]);
  });

  it('alternates sides round by round unless a dose works one side first (3-5 times, then the other arm)', () => {
    const alternate = holdPlan({ kind: 'hold', seconds: 15, reps: 2, perSide: true }).filter((p) => !p.rest);
    expect(alternate.map((p) => `${p.side} ${p.round}`)).toEqual(['first 1', 'second 1', 'first 2', 'second 2']);
    const oneSideFirst = holdPlan({ kind: 'hold', seconds: 15, reps: 2, perSide: true, sideOrder: 'one-side-first' }).filter((p) => !p.rest);
    expect(oneSideFirst.map((p) => `${p.side} ${p.round}`)).toEqual(['first 1', 'first 2', 'second 1', 'second 2']);
  });

  it("gives the seated twist one breath facing forward between sides, timed by the breath pacer", () => {
    const plan = holdPlan({ kind: 'breaths', breaths: 3, reps: 2, perSide: true, centreBreath: true });
    expect(plan).toEqual([
      work(15, 'first', 1, 2, true), rest('second', 1, 2, SECONDS_PER_BREATH, true), work(15, 'second', 1, 2, true),
      rest('first', 2, 2, SECONDS_PER_BREATH, true), work(15, 'first', 2, 2, true), rest('second', 2, 2, SECONDS_PER_BREATH, true),
      work(15, 'second', 2, 2, true),
    ]);
  });

  it('paces a breath-paced repetition at one slow breath (cat-cow), others at their own pace', () => {
    const catCow = holdPlan({ kind: 'reps', count: 8, sets: 1, perSide: false, pace: 'breath' });
    expect(catCow).toEqual([work(8 * SECONDS_PER_BREATH, null, 1, 1, true)]);
    expect(holdPlan({ kind: 'reps', count: 5, sets: 1, perSide: false, pace: 6 })[0]!.seconds).toBe(30);
    expect(holdPlan({ kind: 'reps', count: 8, sets: 1, perSide: false })[0]!.seconds).toBe(8 * SECONDS_PER_REP);
  });

  it('times an activity as a single phase of its own (looking far away, a walk), not a hold', () => {
    expect(holdPlan({ kind: 'timed', activity: 'look-far', seconds: 20 })).toEqual([{ ...work(20, null, 1, 1), activity: 'look-far' }]);
    expect(holdPlan({ kind: 'timed', activity: 'walk', seconds: 90 })).toEqual([{ ...work(90, null, 1, 1), activity: 'walk' }]);
  });

  it('knows which rests are a change of side', () => {
    const plan = holdPlan({ kind: 'hold', seconds: 15, reps: 2, perSide: true, sideOrder: 'one-side-first' });
    expect(plan.map((_, i) => switchesSide(plan, i))).toEqual([false, false, false, true, false, false, false]);
  });

  it('gives every exercise in the library a plan of sane length', () => {
    for (const e of EXERCISES) {
      for (const m of [0.5, 1, 2]) {
        const total = totalSeconds(holdPlan(doseAt(e, m).dose));
        expect(total, `${e.id} x${m}`).toBeGreaterThanOrEqual(5);
        expect(total, `${e.id} x${m}`).toBeLessThanOrEqual(6 * 60);
      }
    }
  });
});

describe('the hold setting', () => {
  it('scales holds and breaths, never repetition counts', () => {
    expect(scaledDose({ kind: 'hold', seconds: 20, reps: 1, perSide: false }, 0.5)).toMatchObject({ seconds: 10 });
    expect(scaledDose({ kind: 'hold', seconds: 6, reps: 1, perSide: false }, 0.5)).toMatchObject({ seconds: 5 });
    expect(scaledDose({ kind: 'breaths', breaths: 4, reps: 1, perSide: false }, 2)).toMatchObject({ breaths: 8 });
    expect(scaledDose({ kind: 'reps', count: 8, sets: 1, perSide: false }, 2)).toMatchObject({ count: 8 });
  });

  it('never takes a hold below its floor: the supported backbend stays at 3 minutes or more', () => {
    const backbend = exerciseDataById('supported-backbend')!;
    expect(doseAt(backbend, 0.5).dose).toMatchObject({ seconds: 180 });
    expect(doseAt(backbend, 2).dose).toMatchObject({ seconds: 360 });
  });

  it('keeps a timed activity inside the range its sources give: 20 s of looking away at least, a 1-2 minute walk', () => {
    for (const activity of ['look-far', 'eyes-closed', 'walk'] as const) {
      for (const m of [0.5, 0.75, 1, 1.5, 2]) {
        const dose = scaledDose({ kind: 'timed', activity, seconds: ACTIVITY_SECONDS[activity].min }, m) as { seconds: number };
        expect(dose.seconds).toBeGreaterThanOrEqual(ACTIVITY_SECONDS[activity].min);
        expect(dose.seconds).toBeLessThanOrEqual(ACTIVITY_SECONDS[activity].max);
      }
    }
    expect(doseAt(exerciseDataById('look-far')!, 0.5).dose).toMatchObject({ seconds: 20 });
    expect(doseAt(exerciseDataById('stand-and-walk')!, 0.5).dose).toMatchObject({ seconds: 60 });
    expect(doseAt(exerciseDataById('stand-and-walk')!, 2).dose).toMatchObject({ seconds: 120 });
  });

  it('runs a short version at the default hold and says so; harder holds run the full dose as the source gives it', () => {
    const squeeze = exerciseDataById('shoulder-blade-squeeze')!;
    expect(doseAt(squeeze, 1)).toEqual({ dose: squeeze.dose, shortVersion: true });
    expect(doseAt(squeeze, FULL_DOSE_FROM)).toEqual({ dose: squeeze.fullDose, shortVersion: false });
    expect(doseAt(squeeze, 2)).toEqual({ dose: { kind: 'hold', seconds: 30, reps: 1, perSide: false }, shortVersion: false });
    expect(doseAt(squeeze, 0.5).shortVersion).toBe(true);
    const neck = exerciseDataById('neck-release')!;
    expect(doseAt(neck, 2)).toEqual({ dose: { ...neck.dose, seconds: 40 }, shortVersion: false });
  });

  it('gives the seed cards their seed doses in full: twist 3-4 times a side, elbow stretch 3-5 times of 15-20 s, one 30 s squeeze', () => {
    expect(exerciseDataById('seated-twist')!.fullDose).toMatchObject({ kind: 'breaths', breaths: 4, reps: 3, perSide: true, centreBreath: true });
    expect(exerciseDataById('overhead-elbow-stretch')!.fullDose).toMatchObject({ kind: 'hold', seconds: 20, reps: 3, perSide: true, sideOrder: 'one-side-first' });
    expect(exerciseDataById('shoulder-blade-squeeze')!.fullDose).toMatchObject({ kind: 'hold', seconds: 30, reps: 1 });
    expect(exerciseDataById('cat-cow')!.dose).toMatchObject({ kind: 'reps', pace: 'breath' });
    expect(exerciseDataById('lower-back-rotation')!.dose).toMatchObject({ kind: 'reps', pace: 'breath', perSide: true });
  });
});

const doseArb: fc.Arbitrary<Dose> = fc.oneof(
  fc.record({
    kind: fc.constant('hold' as const), seconds: fc.integer({ min: 5, max: 180 }), reps: fc.integer({ min: 1, max: 5 }), perSide: fc.boolean(),
    sideOrder: fc.constantFrom('alternate' as const, 'one-side-first' as const),
  }),
  fc.record({ kind: fc.constant('breaths' as const), breaths: fc.integer({ min: 1, max: 12 }), reps: fc.integer({ min: 1, max: 3 }), perSide: fc.boolean(), centreBreath: fc.boolean() }),
  fc.record({
    kind: fc.constant('reps' as const), count: fc.integer({ min: 1, max: 20 }), sets: fc.integer({ min: 1, max: 3 }), perSide: fc.boolean(),
    pace: fc.oneof(fc.constant('breath' as const), fc.integer({ min: 2, max: 10 })),
  }),
  fc.record({ kind: fc.constant('timed' as const), activity: fc.constantFrom('look-far' as const, 'eyes-closed' as const, 'walk' as const), seconds: fc.integer({ min: 20, max: 120 }) }),
);

describe('timerAt (property)', () => {
  it('counts down within each phase, moves through phases in order, and ends finished at 100 %', () => {
    fc.assert(
      fc.property(doseArb, fc.double({ min: 0.5, max: 2, noNaN: true }), fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 2, maxLength: 20 }), (dose, mult, times) => {
        const plan = holdPlan(scaledDose(dose, mult));
        const total = totalSeconds(plan) * 1000;
        let prev = timerAt(plan, 0);
        expect(prev.phaseIndex).toBe(0);
        expect(prev.phase.rest).toBe(false);
        expect(prev.secondsLeft).toBe(plan[0]!.seconds);
        for (const t of [...times].sort((a, b) => a - b)) {
          const view = timerAt(plan, t);
          expect(view.phaseIndex).toBeGreaterThanOrEqual(prev.phaseIndex);
          expect(view.progress).toBeGreaterThanOrEqual(prev.progress);
          expect(view.secondsLeft).toBeGreaterThanOrEqual(0);
          expect(view.secondsLeft).toBeLessThanOrEqual(view.phase.seconds);
          expect(view.phaseElapsedMs).toBeGreaterThanOrEqual(0);
          expect(view.phaseElapsedMs).toBeLessThanOrEqual(view.phase.seconds * 1000);
          expect(view.finished).toBe(t >= total);
          prev = view;
        }
        expect(timerAt(plan, total).progress).toBe(1);
      }),
      { seed: 9, numRuns: 1000 },
    );
  });

  it('rests only between work phases, never first or last, never two in a row', () => {
    fc.assert(
      fc.property(doseArb, (dose) => {
        const plan = holdPlan(dose);
        expect(plan[0]!.rest).toBe(false);
        expect(plan.at(-1)!.rest).toBe(false);
        plan.forEach((p, i) => {
          if (p.rest) expect(plan[i + 1]!.rest).toBe(false);
          // A rest names the side and round that come next.
          if (p.rest) expect([plan[i + 1]!.side, plan[i + 1]!.round]).toEqual([p.side, p.round]);
        });
        const rounds = dose.kind === 'reps' ? dose.sets : dose.kind === 'timed' ? 1 : dose.reps;
        const sides = dose.kind !== 'timed' && dose.perSide ? 2 : 1;
        expect(plan.filter((p) => !p.rest)).toHaveLength(rounds * sides);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it('survives a pause: elapsed time comes from the stored clock, not from ticks', () => {
    let clock = startClock(stoppedClock, 1000);
    clock = pauseClock(clock, 6000);
    expect(elapsedOf(clock, 60_000)).toBe(5000);
    clock = startClock(clock, 10_000);
    expect(elapsedOf(clock, 12_500)).toBe(7500);
  });
});

describe('units: reps and breaths', () => {
  it('counts repetitions "2 of 8" as the phase runs', () => {
    const dose: Dose = { kind: 'reps', count: 8, sets: 1, perSide: false };
    const plan = holdPlan(dose);
    const per = unitSeconds(dose)!;
    expect(unitAt(timerAt(plan, 0), per)).toEqual({ index: 1, count: 8 });
    expect(unitAt(timerAt(plan, per * 1000 + 1), per)).toEqual({ index: 2, count: 8 });
    expect(unitAt(timerAt(plan, 8 * per * 1000 - 1), per)).toEqual({ index: 8, count: 8 });
    expect(unitSeconds({ kind: 'hold', seconds: 20, reps: 1, perSide: false })).toBeNull();
    expect(unitSeconds({ kind: 'timed', activity: 'look-far', seconds: 20 })).toBeNull();
    expect(unitSeconds({ kind: 'reps', count: 8, sets: 1, perSide: false, pace: 'breath' })).toBe(SECONDS_PER_BREATH);
  });

  it('paces a breath: empty at the start, full halfway (breathing in), empty again (breathing out)', () => {
    expect(breathAt(0).fullness).toBeCloseTo(0);
    expect(breathAt(0).inhaling).toBe(true);
    expect(breathAt(2500).fullness).toBeCloseTo(1);
    expect(breathAt(3000).inhaling).toBe(false);
    expect(breathAt(5000).fullness).toBeCloseTo(0);
    expect(breathAt(12_345).fullness).toBeCloseTo(breathAt(2345).fullness);
  });
});
