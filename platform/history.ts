/**
 * The break log: one IndexedDB record per break (idb-keyval), falling back to storage.local
 * where IndexedDB is unavailable (Firefox with history disabled).
 */
import { browser } from 'wxt/browser';
import { createStore, set, values, clear, type UseStore } from 'idb-keyval';
import type { BreakLogEntry } from '../core/schedule-types';
import { KEYS } from './storage-keys';

export const HISTORY_DB = 'limber-history';
const HISTORY_STORE = 'breaks-v1';

let store: UseStore | null = null;
const idb = () => (store ??= createStore(HISTORY_DB, HISTORY_STORE));

let seq = 0;
function keyFor(entry: BreakLogEntry): string {
  seq = (seq + 1) % 1000;
  return `${String(entry.at).padStart(15, '0')}-${String(seq).padStart(3, '0')}`;
}

async function readFallback(): Promise<BreakLogEntry[]> {
  const raw = (await browser.storage.local.get(KEYS.historyFallback))[KEYS.historyFallback];
  return Array.isArray(raw) ? (raw as BreakLogEntry[]) : [];
}

export type HistoryBackend = 'indexeddb' | 'storage';

export async function appendBreak(entry: BreakLogEntry): Promise<HistoryBackend> {
  try {
    await set(keyFor(entry), entry, idb());
    return 'indexeddb';
  } catch {
    const list = await readFallback();
    list.push(entry);
    await browser.storage.local.set({ [KEYS.historyFallback]: list });
    return 'storage';
  }
}

export async function listBreaks(): Promise<{ entries: BreakLogEntry[]; backend: HistoryBackend }> {
  try {
    const rows = (await values<BreakLogEntry>(idb())).concat(await readFallback());
    return { entries: rows.sort((a, b) => a.at - b.at), backend: 'indexeddb' };
  } catch {
    return { entries: await readFallback(), backend: 'storage' };
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
