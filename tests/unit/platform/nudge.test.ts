/** How each nudge style reaches the user (platform/nudge.ts on the fake browser). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showNudge, styleFor } from '../../../platform/nudge';
import { DEFAULT_SETTINGS, type NudgeStyle, type Settings } from '../../../core/settings';

const settings = (nudgeStyle: NudgeStyle, extra: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, nudgeStyle, ...extra });
const pick = () => Promise.resolve('neck-release');
const nudge = { breakId: 7, canSnooze: true } as const;

let granted = false;

/** The fake has no runtime.getContexts: report a break page in every window it has created. */
function fakeContexts(): void {
  (fakeBrowser.runtime as unknown as { getContexts: unknown }).getContexts = async () =>
    (await fakeBrowser.windows.getAll()).map((w) => ({ windowId: w.id, documentUrl: fakeBrowser.runtime.getURL('/break.html?break=1') }));
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => [name, ...(subs ?? [])].join(' ')) as never);
  granted = false;
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async () => granted) };
  fakeContexts();
});

const windows = () => fakeBrowser.windows.getAll();

describe('styleFor: the repeat of an unanswered nudge is a little more visible', () => {
  it.each([
    ['window', 0, 'window'], ['badge', 0, 'badge'], ['notification', 0, 'notification'], ['popup', 0, 'popup'],
    ['window', 1, 'window'], ['badge', 1, 'window'], ['notification', 1, 'window'], ['popup', 1, 'window'],
  ] as const)('%s, attempt %i -> %s', (chosen, attempt, shown) => {
    expect(styleFor(chosen, attempt)).toBe(shown);
  });
});

describe('showNudge', () => {
  it('badge only opens nothing', async () => {
    const before = (await windows()).length;
    expect(await showNudge(nudge, settings('badge'), pick)).toBe('badge');
    expect(await windows()).toHaveLength(before);
  });

  it('window: one window, unfocused by default, never stacked by a second nudge', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    expect(await showNudge(nudge, settings('window'), pick)).toBe('window');
    expect(await showNudge({ ...nudge, attempt: 1 }, settings('window'), pick)).toBe('window');
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]![0]).toMatchObject({ type: 'popup', focused: false });
    expect(create.mock.calls[0]![0]!.url).toContain('break=7');
  });

  it('window: the card carries the break, Snooze and the card\'s settings in its URL', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await showNudge({ ...nudge, canSnooze: false }, settings('window', { holdMultiplier: 1.5, sound: true }), pick);
    const url = new URL(create.mock.calls[0]![0]!.url as string);
    expect(Object.fromEntries(url.searchParams)).toEqual({ break: '7', exercise: 'neck-release', snooze: '0', hold: '1.5', snoozeMin: '5', sound: '1' });
  });

  it('window: focused when the user chose focus', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await showNudge(nudge, settings('window', { focusWindow: true }), pick);
    expect(create.mock.calls[0]![0]).toMatchObject({ focused: true });
  });

  it('notification without the permission falls back to the window', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await showNudge(nudge, settings('notification'), pick)).toBe('window');
    expect(notify).not.toHaveBeenCalled();
  });

  it('notification with the permission: Start stretch and Snooze buttons, no window', async () => {
    granted = true;
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await showNudge(nudge, settings('notification'), pick)).toBe('notification');
    expect(create).not.toHaveBeenCalled();
    expect(notify.mock.calls[0]![0]).toBe('limber-break:7:1');
    const buttons = ((notify.mock.calls[0] as unknown[])[1] as { buttons: { title: string }[] }).buttons;
    expect(buttons.map((b) => b.title)).toEqual(['notifStart', 'btnSnooze 5']);
  });

  it('a notification the browser refuses falls back to the window', async () => {
    granted = true;
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error('nope'));
    expect(await showNudge(nudge, settings('notification'), pick)).toBe('window');
  });

  it('the repeat of a badge-only or notification nudge opens the window', async () => {
    granted = true;
    expect(await showNudge({ ...nudge, attempt: 1 }, settings('badge'), pick)).toBe('window');
    await fakeBrowser.windows.remove((await windows())[0]!.id!);
    await fakeBrowser.storage.local.clear();
    expect(await showNudge({ ...nudge, attempt: 1 }, settings('notification'), pick)).toBe('window');
  });
});

describe('a short break', () => {
  it('opens a window that never takes focus, even when stretch breaks do; its URL says it is short', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await showNudge({ breakId: 3, canSnooze: false, kind: 'short' }, settings('window', { focusWindow: true }), pick);
    expect(create.mock.calls[0]![0]).toMatchObject({ focused: false });
    expect(create.mock.calls[0]![0]!.url).toContain('kind=short');
  });
});
