/** Settings in storage.sync (storage.local without sync): versioned on save, repaired on load, never a bad value written. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../core/settings';
import { loadSettings, saveSettings } from '../../../platform/settings-store';
import { V0_FIXTURE } from '../settings-v0';

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves to storage.sync with a version and loads back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, intervalMin: 60 });
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    expect(stored).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, intervalMin: 60 });
    expect((await loadSettings()).intervalMin).toBe(60);
  });

  it('refuses to write a bad value and leaves storage as it was', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, intervalMin: 40 });
    const before = await fakeBrowser.storage.sync.get('settings');
    for (const bad of [NaN, 1e9, -5, 2.5]) {
      await expect(saveSettings({ ...DEFAULT_SETTINGS, intervalMin: bad })).rejects.toThrow(/intervalMin/);
    }
    await expect(saveSettings({ ...DEFAULT_SETTINGS, nudgeStyle: 'siren' as never })).rejects.toThrow(/nudgeStyle/);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual(before);
  });

  it('loads a v0 fixture from storage as v1 settings', async () => {
    await fakeBrowser.storage.sync.set({ settings: V0_FIXTURE });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, ...V0_FIXTURE });
  });

  describe('in a page that just opened (a fresh module)', () => {
    const freshStore = async () => {
      vi.resetModules();
      return import('../../../platform/settings-store');
    };

    it('the first load reads storage.sync once: the check that sync works is that read', async () => {
      await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, intervalMin: 50 } });
      const store = await freshStore();
      const syncGet = vi.spyOn(fakeBrowser.storage.sync, 'get');
      expect((await store.loadSettings()).intervalMin).toBe(50);
      expect(syncGet).toHaveBeenCalledTimes(1);
    });

    it('a save retires that first read: the next load sees the saved value', async () => {
      await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, intervalMin: 50 } });
      const store = await freshStore();
      await store.saveSettings({ ...DEFAULT_SETTINGS, intervalMin: 70 });
      expect((await store.loadSettings()).intervalMin).toBe(70);
      await store.saveSettings({ ...DEFAULT_SETTINGS, intervalMin: 80 });
      expect((await store.loadSettings()).intervalMin).toBe(80);
    });

    it('later loads read storage again, so a change made elsewhere is seen', async () => {
      const store = await freshStore();
      expect((await store.loadSettings()).intervalMin).toBe(DEFAULT_SETTINGS.intervalMin);
      await fakeBrowser.storage.sync.set({ settings: { version: SETTINGS_VERSION, intervalMin: 90 } });
      expect((await store.loadSettings()).intervalMin).toBe(90);
    });
  });
});
