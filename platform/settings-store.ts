/**
 * Settings live in storage.sync so they follow the user; storage.local when sync is unavailable.
 * Reads repair per field; writes validate first and never store a bad value.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, repairSettings, toStored, type Settings } from '../core/settings';
import { KEYS } from './storage-keys';

type Area = typeof browser.storage.sync;

interface AreaProbe {
  readonly area: Area;
  /** What the probe read from sync: the first load uses it instead of reading again. */
  readonly firstRead?: Record<string, unknown>;
}

/** Sync works if reading the settings from it works; that read is the first load's answer too. */
async function probeSync(): Promise<AreaProbe> {
  try {
    return { area: browser.storage.sync, firstRead: await browser.storage.sync.get(KEYS.settings) };
  } catch {
    return { area: browser.storage.local };
  }
}

let probe: Promise<AreaProbe> | null = null;
let firstReadTaken = false;
/** For writes (and reads after the first): a write also retires the probe's read, now stale. */
function settingsArea(): Promise<Area> {
  firstReadTaken = true;
  probe ??= probeSync();
  return probe.then((p) => p.area);
}

async function readStoredSettings(): Promise<unknown> {
  probe ??= probeSync();
  const { area, firstRead } = await probe;
  if (firstRead && !firstReadTaken) {
    firstReadTaken = true;
    return firstRead[KEYS.settings];
  }
  return (await area.get(KEYS.settings))[KEYS.settings];
}

export async function loadSettings(): Promise<Settings> {
  const raw = await readStoredSettings();
  return raw === undefined ? DEFAULT_SETTINGS : repairSettings(raw).settings;
}

/** Where settings live now: 'sync', or 'local' when sync is unavailable. */
export async function settingsAreaName(): Promise<'sync' | 'local'> {
  return (await settingsArea()) === browser.storage.sync ? 'sync' : 'local';
}

/** Writes `patch` over the settings stored now (validated like every write). */
export async function saveChangedFields(patch: Partial<Settings>): Promise<void> {
  await saveSettings({ ...(await loadSettings()), ...patch });
}

/** Writes complete, valid settings; refuses (throws) rather than store a bad value. */
export async function saveSettings(settings: Settings): Promise<void> {
  const { settings: checked, repairs } = repairSettings(toStored(settings));
  if (repairs.length > 0) throw new Error(`Limber: refusing to save invalid settings (${repairs.map((r) => r.key).join(', ')})`);
  const store = await settingsArea();
  await store.set({ [KEYS.settings]: toStored(checked) });
}

/** Calls back with the repaired settings whenever they change, from any page or device. */
export function onSettingsChanged(callback: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, areaName) => {
    if ((areaName === 'sync' || areaName === 'local') && KEYS.settings in changes) {
      callback(repairSettings(changes[KEYS.settings]?.newValue).settings);
    }
  });
}
