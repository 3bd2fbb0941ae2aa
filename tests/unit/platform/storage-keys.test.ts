/** Stored state is untrusted: garbage under every key Limber keeps yields a fresh count (settings kept), never a throw. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState, reduce } from '../../../core/schedule';
import { repairSchedule } from '../../../core/schedule-repair';
import { SCHEDULE_VERSION } from '../../../core/schedule-types';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { KEYS } from '../../../platform/storage-keys';
import { loadSchedule, saveSchedule } from '../../../platform/schedule-store';
import { takeNextExercise } from '../../../platform/rotation-store';
import { storedBreakWindow } from '../../../platform/break-window';
import { loadSettings } from '../../../platform/settings-store';

const NOW = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;

const valid = () => ({ ...initialState(NOW - 10 * MIN), sitMs: 10 * MIN, lastBreakId: 7 });

const GARBAGE: unknown[] = [
  null, 0, -1, 1e308, 'schedule', '', true, [], [1, 2], {}, { v: 1 }, { v: 2 },
  { ...valid(), v: SCHEDULE_VERSION + 1 },
  { ...valid(), v: 0 },
  { ...valid(), v: '2' },
  { ...valid(), sitMs: -5 },
  { ...valid(), sitMs: 'ten' },
  { ...valid(), seenAt: null },
  { ...valid(), away: { since: 'yesterday', reset: false } },
  { ...valid(), away: { since: 1 } },
  { ...valid(), due: { breakId: 'x', since: 1 } },
  { ...valid(), due: { breakId: 1, since: 1, shownAt: 'now', attempt: 0 } },
  { ...valid(), due: { breakId: 1, since: 1, shownAt: 1, attempt: 7 } },
  { ...valid(), due: [] },
  { ...valid(), snoozedUntil: -3 },
  { ...valid(), snoozesInRow: 1.5 },
  { ...valid(), paused: { until: 'later' } },
  { ...valid(), paused: 1 },
  { ...valid(), offHours: 'no' },
  { ...valid(), lastBreakId: -1 },
  { ...valid(), attention: { fullscreen: 1 } },
  { ...valid(), idleWhileAudible: 'yes' },
  { ...valid(), headsUpGiven: 0 },
  { ...valid(), answered: 'a1' },
  { ...valid(), answered: [1, 2] },
  { ...valid(), answered: ['not an id'] },
  { ...valid(), answered: undefined },
];

beforeEach(() => fakeBrowser.reset());

describe('storage repair: garbage under every key', () => {
  it.each(GARBAGE.map((g) => [JSON.stringify(g), g]))('schedule = %s: a fresh count, never a throw', async (_name, garbage) => {
    await fakeBrowser.storage.local.set({ [KEYS.schedule]: garbage });
    const state = await loadSchedule(NOW);
    expect(state.sitMs).toBe(0);
    expect(state.seenAt).toBe(NOW);
    expect(state.due).toBeNull();
    expect(state.paused).toBeNull();
    // And the scheduler runs on from it.
    const { effects } = reduce(state, { type: 'startup' }, NOW, DEFAULT_SETTINGS);
    expect(effects).toContainEqual({ type: 'badge', badge: { text: '30', tone: 'counting' } });
  });

  it('keeps the break numbering moving on when only part of the state is bad', () => {
    const { state, repaired } = repairSchedule({ ...valid(), sitMs: -5 }, NOW);
    expect(repaired).toBe(true);
    expect(state.lastBreakId).toBe(7);
  });

  it('a whole stored state survives as it is', async () => {
    await saveSchedule(valid());
    expect(await loadSchedule(NOW)).toEqual(valid());
  });

  it('drops foreign keys and survives hostile objects', () => {
    const { state } = repairSchedule({ ...valid(), __proto__: { polluted: true }, extra: 1 }, NOW);
    expect(Object.keys(state)).not.toContain('extra');
    const hostile = new Proxy({}, { get() { throw new Error('boom'); }, has() { throw new Error('boom'); } });
    expect(() => repairSchedule(hostile, NOW)).not.toThrow();
    expect(repairSchedule(hostile, NOW).state.sitMs).toBe(0);
    expect(repairSchedule(valid(), Number.NaN).state.sitMs).toBe(10 * MIN);
  });

  it.each(GARBAGE.map((g) => [JSON.stringify(g), g]))('rotation = %s: the next exercise still comes', async (_name, garbage) => {
    await fakeBrowser.storage.local.set({ [KEYS.rotation]: garbage });
    const id = await takeNextExercise(DEFAULT_SETTINGS);
    expect(typeof id).toBe('string');
  });

  it('takes asked for at the same moment (a nudge, the shortcut, a popup) each get a different exercise', async () => {
    const ids = await Promise.all([1, 2, 3, 4].map(() => takeNextExercise(DEFAULT_SETTINGS)));
    expect(new Set(ids).size).toBe(4);
  });

  it('rotation with unknown or disabled ids: they are skipped', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.rotation]: { queue: ['no-such-stretch', 'x'], last: 'gone' } });
    const id = await takeNextExercise(DEFAULT_SETTINGS);
    expect(id).not.toBe('no-such-stretch');
    expect(typeof id).toBe('string');
  });

  it.each(GARBAGE.map((g) => [JSON.stringify(g), g]))('breakWindow = %s: read as "no window", never a throw', async (_name, garbage) => {
    await fakeBrowser.storage.session.set({ [KEYS.breakWindow]: garbage });
    await expect(storedBreakWindow()).resolves.toBeNull();
  });

  it.each(GARBAGE.map((g) => [JSON.stringify(g), g]))('settings = %s: defaults per field, never a throw', async (_name, garbage) => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: garbage });
    const settings = await loadSettings();
    expect(settings.intervalMin).toBe(DEFAULT_SETTINGS.intervalMin);
  });
});
