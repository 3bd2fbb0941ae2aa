/** The break window: one at a time, and a window just opened is not taken for closed. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { breakWindowOpen, showBreakWindow } from '../../../platform/break-window';
import { KEYS } from '../../../platform/storage-keys';
import type { BreakCard } from '../../../core/break-card';

const NOW = Date.UTC(2026, 11, 2, 9);
const card: BreakCard = { breakId: 3, canSnooze: true, settings: null, exerciseId: null, inPopup: false };

/** The stored record of window 7, showing break 3, created `agoMs` before now (no time: an older record). */
const recordWindow = (agoMs?: number) =>
  fakeBrowser.storage.local.set({ [KEYS.breakWindow]: { windowId: 7, breakId: 3, ...(agoMs !== undefined && { createdAt: NOW - agoMs }) } });

/** Chrome's runtime.getContexts, listing the break page in these windows. */
function contextsIn(windowIds: number[]): void {
  const url = fakeBrowser.runtime.getURL('/break.html');
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () => windowIds.map((windowId) => ({ windowId, documentUrl: `${url}?break=3` }));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  vi.spyOn(fakeBrowser.windows, 'get').mockImplementation(async (id: number) => ({ id, type: 'popup', focused: false, incognito: false, alwaysOnTop: false }) as never);
});
afterEach(() => {
  vi.useRealTimers();
  delete (fakeBrowser.runtime as unknown as { getContexts?: unknown }).getContexts;
});

describe('a break window just opened', () => {
  it('counts as open before its page loads (getContexts does not list it yet)', async () => {
    contextsIn([]);
    await recordWindow(2_000);
    expect(await breakWindowOpen(3)).toBe(true);
  });

  it('is brought forward by a second nudge for the same break, not replaced by another window', async () => {
    contextsIn([]);
    await recordWindow(2_000);
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const remove = vi.spyOn(fakeBrowser.windows, 'remove');
    vi.spyOn(fakeBrowser.windows, 'update').mockResolvedValue({} as never);
    expect(await showBreakWindow(card, async () => 'neck-release', { focused: false })).toBe('reused');
    expect(create).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
  });
});

describe('an older record', () => {
  it('whose window no longer shows the break page is not open (window ids are reused after a restart)', async () => {
    contextsIn([]);
    await recordWindow(61_000);
    expect(await breakWindowOpen(3)).toBe(false);
  });

  it('from before records had a time counts only when the page is listed', async () => {
    await recordWindow();
    contextsIn([]);
    expect(await breakWindowOpen(3)).toBe(false);
    contextsIn([7]);
    expect(await breakWindowOpen(3)).toBe(true);
  });
});
