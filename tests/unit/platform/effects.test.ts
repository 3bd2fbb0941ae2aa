/** Each of the scheduler's effects reaches the browser through its platform module; one failing stops none of the rest. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Settings } from '../../../core/settings';
import { runEffect, runEffects } from '../../../platform/effects';
import { listBreaks } from '../../../platform/history';
import { KEYS } from '../../../platform/storage-keys';
import { WAKE_ALARM } from '../../../platform/wake-alarm';

const NOW = Date.now();
const settings = (extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...extra });
let contexts: { windowId: number; documentUrl: string }[] = [];
/** The break window as Limber recorded it, and the browser reporting it as showing the break page. */
async function breakWindowShown(breakId: number): Promise<number> {
  const { windowId } = (await fakeBrowser.storage.session.get(KEYS.breakWindow))[KEYS.breakWindow] as { windowId: number };
  contexts = [{ windowId, documentUrl: fakeBrowser.runtime.getURL(`/break.html?break=${breakId}`) }];
  return windowId;
}

beforeEach(() => {
  fakeBrowser.reset();
  contexts = [];
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string) => name) as never);
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () => contexts;
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: async () => true };
});

describe('runEffect', () => {
  it('wake-at arms the wake alarm; no-wake clears it', async () => {
    await runEffect({ type: 'wake-at', at: NOW + 60_000 }, settings());
    expect((await fakeBrowser.alarms.get(WAKE_ALARM))?.scheduledTime).toBe(NOW + 60_000);
    await runEffect({ type: 'no-wake' }, settings());
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toBeUndefined();
  });

  it('badge sets the toolbar badge', async () => {
    await runEffect({ type: 'badge', badge: { text: '12', tone: 'counting' } }, settings());
    expect(await fakeBrowser.action.getBadgeText({})).toBe('12');
  });

  it('log appends to the break log', async () => {
    await runEffect({ type: 'log', entry: { at: NOW, outcome: 'done', sittingMs: 60_000, exerciseId: 'cobra' } }, settings());
    expect((await listBreaks()).entries).toContainEqual({ at: NOW, outcome: 'done', sittingMs: 60_000, exerciseId: 'cobra' });
  });

  it('heads-up shows its notification; a nudge takes it away', async () => {
    await runEffect({ type: 'heads-up', dueAt: NOW + 30_000 }, settings());
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-heads-up']);
    await runEffect({ type: 'nudge', breakId: 1, kind: 'stretch', canSnooze: true, attempt: 0 }, settings({ nudgeStyle: 'badge' }));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('nudge opens the break window; close-nudge closes it', async () => {
    await runEffect({ type: 'nudge', breakId: 3, kind: 'stretch', canSnooze: true, attempt: 0 }, settings());
    const windowId = await breakWindowShown(3);
    await runEffect({ type: 'close-nudge' }, settings());
    expect((await fakeBrowser.windows.getAll()).map((w) => w.id)).not.toContain(windowId);
    expect((await fakeBrowser.storage.session.get(KEYS.breakWindow))[KEYS.breakWindow]).toBeUndefined();
  });

  it('a restored nudge (worker restarted) leaves a still-open window alone, and re-opens a gone one', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await runEffect({ type: 'nudge', breakId: 3, kind: 'stretch', canSnooze: true, attempt: 0 }, settings());
    await breakWindowShown(3);
    await runEffect({ type: 'nudge', breakId: 3, kind: 'stretch', canSnooze: true, attempt: 0, restore: true }, settings());
    expect(create).toHaveBeenCalledTimes(1);
    // Gone: closed (a window just opened counts as open until its page loads, by its record).
    contexts = [];
    const { windowId } = (await fakeBrowser.storage.session.get(KEYS.breakWindow))[KEYS.breakWindow] as { windowId: number };
    await fakeBrowser.windows.remove(windowId);
    await runEffect({ type: 'nudge', breakId: 3, kind: 'stretch', canSnooze: true, attempt: 0, restore: true }, settings());
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('a restored nudge in another style sends nothing again (no notification storms)', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await runEffect({ type: 'nudge', breakId: 3, kind: 'stretch', canSnooze: true, attempt: 0, restore: true }, settings({ nudgeStyle: 'notification' }));
    expect(notify).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
  });
});

describe('runEffects', () => {
  it('one effect failing does not stop the ones after it', async () => {
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockRejectedValue(new Error('gone'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await runEffects([{ type: 'badge', badge: { text: '1', tone: 'counting' } }, { type: 'wake-at', at: NOW + 60_000 }], settings());
    expect(await fakeBrowser.alarms.get(WAKE_ALARM)).toBeDefined();
  });
});
