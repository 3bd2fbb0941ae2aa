/** The user's own stretches in storage: one sync item each, a local copy when sync refuses, damaged items left out. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteOwnStretches, loadOwnStretches, onOwnStretchesChanged, replaceOwnStretches, saveOwnStretch, withOwnStretchName,
} from '../../../platform/own-stretch-store';
import { takeNextExercise } from '../../../platform/rotation-store';
import { DEFAULT_SETTINGS } from '../../../core/settings';
import { WALL_ANGELS } from '../own-stretches';

const LATER = { ...WALL_ANGELS, id: 'own-mhx0a1b3-000002', name: 'Chin nods', inRotation: false };
const syncItems = async () => fakeBrowser.storage.sync.get(null);
const refuseSyncOnce = () => vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));

beforeEach(() => fakeBrowser.reset());

describe('the own-stretch store', () => {
  it('keeps each stretch in a storage.sync item of its own, with its version, and reads them back oldest first', async () => {
    expect(await saveOwnStretch(LATER)).toBe('saved');
    expect(await saveOwnStretch(WALL_ANGELS)).toBe('saved');
    expect(await syncItems()).toEqual({
      [`own:${WALL_ANGELS.id}`]: { v: 1, ...WALL_ANGELS },
      [`own:${LATER.id}`]: { v: 1, ...LATER },
    });
    expect(await loadOwnStretches()).toEqual({ stretches: [WALL_ANGELS, LATER], localOnly: [] });
  });

  it('leaves out a damaged or foreign item and keeps the rest', async () => {
    await saveOwnStretch(WALL_ANGELS);
    await fakeBrowser.storage.sync.set({
      [`own:${LATER.id}`]: { v: 1, ...LATER, name: '' },
      'own:own-elsewhere': { v: 1, ...LATER },
      'own:own-newer': { v: 2, ...LATER, id: 'own-newer' },
      settings: { intervalMin: 45 },
    });
    expect((await loadOwnStretches()).stretches).toEqual([WALL_ANGELS]);
  });

  it('keeps a stretch that sync refuses on this device, says so, and syncs it again on its next good save', async () => {
    await saveOwnStretch(WALL_ANGELS);
    refuseSyncOnce();
    const renamed = { ...WALL_ANGELS, name: 'Wall angels, slower' };
    expect(await saveOwnStretch(renamed)).toBe('sync-refused');
    expect(await loadOwnStretches()).toEqual({ stretches: [renamed], localOnly: [WALL_ANGELS.id] });
    expect((await syncItems())[`own:${WALL_ANGELS.id}`]).toEqual({ v: 1, ...WALL_ANGELS });

    expect(await saveOwnStretch(renamed)).toBe('saved');
    expect(await loadOwnStretches()).toEqual({ stretches: [renamed], localOnly: [] });
    expect((await syncItems())[`own:${WALL_ANGELS.id}`]).toEqual({ v: 1, ...renamed });
  });

  it('deletes a stretch wherever it is kept', async () => {
    await saveOwnStretch(WALL_ANGELS);
    refuseSyncOnce();
    await saveOwnStretch(LATER);
    await deleteOwnStretches([WALL_ANGELS.id, LATER.id]);
    expect(await loadOwnStretches()).toEqual({ stretches: [], localOnly: [] });
    expect(await syncItems()).toEqual({});
  });

  it('replaces them all with an imported list: the file\'s written, the others deleted', async () => {
    await saveOwnStretch(WALL_ANGELS);
    const imported = { ...LATER, name: 'From the file' };
    expect(await replaceOwnStretches([imported])).toBe('saved');
    expect((await loadOwnStretches()).stretches).toEqual([imported]);
    expect(await replaceOwnStretches([])).toBe('saved');
    expect((await loadOwnStretches()).stretches).toEqual([]);
  });

  it('tells a page when any stretch changes, in sync or on this device', async () => {
    const changed = vi.fn();
    const stop = onOwnStretchesChanged(changed);
    await saveOwnStretch(WALL_ANGELS);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(1));
    refuseSyncOnce();
    await saveOwnStretch(LATER);
    await vi.waitFor(() => expect(changed).toHaveBeenCalledTimes(2));
    stop();
    await fakeBrowser.storage.sync.set({ settings: {} });
    await deleteOwnStretches([WALL_ANGELS.id]);
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('names an own stretch in its log entry, so the history keeps the name once it is deleted', async () => {
    await saveOwnStretch(WALL_ANGELS);
    const entry = { at: 1, outcome: 'done' as const, sittingMs: 0, exerciseId: WALL_ANGELS.id };
    expect(await withOwnStretchName(entry)).toEqual({ ...entry, exerciseName: 'Wall angels' });
    const library = { ...entry, exerciseId: 'neck-release' };
    expect(await withOwnStretchName(library)).toBe(library);
    await deleteOwnStretches([WALL_ANGELS.id]);
    expect(await withOwnStretchName(entry)).toEqual(entry);
  });
});

describe('the rotation with own stretches', () => {
  const onlyOwn = { ...DEFAULT_SETTINGS, enabledExercises: [] };

  it('picks an own stretch when it is the only one enabled, and nothing once it is deleted', async () => {
    await saveOwnStretch(WALL_ANGELS);
    expect(await takeNextExercise(onlyOwn)).toBe(WALL_ANGELS.id);
    expect(await takeNextExercise(onlyOwn)).toBe(WALL_ANGELS.id);
    await deleteOwnStretches([WALL_ANGELS.id]);
    expect(await takeNextExercise(onlyOwn)).toBeNull();
  });

  it('leaves out an own stretch taken out of the rotation, and keeps own stretches out of the short breaks', async () => {
    await saveOwnStretch(LATER);
    expect(await takeNextExercise(onlyOwn)).toBeNull();
    await saveOwnStretch(WALL_ANGELS);
    for (let i = 0; i < 10; i += 1) expect(await takeNextExercise(DEFAULT_SETTINGS, undefined, 'short')).not.toMatch(/^own-/);
  });
});
