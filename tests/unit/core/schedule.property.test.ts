/**
 * Property tests of the scheduler against a model of time: random sequences of activity, idle,
 * lock, sleep (time passing with no events), clock jumps both ways, alarms (on time, early, late,
 * duplicated, lost), restarts (state through JSON + a startup event), pauses, snoozes, answers,
 * presenting, web meetings, "I just took a break" and settings changes (short breaks, firmness and
 * the meeting hold among them). Seeded, thousands of runs. Answers come as a page sends them:
 * with an id and the break they answer, sometimes again (a retry), for an old break, or with the
 * worker restarting in the middle of applying one (before or after the state was saved).
 */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScheduleState, repairSchedule } from '../../../core/schedule-repair';
import { coverage, opArb, runScenario, RUNS, SEED, settingsArb, startArb } from './schedule-world';

describe('scheduler properties (seeded)', () => {
  it(`holds every invariant over ${RUNS} random histories`, () => {
    fc.assert(
      fc.property(startArb, settingsArb, fc.array(opArb, { minLength: 1, maxLength: 120, size: 'max' }), (start, settings, ops) => {
        runScenario(start, settings, ops);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The invariants were exercised, not passed vacuously.
    console.log('property coverage', coverage);
    expect(coverage.runs).toBeGreaterThanOrEqual(RUNS);
    expect(coverage.secondNudges).toBeGreaterThan(RUNS / 2);
    expect(coverage.onTimeNudges).toBeGreaterThan(RUNS / 4);
    expect(coverage.awayRestarts).toBeGreaterThan(RUNS / 10);
    expect(coverage.clockJumps).toBeGreaterThan(RUNS);
    expect(coverage.sleeps).toBeGreaterThan(RUNS);
    expect(coverage.restarts).toBeGreaterThan(RUNS);
    expect(coverage.held).toBeGreaterThan(RUNS / 20);
    expect(coverage.repeats).toBeGreaterThan(RUNS / 2);
    expect(coverage.shortNudges).toBeGreaterThan(RUNS / 2);
    expect(coverage.shortStretchSpacings).toBeGreaterThan(RUNS / 4);
    expect(coverage.shortShortSpacings).toBeGreaterThan(RUNS / 4);
    expect(coverage.tookBreaks).toBeGreaterThan(RUNS / 2);
    expect(coverage.shortRestarts).toBeGreaterThan(RUNS / 4);
    expect(coverage.callEnds).toBeGreaterThan(RUNS / 10);
    // The focused run of calls below puts the grace period to the test far more often.
    expect(coverage.releasedByGrace).toBeGreaterThan(RUNS / 300);
    expect(coverage.heldReleased).toBeGreaterThan(RUNS / 20);
    expect(coverage.answersAgain).toBeGreaterThan(RUNS);
    expect(coverage.staleAnswers).toBeGreaterThan(RUNS / 2);
    expect(coverage.restartsMidAnswer).toBeGreaterThan(RUNS / 2);
  }, 120_000);

  it(`repair never throws and always yields a whole state, whatever is stored (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), fc.integer({ min: 0, max: 4_000_000_000_000 }), (raw, now) => {
        const { state } = repairSchedule(raw, now);
        expect(parseScheduleState(state)).toEqual(state);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);
});
