import { describe, expect, it } from 'vitest';
import type { BreakLogEntry } from '../../../core/schedule-types';
import { CHART_DAYS, computeStats, doneToday, historyCsv, historyCutoff, readEntry } from '../../../core/stats';
import { startOfDay } from '../../../core/time';

const MIN = 60_000;
/** Local time on a day relative to 2026-11-25 (a Wednesday). */
const at = (dayOffset: number, h: number, m = 0) => new Date(2026, 10, 25 + dayOffset, h, m).getTime();
const NOW = at(0, 15, 30);
const e = (when: number, outcome: BreakLogEntry['outcome'], sittingMin = 30, exerciseId?: string): BreakLogEntry =>
  ({ at: when, outcome, sittingMs: sittingMin * MIN, ...(exerciseId ? { exerciseId } : {}) });

describe('doneToday ("nice work" counts it)', () => {
  it('counts stretches done since local midnight, and agrees with the stats view', () => {
    const log = [e(at(-1, 23, 59), 'done'), e(at(0, 0, 1), 'done'), e(at(0, 9), 'skipped'), e(at(0, 10), 'done'), e(at(1, 9), 'done')];
    expect(doneToday(log, NOW)).toBe(2);
    expect(doneToday(log, NOW)).toBe(computeStats(log, NOW, 6).today.done);
    expect(doneToday([], NOW)).toBe(0);
  });
});

describe('computeStats', () => {
  it('counts today by outcome and finds the longest sitting stretch today', () => {
    const log = [
      e(at(-1, 22), 'done', 200), // yesterday: not today's longest
      e(at(0, 9), 'done', 30, 'neck-release'),
      e(at(0, 10), 'snoozed', 30),
      e(at(0, 10, 5), 'done', 35, 'seated-twist'),
      e(at(0, 12), 'skipped', 95),
      e(at(0, 13), 'away', 20),
    ];
    const s = computeStats(log, NOW, 6);
    expect(s.today).toMatchObject({ done: 2, skipped: 1, snoozed: 1, away: 1 });
    expect(s.longestSittingTodayMs).toBe(95 * MIN);
    expect(s.goalMetToday).toBe(false);
  });

  it('short breaks count apart: done ones in their own column, never towards the goal, the chart or the top stretches', () => {
    const short = (when: number, outcome: BreakLogEntry['outcome']): BreakLogEntry => ({ at: when, outcome, sittingMs: 20 * MIN, exerciseId: 'neck-release', kind: 'short' });
    const log = [short(at(0, 9), 'done'), short(at(0, 9, 20), 'skipped'), short(at(0, 11), 'done'), e(at(0, 10), 'done', 30, 'cobra')];
    const s = computeStats(log, NOW, 1);
    expect(s.today).toMatchObject({ done: 1, skipped: 0, short: 2 });
    expect(s.topExercises).toEqual([{ id: 'cobra', count: 1 }]);
    expect(computeStats([short(at(0, 9), 'done')], NOW, 1).goalMetToday).toBe(false);
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, kind: 'short' })).toEqual({ at: 5, outcome: 'done', sittingMs: 1, kind: 'short' });
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, kind: 'nap' })).toEqual({ at: 5, outcome: 'done', sittingMs: 1 });
    const csv = historyCsv([short(at(0, 9), 'done'), e(at(0, 13), 'away', 20)]).trimEnd().split('\r\n');
    expect(csv.slice(1).map((line) => line.split(',').at(-1))).toEqual(['short', '']);
  });

  it('the stretch going on now counts as today\'s longest once it outlasts the logged ones', () => {
    const log = [e(at(0, 9), 'done', 40)];
    expect(computeStats(log, NOW, 6, 25 * MIN).longestSittingTodayMs).toBe(40 * MIN);
    expect(computeStats(log, NOW, 6, 70 * MIN).longestSittingTodayMs).toBe(70 * MIN);
  });

  it('of a stretch begun before midnight, only its part since midnight is today\'s', () => {
    const justAfterMidnight = at(0, 0, 20);
    expect(computeStats([], justAfterMidnight, 6, 90 * MIN).longestSittingTodayMs).toBe(20 * MIN);
  });

  it('gives 14 days oldest first, today last, with empty days as zeros', () => {
    const s = computeStats([e(at(-13, 10), 'done'), e(at(-14, 10), 'done'), e(at(0, 8), 'skipped')], NOW, 6);
    expect(s.days).toHaveLength(CHART_DAYS);
    expect(s.days[0]).toEqual({ day: startOfDay(at(-13, 0)), done: 1, skipped: 0, snoozed: 0, away: 0, short: 0 });
    expect(s.days.at(-1)).toEqual({ day: startOfDay(NOW), done: 0, skipped: 1, snoozed: 0, away: 0, short: 0 });
    expect(s.days.slice(1, -1).every((d) => d.done + d.skipped + d.snoozed + d.away === 0)).toBe(true);
  });

  it('streak: consecutive days meeting the goal, today counted once met, a gap ends it', () => {
    const day = (offset: number, n: number) => Array.from({ length: n }, (_, i) => e(at(offset, 9 + i), 'done'));
    const log = [...day(-5, 2), ...day(-4, 2), ...day(-3, 1), ...day(-2, 2), ...day(-1, 3), ...day(0, 1)];
    expect(computeStats(log, NOW, 2).streak).toBe(2); // -2, -1; today not yet met; -3 broke it
    expect(computeStats([...log, ...day(0, 1).map((x) => ({ ...x, at: x.at + MIN }))], NOW, 2)).toMatchObject({ streak: 3, goalMetToday: true });
    expect(computeStats(log, NOW, 4).streak).toBe(0);
    // Skips, snoozes and time away do not count towards the goal.
    expect(computeStats([e(at(-1, 9), 'skipped'), e(at(-1, 10), 'away'), e(at(-1, 11), 'snoozed')], NOW, 1).streak).toBe(0);
  });

  it('ranks the most-done stretches (done only), at most five', () => {
    const ids = ['a', 'b', 'b', 'c', 'c', 'c', 'd', 'e', 'f'];
    const log = [...ids.map((id, i) => e(at(-2, 8 + i), 'done', 30, id)), e(at(-1, 9), 'skipped', 30, 'a'), e(at(-1, 10), 'skipped', 30, 'a')];
    expect(computeStats(log, NOW, 6).topExercises).toEqual([
      { id: 'c', count: 3 }, { id: 'b', count: 2 }, { id: 'a', count: 1 }, { id: 'd', count: 1 }, { id: 'e', count: 1 },
    ]);
  });

  it('ignores entries from the future (a clock that ran ahead)', () => {
    expect(computeStats([e(at(1, 9), 'done')], NOW, 1).today.done).toBe(0);
  });

  it('works across a daylight-saving change (days stay calendar days)', () => {
    const s = computeStats([], new Date(2026, 2, 30, 12).getTime(), 6);
    const dates = s.days.map((d) => new Date(d.day));
    expect(dates.every((d) => d.getHours() === 0)).toBe(true);
    expect(new Set(dates.map((d) => d.getDate())).size).toBe(CHART_DAYS);
  });
});

