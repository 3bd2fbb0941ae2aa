/**
 * The user's own stretches in storage. Each is one storage.sync item (`own:<id>`), beside the
 * settings, so it follows the user and each stays within sync's per-item quota (any valid stretch
 * does: tests/unit/core/own-stretch.test.ts). A write sync refuses (its total quota, its write
 * rate) keeps the stretch on this device instead, in storage.local, and says so; without sync, all
 * of them live there, as the settings do. Reads check every item: a damaged or foreign one is
 * left out, the others kept.
 */
import { browser } from 'wxt/browser';
import { inCreationOrder, isOwnStretchId, readOwnStretch, readRotationView, toStoredOwnStretch, type OwnStretch, type OwnStretchSave } from '../core/own-stretch';
import type { BreakLogEntry } from '../core/schedule-types';
import { settingsAreaName } from './settings-store';
import { KEYS } from './storage-keys';

export interface OwnStretches {
  /** Oldest first. */
  readonly stretches: readonly OwnStretch[];
  /** The ids of those sync refused: kept on this device only. */
  readonly localOnly: readonly string[];
}

export type { OwnStretchSave } from '../core/own-stretch';

const keyOf = (id: string) => `${KEYS.ownStretch}${id}`;
type Stored = Record<string, unknown>;

const usesSync = async () => (await settingsAreaName()) === 'sync';

/** The stretches in `items`, each under its own id's key (in sync) or its id (the local record). */
function readItems<T extends { id: string }>(items: Stored, keyFor: (id: string) => string, read: (raw: unknown) => T | null): Map<string, T> {
  const out = new Map<string, T>();
  for (const [key, raw] of Object.entries(items)) {
    const stretch = read(raw);
    if (stretch && keyFor(stretch.id) === key) out.set(stretch.id, stretch);
  }
  return out;
}

async function readLocal(): Promise<Stored> {
  const record = (await browser.storage.local.get(KEYS.ownStretchesLocal))[KEYS.ownStretchesLocal];
  return typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as Stored) : {};
}

/** Changes the local record, written only if that changed it (a page listening hears of real changes only). */
async function writeLocal(change: (record: Stored) => void): Promise<void> {
  const before = await readLocal();
  const record = { ...before };
  change(record);
  if (JSON.stringify(record) !== JSON.stringify(before)) await browser.storage.local.set({ [KEYS.ownStretchesLocal]: record });
}

async function load<T extends { id: string }>(read: (raw: unknown) => T | null) {
  const sync = await usesSync();
  const [synced, local] = await Promise.all([
    sync ? browser.storage.sync.get(null).then((items) => readItems(items, keyOf, read)) : new Map<string, T>(),
    readLocal().then((items) => readItems(items, (id) => id, read)),
  ]);
  // A copy kept here is newer than sync's: it exists only because sync refused the last write.
  for (const [id, stretch] of local) synced.set(id, stretch);
  return { stretches: [...synced.values()], localOnly: sync ? [...local.keys()] : [] };
}

export async function loadOwnStretches(): Promise<OwnStretches> {
  const { stretches, localOnly } = await load(readOwnStretch);
  return { stretches: inCreationOrder(stretches), localOnly };
}

export const loadRotationViews = async () => (await load(readRotationView)).stretches;

/** Saves one stretch (new or edited). It must be valid (core/own-stretch.ts checkOwnStretch): the editor saves nothing else. */
export async function saveOwnStretch(stretch: OwnStretch): Promise<OwnStretchSave> {
  return (await saveAll([stretch])) ? 'saved' : 'sync-refused';
}

/** Writes them in one go to sync, or, if sync refuses, here; false when sync refused them. */
async function saveAll(stretches: readonly OwnStretch[]): Promise<boolean> {
  if (await usesSync()) {
    try {
      await browser.storage.sync.set(Object.fromEntries(stretches.map((s) => [keyOf(s.id), toStoredOwnStretch(s)])));
      await writeLocal((record) => stretches.forEach((s) => delete record[s.id]));
      return true;
    } catch {
      // Refused (over sync's quota or its write rate): kept on this device below.
    }
  }
  await writeLocal((record) => stretches.forEach((s) => void (record[s.id] = toStoredOwnStretch(s))));
  return !(await usesSync());
}

/** Deletes stretches wherever they are kept; the rotation drops them at its next pick. */
export async function deleteOwnStretches(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await writeLocal((record) => ids.forEach((id) => delete record[id]));
  if (await usesSync()) await browser.storage.sync.remove(ids.map(keyOf));
}

/** Makes `stretches` the user's own stretches (an import): written first, then the others deleted. */
export async function replaceOwnStretches(stretches: readonly OwnStretch[]): Promise<OwnStretchSave> {
  const before = await loadOwnStretches();
  const synced = stretches.length === 0 || (await saveAll(stretches));
  const kept = new Set(stretches.map((s) => s.id));
  await deleteOwnStretches(before.stretches.map((s) => s.id).filter((id) => !kept.has(id)));
  return synced ? 'saved' : 'sync-refused';
}

/** Calls back whenever a stretch changes, from this page, another or another device. */
export function onOwnStretchesChanged(callback: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const keys = Object.keys(changes);
    if ((area === 'sync' && keys.some((k) => k.startsWith(KEYS.ownStretch))) || (area === 'local' && keys.includes(KEYS.ownStretchesLocal))) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A log entry for an own stretch carries its name, so the history can show it after the stretch is deleted. */
export async function withOwnStretchName(entry: BreakLogEntry): Promise<BreakLogEntry> {
  if (!isOwnStretchId(entry.exerciseId)) return entry;
  const stretch = (await loadRotationViews().catch(() => []))?.find((s) => s.id === entry.exerciseId);
  return stretch ? { ...entry, exerciseName: stretch.name } : entry;
}
