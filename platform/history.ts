/**
 * The break log: one IndexedDB record per break (idb-keyval), falling back to storage.local
 * where IndexedDB is unavailable (Firefox with history disabled).
 *
 * Versioned store: each record carries `v` (records written before it existed are read as v1),
 * and reads go through `readEntry`, so a future shape change is a read-time migration, and the
 * database and store names never change across extension updates. Entries older than about two
 * years are pruned; recent ones never are.
 */
import { browser } from 'wxt/browser';
import { createStore, set, values, clear, keys, delMany, type UseStore } from 'idb-keyval';
import type { BreakLogEntry } from '../core/schedule-types';
import { historyCutoff, readEntry } from '../core/stats';
import { startOfDay } from '../core/time';
import { KEYS } from './storage-keys';

export const HISTORY_DB = 'limber-history';
export const HISTORY_STORE = 'breaks-v1';
export const HISTORY_RECORD_VERSION = 1;

let store: UseStore | null = null;
const idb = () => (store ??= createStore(HISTORY_DB, HISTORY_STORE));

let seq = 0;
const stampKey = (at: number) => String(Math.max(0, Math.floor(at))).padStart(15, '0');
function keyFor(entry: BreakLogEntry): string {
  // An answer's entry has a key of its own: written again (the answer applied again after a restart), it replaces itself.
  if (entry.answerId !== undefined) return `${stampKey(entry.at)}-${entry.answerId}`;
  seq = (seq + 1) % 1000;
  return `${stampKey(entry.at)}-${String(seq).padStart(3, '0')}`;
}

function stored(entry: BreakLogEntry) {
  return { v: HISTORY_RECORD_VERSION, ...entry };
}

function readAll(raw: unknown[]): BreakLogEntry[] {
  const out: BreakLogEntry[] = [];
  for (const r of raw) {
    const e = readEntry(r);
    if (e) out.push(e);
  }
  return out;
}

async function readFallback(): Promise<unknown[]> {
  const raw = (await browser.storage.local.get(KEYS.historyFallback))[KEYS.historyFallback];
  return Array.isArray(raw) ? raw : [];
}

export type HistoryBackend = 'indexeddb' | 'storage';

let lastPruneDay = -1;

export async function appendBreak(entry: BreakLogEntry, now = Date.now()): Promise<HistoryBackend> {
  let backend: HistoryBackend;
  try {
    await set(keyFor(entry), stored(entry), idb());
    backend = 'indexeddb';
  } catch {
    const list = (await readFallback()).filter((r) => entry.answerId === undefined || (r as BreakLogEntry | null)?.answerId !== entry.answerId);
    list.push(stored(entry));
    await browser.storage.local.set({ [KEYS.historyFallback]: list });
    backend = 'storage';
  }
  const day = startOfDay(now);
  if (day !== lastPruneDay) {
    lastPruneDay = day;
    await pruneBreaks(now).catch(() => undefined);
  }
  return backend;
}

/** Deletes entries older than the cutoff (about two years); returns how many went. */
export async function pruneBreaks(now = Date.now()): Promise<number> {
  const cutoff = historyCutoff(now);
  let removed = 0;
  const fallback = await readFallback();
  if (fallback.length > 0) {
    const kept = fallback.filter((r) => {
      const e = readEntry(r);
      return e !== null && e.at >= cutoff;
    });
    if (kept.length !== fallback.length) {
      removed += fallback.length - kept.length;
      await browser.storage.local.set({ [KEYS.historyFallback]: kept });
    }
  }
  try {
    const limit = stampKey(cutoff);
    const old = (await keys<IDBValidKey>(idb())).filter((k) => typeof k === 'string' && k < limit);
    if (old.length > 0) await delMany(old, idb());
    removed += old.length;
  } catch {
    // IndexedDB unavailable: the fallback was pruned above.
  }
  return removed;
}

/** Every entry, oldest first, and where the log lives now. */
export async function listBreaks(): Promise<{ entries: BreakLogEntry[]; backend: HistoryBackend }> {
  const fallback = readAll(await readFallback());
  try {
    const rows = readAll(await values<unknown>(idb())).concat(fallback);
    return { entries: rows.sort((a, b) => a.at - b.at), backend: 'indexeddb' };
  } catch {
    return { entries: fallback.sort((a, b) => a.at - b.at), backend: 'storage' };
  }
}

export async function clearBreaks(): Promise<void> {
  await browser.storage.local.remove(KEYS.historyFallback);
  try {
    await clear(idb());
  } catch {
    // Nothing stored there.
  }
}
