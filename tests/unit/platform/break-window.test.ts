/** The break window: one at a time, and a window just opened is not taken for closed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { breakWindowOpen, showBreakWindow } from '../../../platform/break-window';
import { KEYS } from '../../../platform/storage-keys';
import type { BreakCard } from '../../../core/break-card';

const card: BreakCard = { breakId: 3, canSnooze: true, settings: null, exerciseId: null, inPopup: false };

/** This session's record of window 7, showing break 3. */
const recordWindow = () => fakeBrowser.storage.session.set({ [KEYS.breakWindow]: { windowId: 7, breakId: 3 } });

/** Chrome's runtime.getContexts, listing the break page in these windows. */
function contextsIn(windowIds: number[]): void {
  const url = fakeBrowser.runtime.getURL('/break.html');
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () => windowIds.map((windowId) => ({ windowId, documentUrl: `${url}?break=3` }));
}

/** The browser's windows: these ids are open popup windows, any other is gone. */
function openWindows(ids: number[]): void {
  vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(async (id: number) => {
    if (!ids.includes(id)) throw new Error(`No window with id: ${id}.`);
    return { id, type: 'popup', focused: false, incognito: false, alwaysOnTop: false } as never;
  });
}

/** A nudge for break 3 brings the window forward: no window opened, none closed. */
async function expectReusedWithoutNewWindow(): Promise<void> {
  const create = vi.spyOn(fakeBrowser.windows, 'create');
  const remove = vi.spyOn(fakeBrowser.windows, 'remove');
  vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
  expect(await showBreakWindow(card, async () => 'neck-release', { focused: false })).toBe('reused');
  expect(create).not.toHaveBeenCalled();
  expect(remove).not.toHaveBeenCalled();
}

beforeEach(() => {
  fakeBrowser.reset();
  openWindows([7]);
});
afterEach(() => {
  delete (fakeBrowser.runtime as unknown as { getContexts?: unknown }).getContexts;
});

describe('a break window just opened', () => {
  it('counts as open before its page loads (getContexts does not list it yet)', async () => {
    contextsIn([]);
    await recordWindow();
    expect(await breakWindowOpen(3)).toBe(true);
  });

  it('is brought forward by a second nudge for the same break, however long its page takes to load', async () => {
    contextsIn([]);
    await recordWindow();
    await expectReusedWithoutNewWindow();
  });
});

describe('a recorded window', () => {
  it('that was closed is not open', async () => {
    contextsIn([]);
    await recordWindow();
    openWindows([]);
    expect(await breakWindowOpen(3)).toBe(false);
  });

  it('is kept for this browser session only: a window id from before a restart is never taken for ours', async () => {
    await recordWindow();
    // The browser quits: session storage is emptied, and a new window may get id 7 again.
    await fakeBrowser.storage.session.clear();
    contextsIn([]);
    expect(await breakWindowOpen(3)).toBe(false);
  });
});

describe('two nudges for one break', () => {
  it('arriving together open one window between them (the shortcut beside the scheduled repeat)', async () => {
    contextsIn([]);
    openWindows([20]);
    let nextId = 20;
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockImplementation(async () => ({ id: nextId++ }) as never);
    vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockRejectedValue(new Error('none'));
    const results = await Promise.all([
      showBreakWindow(card, async () => 'neck-release', { focused: false }),
      showBreakWindow(card, async () => 'neck-release', { focused: true }),
    ]);
    expect(results.sort()).toEqual(['created', 'reused']);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('find the window already showing the break by its address when its record is gone', async () => {
    contextsIn([7]);
    await expectReusedWithoutNewWindow();
    expect((await fakeBrowser.storage.session.get(KEYS.breakWindow))[KEYS.breakWindow]).toEqual({ windowId: 7, breakId: 3 });
  });
});
