/**
 * Property tests of the scheduler on focused days (schedule-world.ts): an undisturbed day at the
 * desk, and calls over due breaks with the meeting hold. Seeded, thousands of runs; a file of their
 * own so they run beside the random histories of schedule.property.test.ts.
 */
process.env.TZ = 'Europe/Berlin';

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALL_DAY, coverage, MIN, RUNS, SEC, SEED, settingsArb, startArb, World, type AlarmMode, type Op } from './schedule-world';

describe('scheduler properties on focused days (seeded)', () => {
  it(`an undisturbed day at the desk: every nudge between interval and interval + 1 min after Done (${RUNS} runs)`, () => {
    const quietOp: fc.Arbitrary<Op> = fc.oneof(
      { weight: 8, arbitrary: fc.record({ k: fc.constant('pass' as const), ms: fc.integer({ min: SEC, max: 10 * MIN }), alarm: fc.constantFrom<AlarmMode>('ontime', 'dup', 'early'), skew: fc.integer({ min: SEC, max: 30 * SEC }) }) },
      { weight: 3, arbitrary: fc.constant({ k: 'restart' as const }) },
      { weight: 2, arbitrary: fc.constant({ k: 'answer' as const, action: 'done' as const }) },
      { weight: 1, arbitrary: fc.constant({ k: 'spuriousAlarm' as const }) },
      { weight: 1, arbitrary: fc.constant({ k: 'answer' as const, action: 'dismiss-stale' as const }) },
    );
    const allDay = settingsArb.map((s) => ({ ...s, ...ALL_DAY }));
    fc.assert(
      fc.property(startArb, allDay, fc.array(quietOp, { minLength: 1, maxLength: 120, size: 'max' }), (start, settings, ops) => {
        const world = new World(start, settings);
        for (const op of ops) world.run(op);
        world.pass(settings.intervalMin * MIN + 2 * MIN, 'ontime', SEC);
        // With nothing in the way, the cycle must have nudged by now.
        expect(world.nudgedThisCycle || !world.cycleClean).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 120_000);

  it(`calls over due breaks: the meeting hold never loses one and never holds it past the call's end plus the grace (${RUNS} runs)`, () => {
    const callOp: fc.Arbitrary<Op> = fc.oneof(
      { weight: 6, arbitrary: fc.record({ k: fc.constant('pass' as const), ms: fc.integer({ min: SEC, max: 20 * MIN }), alarm: fc.constantFrom<AlarmMode>('ontime', 'dup'), skew: fc.constant(SEC) }) },
      { weight: 4, arbitrary: fc.boolean().map((on) => ({ k: 'attention' as const, fullscreen: false, audible: on, meeting: on })) },
      // The meeting tab is the active tab of the focused window: in a call, silent.
      { weight: 1, arbitrary: fc.boolean().map((on) => ({ k: 'attention' as const, fullscreen: false, audible: false, meeting: on })) },
      { weight: 2, arbitrary: fc.constant({ k: 'restart' as const }) },
      { weight: 2, arbitrary: fc.record({ k: fc.constant('answer' as const), action: fc.constantFrom('done' as const, 'snooze' as const, 'dismiss' as const) }) },
      { weight: 1, arbitrary: fc.constant({ k: 'spuriousAlarm' as const }) },
    );
    const meetings = settingsArb.map((s) => ({ ...s, ...ALL_DAY, holdDuringMeetings: true }));
    const before = coverage.releasedByGrace;
    fc.assert(
      fc.property(startArb, meetings, fc.array(callOp, { minLength: 1, maxLength: 80, size: 'max' }), (start, settings, ops) => {
        const world = new World(start, settings);
        for (const op of ops) world.run(op);
        world.run({ k: 'attention', fullscreen: false, audible: false, meeting: false });
        world.pass(settings.meetingGraceMin * MIN + 2 * MIN, 'ontime', SEC);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(coverage.releasedByGrace - before).toBeGreaterThan(RUNS / 4);
  }, 120_000);

});
