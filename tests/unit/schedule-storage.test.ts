/**
 * Stored state is untrusted: garbage under every key Limber keeps yields a fresh count (settings
 * kept), never a throw; and the wake alarm is never reset while live, never set in the past.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState, reduce } from '../../core/schedule';
import { repairSchedule } from '../../core/schedule-repair';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { KEYS } from '../../platform/storage-keys';
import { loadSchedule, saveSchedule } from '../../platform/schedule-store';
import { takeNextExercise } from '../../platform/rotation-store';
import { storedBreakWindow } from '../../platform/break-window';
import { loadSettings } from '../../platform/settings-store';
import { alarmStillGood, clearWake, ensureWakeAt, WAKE_ALARM, wakeIsArmed } from '../../platform/wake-alarm';

const NOW = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;

const valid = () => ({ ...initialState(NOW - 10 * MIN), sitMs: 10 * MIN, lastBreakId: 7 });

const GARBAGE: unknown[] = [
  null, 0, -1, 1e308, 'schedule', '', true, [], [1, 2], {}, { v: 1 }, { v: 2 },
  { ...valid(), v: 2 },
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

  it('a whole stored state survives as it is; a state from before held nudges gets defaults', async () => {
    await saveSchedule(valid());
    expect(await loadSchedule(NOW)).toEqual(valid());
    const legacy: Record<string, unknown> = { ...valid(), due: { breakId: 7, since: NOW - MIN } };
    delete legacy.attention;
    delete legacy.idleWhileAudible;
    delete legacy.headsUpGiven;
    delete legacy.answered;
    const { state, repaired } = repairSchedule(legacy, NOW);
    expect(repaired).toBe(false);
    expect(state.answered).toEqual([]);
    expect(state.due).toEqual({ breakId: 7, since: NOW - MIN, shownAt: NOW - MIN, attempt: 1 });
    expect(state.attention).toEqual({ fullscreen: false, audible: false });
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
    await fakeBrowser.storage.local.set({ [KEYS.breakWindow]: garbage });
    await expect(storedBreakWindow()).resolves.toBeNull();
  });

  it.each(GARBAGE.map((g) => [JSON.stringify(g), g]))('settings = %s: defaults per field, never a throw', async (_name, garbage) => {
    await fakeBrowser.storage.sync.set({ [KEYS.settings]: garbage });
    const settings = await loadSettings();
    expect(settings.intervalMin).toBe(DEFAULT_SETTINGS.intervalMin);
  });
});

describe('the wake alarm (platform traps)', () => {
  it('a live alarm at the wanted time is left alone on every worker start', async () => {
    await ensureWakeAt(NOW + 60_000, NOW);
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    // Restarts 10 s and 50 s later want the same wake: nothing is re-created, so it still fires.
    await ensureWakeAt(NOW + 60_000, NOW + 10_000);
    await ensureWakeAt(NOW + 60_200, NOW + 50_000);
    expect(create).not.toHaveBeenCalled();
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 60_000);
  });

  it('an early alarm (the minute repeat during a pause) moves to the wanted time: a paused hour wakes once', async () => {
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW + 60_000, periodInMinutes: 1 });
    await ensureWakeAt(NOW + 3_600_000, NOW);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 3_600_000);
  });

  it('a fresh worker trusts a live, plausible alarm and checks the schedule otherwise', async () => {
    expect(await wakeIsArmed(NOW)).toBe(false);
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW + 60_000 });
    expect(await wakeIsArmed(NOW)).toBe(true);
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW + 30 * 24 * 3_600_000 });
    expect(await wakeIsArmed(NOW)).toBe(false);
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW - 60_000 });
    expect(await wakeIsArmed(NOW)).toBe(false);
  });

  it('re-arms a missing alarm, one in the past, and one implausibly far ahead (clock set back)', async () => {
    await ensureWakeAt(NOW + 60_000, NOW);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 60_000);
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW - 5_000 });
    await ensureWakeAt(NOW + 60_000, NOW);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 60_000);
    await fakeBrowser.alarms.create(WAKE_ALARM, { when: NOW + 3_600_000 });
    await ensureWakeAt(NOW + 60_000, NOW);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 60_000);
  });

  it('never schedules in the past (Firefox would never fire it)', async () => {
    await ensureWakeAt(NOW - 60_000, NOW);
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))!.scheduledTime).toBeGreaterThan(NOW);
  });

  it('alarmStillGood: only the wanted time (within rounding) will do; early, late or past will not', () => {
    expect(alarmStillGood(NOW + 10_000, NOW + 60_000, NOW)).toBe(false);
    expect(alarmStillGood(NOW + 60_400, NOW + 60_000, NOW)).toBe(true);
    expect(alarmStillGood(NOW + 61_000, NOW + 60_000, NOW)).toBe(false);
    expect(alarmStillGood(NOW, NOW + 60_000, NOW)).toBe(false);
  });
});

describe('the wake alarm repeats', () => {
  it('every minute after its first firing, so a worker stopped mid-event comes back; cleared with the wake', async () => {
    await ensureWakeAt(NOW + 20_000, NOW);
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toMatchObject({ scheduledTime: NOW + 20_000, periodInMinutes: 1 });
    await clearWake();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
