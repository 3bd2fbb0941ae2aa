import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createStore, set, keys } from 'idb-keyval';
import { appendBreak, clearBreaks, listBreaks, pruneBreaks, HISTORY_DB, HISTORY_STORE } from '../../../platform/history';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 12).getTime();

describe('the break log (IndexedDB)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await clearBreaks();
  });

  it('appends versioned records and lists them oldest first', async () => {
    expect(await appendBreak({ at: NOW, outcome: 'done', sittingMs: 1000, exerciseId: 'cobra' }, NOW)).toBe('indexeddb');
    await appendBreak({ at: NOW - 1000, outcome: 'skipped', sittingMs: 5 }, NOW);
    const { entries, backend } = await listBreaks();
    expect(backend).toBe('indexeddb');
    expect(entries).toEqual([
      { at: NOW - 1000, outcome: 'skipped', sittingMs: 5 },
      { at: NOW, outcome: 'done', sittingMs: 1000, exerciseId: 'cobra' },
    ]);
  });

  it('reads records written before versioning, and skips damaged ones', async () => {
    const store = createStore(HISTORY_DB, HISTORY_STORE);
    await set('000000000000001-001', { at: 1, outcome: 'done', sittingMs: 2 }, store);
    await set('000000000000002-001', { at: 'garbage' }, store);
    expect((await listBreaks()).entries).toEqual([{ at: 1, outcome: 'done', sittingMs: 2 }]);
  });

  it('prunes entries older than two years and keeps every recent one', async () => {
    const store = createStore(HISTORY_DB, HISTORY_STORE);
    const ages = [800, 740, 729, 365, 1, 0];
    for (const [i, age] of ages.entries()) await set(`${String(NOW - age * DAY).padStart(15, '0')}-00${i}`, { v: 1, at: NOW - age * DAY, outcome: 'done', sittingMs: 1 }, store);
    expect(await pruneBreaks(NOW)).toBe(2);
    expect((await keys(store)).length).toBe(4);
    expect((await listBreaks()).entries.map((e) => Math.round((NOW - e.at) / DAY))).toEqual([729, 365, 1, 0]);
  });

  it('includes entries left in the storage.local fallback, and prunes those too', async () => {
    await fakeBrowser.storage.local.set({ historyFallback: [{ at: NOW - 900 * DAY, outcome: 'done', sittingMs: 1 }, { at: NOW - DAY, outcome: 'away', sittingMs: 1 }] });
    expect((await listBreaks()).entries).toHaveLength(2);
    await pruneBreaks(NOW);
    expect((await listBreaks()).entries).toEqual([{ at: NOW - DAY, outcome: 'away', sittingMs: 1 }]);
  });

  it('clear removes everything', async () => {
    await appendBreak({ at: NOW, outcome: 'done', sittingMs: 1 }, NOW);
    await clearBreaks();
    expect((await listBreaks()).entries).toEqual([]);
  });
});
