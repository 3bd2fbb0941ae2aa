import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadSettings, saveSettings } from '../../../platform/settings-store';
import { createSettingsWriter } from '../../../platform/settings-writer';

describe('the coalescing settings writer (storage.sync quotas)', () => {
  let writes: { at: number; settings: Partial<Settings> }[];
  const write = async (settings: Partial<Settings>) => {
    writes.push({ at: Date.now(), settings });
  };
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
    writes = [];
  });
  afterEach(() => vi.useRealTimers());

  const maxInAnyMinute = () => Math.max(0, ...writes.map((w) => writes.filter((x) => x.at >= w.at && x.at < w.at + 60_000).length));

  it('typing a value writes once, after the pause, with the final value', async () => {
    const writer = createSettingsWriter(write);
    for (const [i, text] of ['1', '12', '120'].entries()) {
      void writer.save({ ...DEFAULT_SETTINGS, intervalMin: Number(text) }, 700);
      await vi.advanceTimersByTimeAsync(i === 2 ? 0 : 150);
    }
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(700);
    expect(writes.map((w) => w.settings.intervalMin)).toEqual([120]);
  });

  it('a minute of non-stop changes stays far under 120 writes a minute', async () => {
    const writer = createSettingsWriter(write);
    for (let i = 0; i < 600; i += 1) {
      void writer.save({ ...DEFAULT_SETTINGS, sound: i % 2 === 0 });
      await vi.advanceTimersByTimeAsync(100); // ten toggles a second for a minute
    }
    await vi.advanceTimersByTimeAsync(2000);
    expect(maxInAnyMinute()).toBeLessThanOrEqual(41);
    expect(writes.at(-1)?.settings.sound).toBe(false); // the last change wins
  });

  it('flush writes the pending value at once; cancel drops it', async () => {
    const writer = createSettingsWriter(write);
    void writer.save({ ...DEFAULT_SETTINGS, intervalMin: 50 }, 700);
    await writer.flush();
    expect(writes).toHaveLength(1);
    void writer.save({ ...DEFAULT_SETTINGS, intervalMin: 60 }, 700);
    writer.cancel();
    expect(writer.pending()).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(writes).toHaveLength(1);
  });

  it('a failed write rejects the waiting saves', async () => {
    const writer = createSettingsWriter(async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM');
    });
    const saved = writer.save(DEFAULT_SETTINGS);
    const check = expect(saved).rejects.toThrow(/QUOTA/);
    await vi.advanceTimersByTimeAsync(10);
    await check;
  });
});

describe('the default writer writes only the changed fields', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a change made elsewhere to another field meanwhile', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const writer = createSettingsWriter(undefined, 0);
    const pending = writer.save({ intervalMin: 50 }, 20);
    await saveSettings({ ...DEFAULT_SETTINGS, sound: true }); // another options tab, or sync from another device
    await pending;
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, intervalMin: 50, sound: true });
  });

  it('merges changes queued together, the latest value of each field winning', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    const writer = createSettingsWriter(undefined, 0);
    void writer.save({ intervalMin: 50 }, 20);
    void writer.save({ sound: true }, 20);
    await writer.save({ intervalMin: 55 }, 20);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, intervalMin: 55, sound: true });
  });

  it('refuses a bad patch without writing', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, intervalMin: 40 });
    const writer = createSettingsWriter(undefined, 0);
    await expect(writer.save({ intervalMin: 4 })).rejects.toThrow(/intervalMin/);
    expect((await loadSettings()).intervalMin).toBe(40);
  });
});