describe('readEntry', () => {
  it('accepts v1 records with or without v, rejects damaged ones, clamps sitting time', () => {
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 10 })).toEqual({ at: 5, outcome: 'done', sittingMs: 10 });
    expect(readEntry({ v: 1, at: 5, outcome: 'away', sittingMs: -3, exerciseId: 'cobra' })).toEqual({ at: 5, outcome: 'away', sittingMs: 0, exerciseId: 'cobra' });
    expect(readEntry({ v: 2, at: 5, outcome: 'done', sittingMs: 1 })).toBeNull();
    expect(readEntry({ at: 'x', outcome: 'done' })).toBeNull();
    expect(readEntry({ at: 5, outcome: 'exploded' })).toBeNull();
    expect(readEntry(null)).toBeNull();
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1e15 })?.sittingMs).toBe(86_400_000);
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: '=HYPERLINK()' })).toEqual({ at: 5, outcome: 'done', sittingMs: 1 });
  });
});

describe('own stretches in the log', () => {
  const OWN = 'own-mhx0a1b2-000001';

  it('an entry keeps an own stretch\'s name; a name on any other entry, or one no stretch could have, is dropped', () => {
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: OWN, exerciseName: 'Wall angels' }))
      .toEqual({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: OWN, exerciseName: 'Wall angels' });
    expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: 'cobra', exerciseName: 'Snake' })).toEqual({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: 'cobra' });
    for (const exerciseName of ['', '  ', 'x'.repeat(61), 42, null]) {
      expect(readEntry({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: OWN, exerciseName })).toEqual({ at: 5, outcome: 'done', sittingMs: 1, exerciseId: OWN });
    }
  });

  it('the stretches done most show an own stretch by the name the log kept last, deleted or not', () => {
    const log: BreakLogEntry[] = [
      { ...e(at(0, 9), 'done'), exerciseId: OWN, exerciseName: 'Wall angels' },
      { ...e(at(0, 10), 'done'), exerciseId: OWN, exerciseName: 'Wall angels, slow' },
      e(at(0, 11), 'done', 30, 'cobra'),
    ];
    expect(computeStats(log, NOW, 6).topExercises).toEqual([{ id: OWN, count: 2, name: 'Wall angels, slow' }, { id: 'cobra', count: 1 }]);
  });
});

describe('historyCutoff', () => {
  it('keeps about two years and never anything recent', () => {
    const cutoff = historyCutoff(NOW);
    expect(NOW - cutoff).toBeGreaterThan(730 * 86_400_000);
    expect(NOW - cutoff).toBeLessThan(733 * 86_400_000);
  });
});

describe('historyCsv', () => {
  it('writes a header and one row per entry, oldest first, safe for spreadsheets', () => {
    const csv = historyCsv([e(at(0, 10), 'done', 31.5, 'neck-release'), e(at(0, 9), 'skipped', 5)]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('time_utc,local_time,outcome,sitting_minutes,exercise,kind');
    expect(lines[1]).toBe(`${new Date(at(0, 9)).toISOString()},2026-11-25 09:00,skipped,5.0,,stretch`);
    expect(lines[2]).toBe(`${new Date(at(0, 10)).toISOString()},2026-11-25 10:00,done,31.5,neck-release,stretch`);
    const hostile = historyCsv([{ at: at(0, 9), outcome: 'done', sittingMs: 0, exerciseId: '=cmd|"x",y' }]);
    expect(hostile).toContain(`"'=cmd|""x"",y"`);
  });
});
