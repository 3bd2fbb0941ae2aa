/**
 * The background shell around the scheduler, on the fake browser: it looks at the browser before
 * each event (a fullscreen window, a tab playing sound) and tells the scheduler, so a nudge waits
 * while the user presents or is on a call, and idle while a tab plays sound is not away.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initialState } from '../../../../core/schedule';
import type { ScheduleState } from '../../../../core/schedule-types';
import { KEYS } from '../../../../platform/storage-keys';

const T0 = Date.UTC(2026, 10, 25, 9);
const MIN = 60_000;

let audible = false;
let fullscreen = false;

async function freshShell() {
  vi.resetModules();
  return import('../../../../entrypoints/background/scheduler');
}
const stored = async () => (await fakeBrowser.storage.local.get(KEYS.schedule))[KEYS.schedule] as ScheduleState;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ toFake: ['Date'] });
  audible = false;
  fullscreen = false;
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async () => (audible ? [{ id: 1, audible: true }] : [])) as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation((async () => [{ id: 1, state: fullscreen ? 'fullscreen' : 'normal' }]) as never);
  (fakeBrowser.runtime as unknown as { getContexts: () => Promise<unknown[]> }).getContexts = async () => [];
  // 29 minutes sat: the break is a minute away.
  vi.setSystemTime(T0);
  await fakeBrowser.storage.local.set({ [KEYS.schedule]: { ...initialState(T0 - 29 * MIN), sitMs: 29 * MIN, seenAt: T0 } });
});
afterEach(() => vi.useRealTimers());

describe('the shell: presenting, calls, watching', () => {
  it('holds the nudge while a window is fullscreen and shows it as soon as that ends', async () => {
    const { dispatch } = await freshShell();
    fullscreen = true;
    vi.setSystemTime(T0 + MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).due).toMatchObject({ breakId: 1, shownAt: null });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('due');
    fullscreen = false;
    vi.setSystemTime(T0 + 2 * MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).due).toMatchObject({ breakId: 1, shownAt: T0 + 2 * MIN, attempt: 0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('holds while a tab plays sound (a call)', async () => {
    const { dispatch } = await freshShell();
    audible = true;
    vi.setSystemTime(T0 + MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).due?.shownAt).toBeNull();
    expect((await stored()).attention).toEqual({ fullscreen: false, audible: true });
  });

  it('idle while a tab plays sound is not away', async () => {
    const { dispatch } = await freshShell();
    audible = true;
    vi.setSystemTime(T0 + 10_000);
    await dispatch({ type: 'idle' });
    const s = await stored();
    expect(s.away).toBeNull();
    expect(s.idleWhileAudible).not.toBeNull();
    audible = false;
    vi.setSystemTime(T0 + 20_000);
    await dispatch({ type: 'alarm' });
    expect((await stored()).away).not.toBeNull();
  });

  it('a browser that will not say (an API error) keeps the last reading and nudges as usual', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockRejectedValue(new Error('no'));
    const { dispatch } = await freshShell();
    vi.setSystemTime(T0 + MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).due).toMatchObject({ breakId: 1 });
    expect((await stored()).due?.shownAt).not.toBeNull();
  });
});

describe('the shell: a web meeting holds the break, and the grace period follows the call', () => {
  it('holds during the call, then for the grace period, then nudges', async () => {
    const { DEFAULT_SETTINGS, toStored } = await import('../../../../core/settings');
    await fakeBrowser.storage.sync.set({ settings: toStored({ ...DEFAULT_SETTINGS, holdDuringMeetings: true, holdWhilePresenting: false }) });
    let inCall = true;
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: async () => true };
    vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string[] }) =>
      q.url && inCall ? [{ id: 2, url: 'https://meet.google.com/x', audible: true, active: false, windowId: 1 }] : []) as never);
    const { dispatch } = await freshShell();
    vi.setSystemTime(T0 + MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).meeting).toEqual({ inCall: true, endedAt: null });
    expect((await stored()).due?.shownAt).toBeNull();
    inCall = false;
    vi.setSystemTime(T0 + 2 * MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).meeting).toEqual({ inCall: false, endedAt: T0 + 2 * MIN });
    expect((await stored()).due?.shownAt).toBeNull();
    vi.setSystemTime(T0 + 4 * MIN);
    await dispatch({ type: 'alarm' });
    expect((await stored()).due?.shownAt).toBe(T0 + 4 * MIN);
  });
});

describe('the shell: the order of saving and waking', () => {
  it('arms the next wake before saving the state that wants it, so a worker stopped between the two still wakes on time', async () => {
    const { dispatch } = await freshShell();
    const armedAtSave: Promise<number | undefined>[] = [];
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation((async (items: Record<string, unknown>) => {
      if (KEYS.schedule in items) armedAtSave.push(fakeBrowser.alarms.get('limber-wake').then((a) => a?.scheduledTime));
      return set(items);
    }) as never);
    await dispatch({ type: 'startup' });
    expect(armedAtSave).toHaveLength(1);
    expect(await armedAtSave[0]).toBe(T0 + MIN);
  });
});
