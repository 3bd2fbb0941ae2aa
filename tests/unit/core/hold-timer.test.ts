import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  breathAt, elapsedOf, holdPlan, pauseClock, startClock, stoppedClock, timerAt, totalSeconds, unitAt, unitSeconds,
  SECONDS_PER_BREATH, SECONDS_PER_REP,
} from '../../../core/hold-timer';
import type { Dose } from '../../../core/exercise';
import { EXERCISE_DATA as EXERCISES } from '../../../data/exercises';

describe('holdPlan', () => {
  it('runs a per-side hold as two timed phases, first side then second', () => {
    const plan = holdPlan({ kind: 'hold', seconds: 20, reps: 1, perSide: true });
    expect(plan).toEqual([
      { seconds: 20, side: 'first', round: 1, rounds: 1 },
      { seconds: 20, side: 'second', round: 1, rounds: 1 },
    ]);
  });

  it('repeats rounds ("2 of 3") and scales holds and breaths, never rep counts', () => {
    const rounds = holdPlan({ kind: 'hold', seconds: 10, reps: 3, perSide: false });
    expect(rounds.map((p) => `${p.round} of ${p.rounds}`)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(holdPlan({ kind: 'hold', seconds: 20, reps: 1, perSide: false }, 0.5)[0]!.seconds).toBe(10);
    expect(holdPlan({ kind: 'hold', seconds: 6, reps: 1, perSide: false }, 0.5)[0]!.seconds).toBe(5);
    expect(holdPlan({ kind: 'breaths', breaths: 4, reps: 1, perSide: false }, 2)[0]!.seconds).toBe(8 * SECONDS_PER_BREATH);
    expect(holdPlan({ kind: 'reps', count: 8, sets: 1, perSide: false }, 2)[0]!.seconds).toBe(8 * SECONDS_PER_REP);
  });

  it('gives every exercise in the library a plan of sane length', () => {
    for (const e of EXERCISES) {
      const total = totalSeconds(holdPlan(e.dose));
      expect(total, e.id).toBeGreaterThanOrEqual(5);
      expect(total, e.id).toBeLessThanOrEqual(6 * 60);
    }
  });
});

const doseArb: fc.Arbitrary<Dose> = fc.oneof(
  fc.record({ kind: fc.constant('hold' as const), seconds: fc.integer({ min: 5, max: 180 }), reps: fc.integer({ min: 1, max: 5 }), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant('breaths' as const), breaths: fc.integer({ min: 1, max: 12 }), reps: fc.integer({ min: 1, max: 3 }), perSide: fc.boolean() }),
  fc.record({ kind: fc.constant('reps' as const), count: fc.integer({ min: 1, max: 20 }), sets: fc.integer({ min: 1, max: 3 }), perSide: fc.boolean() }),
);

describe('timerAt (property)', () => {
  it('counts down within each phase, moves through phases in order, and ends finished at 100 %', () => {
    fc.assert(
      fc.property(doseArb, fc.double({ min: 0.5, max: 2, noNaN: true }), fc.array(fc.integer({ min: 0, max: 2_000_000 }), { minLength: 2, maxLength: 20 }), (dose, mult, times) => {
        const plan = holdPlan(dose, mult);
        const total = totalSeconds(plan) * 1000;
        let prev = timerAt(plan, 0);
        expect(prev.phaseIndex).toBe(0);
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
