/**
 * Settings live in storage.sync so they follow the user; storage.local when sync is unavailable.
 * Reads repair per field; writes validate first and never store a bad value.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, repairSettings, toStored, type Settings } from '../core/settings';
import { KEYS } from './storage-keys';

type Area = typeof browser.storage.sync;

async function syncWorks(): Promise<boolean> {
  try {
    await browser.storage.sync.get(KEYS.settings);
    return true;
  } catch {
    return false;
  }
}

let area: Promise<Area> | null = null;
function settingsArea(): Promise<Area> {
  area ??= syncWorks().then((ok) => (ok ? browser.storage.sync : browser.storage.local));
  return area;
}

export async function loadSettings(): Promise<Settings> {
  const store = await settingsArea();
  const raw = (await store.get(KEYS.settings))[KEYS.settings];
  return raw === undefined ? DEFAULT_SETTINGS : repairSettings(raw).settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const store = await settingsArea();
  await store.set({ [KEYS.settings]: toStored(settings) });
}

/** Calls back with the repaired settings whenever they change, from any page or device. */
export function onSettingsChanged(callback: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, areaName) => {
    if ((areaName === 'sync' || areaName === 'local') && KEYS.settings in changes) {
      callback(repairSettings(changes[KEYS.settings]?.newValue).settings);
    }
  });
}
