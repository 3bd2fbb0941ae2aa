/** The stored schedule's versions: each older one is migrated by small steps, a newer or unknown one restarts the count. */
import { describe, expect, it } from 'vitest';
import { initialState } from '../../../core/schedule';
import { SCHEDULE_MIGRATIONS, parseScheduleState, repairSchedule } from '../../../core/schedule-repair';
import { SCHEDULE_VERSION } from '../../../core/schedule-types';

const NOW = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;
/** What version 4 added, as a state from before it reads: no short count yet, no meeting, nothing to say of the last break. */
const V4_DEFAULTS = { shortSinceMs: 0, meeting: { inCall: false, endedAt: null }, naturalBreak: null, skipped: null };

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

  it('v1 as first written -> v4: the due break counts as shown and repeated (a stretch break); later fields take their defaults', () => {
    const { state, repaired } = repairSchedule(FIRST_V1, NOW);
    expect(repaired).toBe(false);
    expect(state).toEqual({
      ...FIRST_V1, v: 4,
      due: { breakId: 7, kind: 'stretch', since: NOW - MIN, shownAt: NOW - MIN, attempt: 1 },
      attention: { fullscreen: false, audible: false }, idleWhileAudible: null, headsUpGiven: false, silence: null,
      answered: [], ...V4_DEFAULTS,
    });
  });

  it('v1 as last written (every field there) -> v2 keeps every value', () => {
    const lastV1 = {
      ...FIRST_V1, due: { breakId: 7, since: NOW - MIN, shownAt: null, attempt: 0 },
      attention: { fullscreen: true, audible: false }, idleWhileAudible: NOW - 2 * MIN, headsUpGiven: true, silence: { from: NOW - 3 * MIN, to: NOW - MIN },
    };
    expect(parseScheduleState(lastV1)).toEqual({ ...lastV1, v: 4, answered: [], due: { ...lastV1.due, kind: 'stretch' }, ...V4_DEFAULTS });
  });

  it('v2 -> v3: no answer handled yet; a v3 state keeps the ones it lists', () => {
    const { answered: _none, shortSinceMs: _s, meeting: _m, naturalBreak: _n, skipped: _k, ...v2 } = { ...initialState(NOW), v: 2 };
    expect(parseScheduleState(v2)).toEqual({ ...initialState(NOW), answered: [] });
    const { shortSinceMs: _s3, meeting: _m3, naturalBreak: _n3, skipped: _k3, ...v3 } = { ...initialState(NOW), v: 3, answered: ['a1', 'b-2'] };
    expect(parseScheduleState(v3)).toEqual({ ...initialState(NOW), answered: ['a1', 'b-2'] });
  });

  it('v3 -> v4: a break due is a stretch break; no short count, meeting or last break yet; a v4 state keeps its own', () => {
    const { shortSinceMs: _s, meeting: _m, naturalBreak: _n, skipped: _k, ...v3 } = {
      ...initialState(NOW), v: 3, sitMs: 10 * MIN, lastBreakId: 7, due: { breakId: 7, since: NOW - MIN, shownAt: NOW - MIN, attempt: 0 },
    };
    const { state, repaired } = repairSchedule(v3, NOW);
    expect(repaired).toBe(false);
    expect(state).toMatchObject({ v: 4, due: { breakId: 7, kind: 'stretch' }, ...V4_DEFAULTS });
    const v4 = {
      ...initialState(NOW), sitMs: 10 * MIN, shortSinceMs: 5 * MIN, lastBreakId: 7, due: { breakId: 7, kind: 'short' as const, since: NOW, shownAt: null, attempt: 0 as const },
      meeting: { inCall: false, endedAt: NOW - MIN }, naturalBreak: { at: NOW - 9 * MIN, reported: true }, skipped: { at: NOW - 2 * MIN, exerciseId: 'cobra' },
    };
    expect(parseScheduleState(v4)).toEqual(v4);
  });

  it('a malformed v4 field (an unknown break kind, a meeting without its flag, a hostile card id) restarts the count', () => {
    const v4 = { ...initialState(NOW), sitMs: 10 * MIN, lastBreakId: 7 };
    expect(repairSchedule({ ...v4, due: { breakId: 7, kind: 'nap', since: NOW, shownAt: NOW, attempt: 0 } }, NOW).repaired).toBe(true);
    expect(repairSchedule({ ...v4, meeting: { endedAt: NOW } }, NOW).repaired).toBe(true);
    expect(repairSchedule({ ...v4, skipped: { at: NOW, exerciseId: '<script>' } }, NOW).repaired).toBe(true);
    // The short count never runs ahead of the sitting count it is part of.
    expect(repairSchedule({ ...v4, shortSinceMs: 99 * MIN }, NOW).state.shortSinceMs).toBe(10 * MIN);
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
