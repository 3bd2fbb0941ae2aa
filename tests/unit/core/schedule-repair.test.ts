/** The stored schedule's versions: each older one is migrated by small steps, a newer or unknown one restarts the count. */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../core/schedule';
import { SCHEDULE_MIGRATIONS, parseScheduleState, repairSchedule } from '../../../core/schedule-repair';
import { SCHEDULE_VERSION } from '../../../core/schedule-types';

const NOW = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;

/** A version 1 state as the first release wrote it: no held or repeated nudges, no attention, no heads-up, no sleep. */
const FIRST_V1 = {
  v: 1, sitMs: 12 * MIN, seenAt: NOW - MIN, away: null, due: { breakId: 7, since: NOW - MIN },
  snoozedUntil: null, snoozesInRow: 1, paused: null, offHours: false, lastBreakId: 7,
};

describe('schedule migrations', () => {
  it('has one step per version after the first', () => {
    expect(SCHEDULE_MIGRATIONS).toHaveLength(SCHEDULE_VERSION - 1);
    expect(initialState(NOW).v).toBe(SCHEDULE_VERSION);
  });

  it('v1 as first written -> v3: the due break counts as shown and repeated; later fields take their defaults', () => {
    const { state, repaired } = repairSchedule(FIRST_V1, NOW);
    expect(repaired).toBe(false);
    expect(state).toEqual({
      ...FIRST_V1, v: 3,
      due: { breakId: 7, since: NOW - MIN, shownAt: NOW - MIN, attempt: 1 },
      attention: { fullscreen: false, audible: false }, idleWhileAudible: null, headsUpGiven: false, silence: null,
      answered: [],
    });
  });

  it('v1 as last written (every field there) -> v2 keeps every value', () => {
    const lastV1 = {
      ...FIRST_V1, due: { breakId: 7, since: NOW - MIN, shownAt: null, attempt: 0 },
      attention: { fullscreen: true, audible: false }, idleWhileAudible: NOW - 2 * MIN, headsUpGiven: true, silence: { from: NOW - 3 * MIN, to: NOW - MIN },
    };
    expect(parseScheduleState(lastV1)).toEqual({ ...lastV1, v: 3, answered: [] });
  });

  it('v2 -> v3: no answer handled yet; a v3 state keeps the ones it lists', () => {
    const { answered: _none, ...v2 } = { ...initialState(NOW), v: 2 };
    expect(parseScheduleState(v2)).toEqual({ ...initialState(NOW), v: 3, answered: [] });
    const v3 = { ...initialState(NOW), answered: ['a1', 'b-2'] };
    expect(parseScheduleState(v3)).toEqual(v3);
  });

  it('each step is pure: the stored value is not changed', () => {
    const stored = JSON.parse(JSON.stringify(FIRST_V1));
    for (const step of SCHEDULE_MIGRATIONS) step(stored);
    expect(stored).toEqual(FIRST_V1);
  });

  it('a version newer than this one, or none, is not guessed at: a fresh count that keeps the numbering', () => {
    for (const v of [SCHEDULE_VERSION + 1, 0, undefined, '1']) {
      const { state, repaired } = repairSchedule({ ...initialState(NOW), lastBreakId: 9, v }, NOW);
      expect(repaired).toBe(true);
      expect(state.lastBreakId).toBe(9);
    }
  });
});
