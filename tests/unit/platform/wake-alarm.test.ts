/** The scheduler's single wake alarm: left alone when on time, re-armed when missing, past, early or implausible. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alarmStillGood, clearWake, ensureWakeAt, WAKE_ALARM, wakeIsArmed } from '../../../platform/wake-alarm';

const NOW = Date.UTC(2026, 10, 25, 9);

beforeEach(() => fakeBrowser.reset());

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
