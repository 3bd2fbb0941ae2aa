/**
 * The break window: at most one at a time. Chrome tells us which extension pages are open
 * (runtime.getContexts); elsewhere the stored window id stands in.
 */
import { browser } from 'wxt/browser';
import { breakPageQuery, type BreakCard } from '../core/break-card';
import { getContextsApi } from './browser-apis';
import { KEYS } from './storage-keys';
import { clearBreakNotifications } from './notifications';

export const BREAK_PAGE = '/break.html';
export const BREAK_WINDOW_SIZE = { width: 400, height: 600 } as const;

export interface BreakWindowRecord {
  readonly windowId: number;
  /** null: a stretch the user started (shortcut, "Stretch now"), not a scheduled break. */
  readonly breakId: number | null;
  /** When the window was created (ms): a window this new may not report its page yet. */
  readonly createdAt?: number;
}

/**
 * How long a just-created window counts as showing the break page on its record alone: until its
 * page has loaded, runtime.getContexts does not list it, and a second nudge (a restarted worker
 * re-showing the due break) must not take it for closed and open another. Short, because window
 * ids are reused after a browser restart.
 */
const NEW_WINDOW_MS = 60_000;

/** The break page's path and query, e.g. `/break.html?break=3&exercise=cobra&snooze=1&hold=1&…`. */
export function breakPagePath(card: BreakCard): string {
  return `${BREAK_PAGE}?${breakPageQuery(card)}`;
}

export function breakPageUrl(card: BreakCard): string {
  return browser.runtime.getURL(breakPagePath(card) as '/break.html');
}

export async function storedBreakWindow(): Promise<BreakWindowRecord | null> {
  const raw = (await browser.storage.local.get(KEYS.breakWindow))[KEYS.breakWindow] as BreakWindowRecord | undefined;
  if (!raw || !Number.isInteger(raw.windowId) || !(raw.breakId === null || Number.isInteger(raw.breakId))) return null;
  return Number.isFinite(raw.createdAt) ? raw : { windowId: raw.windowId, breakId: raw.breakId };
}

async function windowExists(windowId: number): Promise<boolean> {
  try {
    await browser.windows.get(windowId);
    return true;
  } catch {
    return false;
  }
}

/** The windows showing the break page right now, as runtime.getContexts reports them; null where it can't. */
async function windowsShowingBreakPage(): Promise<number[] | null> {
  const getContexts = getContextsApi();
  if (!getContexts) return null;
  const prefix = browser.runtime.getURL(BREAK_PAGE as '/break.html');
  const contexts = await getContexts({ contextTypes: ['TAB'] });
  return [...new Set(contexts.filter((c) => c.documentUrl?.startsWith(prefix)).map((c) => c.windowId))];
}

/** Windows showing the break page right now, given what getContexts said and the stored record. */
async function openBreakWindows(showing: number[] | null, stored: BreakWindowRecord | null): Promise<number[]> {
  if (showing) return showing;
  return stored && (await windowExists(stored.windowId)) ? [stored.windowId] : [];
}

/**
 * Whether the recorded window still shows the break page, given what getContexts said (ids are
 * reused after a browser restart).
 */
async function recordLive(stored: BreakWindowRecord, showing: number[] | null): Promise<boolean> {
  try {
    if (showing?.includes(stored.windowId)) return true;
    const isNew = stored.createdAt !== undefined && Math.abs(Date.now() - stored.createdAt) < NEW_WINDOW_MS;
    if (showing && !isNew) return false;
    return (await browser.windows.get(stored.windowId)).type === 'popup';
  } catch {
    return false;
  }
}

/** Whether the window recorded for this break still shows the break page. */
export async function breakWindowOpen(breakId: number): Promise<boolean> {
  const stored = await storedBreakWindow();
  return stored !== null && stored.breakId === breakId && (await recordLive(stored, await windowsShowingBreakPage().catch(() => null)));
}

/** Only normal browser windows (the polyfill's types miss this long-standing filter). */
export const NORMAL_WINDOWS = { windowTypes: ['normal'] } as Parameters<typeof browser.windows.getLastFocused>[0];

export interface ShowOptions {
  /** Take focus (the user asked, or chose "focus" in the options); otherwise open quietly and flash. */
  readonly focused: boolean;
}

/** Centres the card over the window the user was last in, so it opens on their display. */
async function placement(): Promise<{ left?: number; top?: number }> {
  try {
    const w = await browser.windows.getLastFocused(NORMAL_WINDOWS);
    if (w.left === undefined || w.top === undefined || w.width === undefined || w.height === undefined) return {};
    return {
      left: Math.round(w.left + Math.max(0, (w.width - BREAK_WINDOW_SIZE.width) / 2)),
      top: Math.round(w.top + Math.max(0, (w.height - BREAK_WINDOW_SIZE.height) / 3)),
    };
  } catch {
    return {};
  }
}

/** Draws the eye without taking the keyboard away from what the user is typing in. */
async function bringForward(windowId: number, focused: boolean): Promise<void> {
  await browser.windows.update(windowId, focused ? { focused: true } : { drawAttention: true }).catch(() => undefined);
}

/**
 * Shows the break card. Never stacks: a window already showing this break (or a stretch the user
 * started) is brought forward instead, flashed when it may not take focus.
 */
export async function showBreakWindow(
  card: BreakCard,
  pickExercise: () => Promise<string | null>,
  { focused }: ShowOptions,
): Promise<'created' | 'reused'> {
  const stored = await storedBreakWindow();
  const showing = await windowsShowingBreakPage().catch(() => null);
  const live = stored && (await recordLive(stored, showing)) ? stored : null;
  if (live && (live.breakId === card.breakId || live.breakId === null)) {
    if (live.breakId !== card.breakId) await saveRecord({ ...live, breakId: card.breakId });
    await bringForward(live.windowId, focused);
    return 'reused';
  }
  const open = await openBreakWindows(showing, stored);
  await Promise.all(open.map((id) => browser.windows.remove(id).catch(() => undefined)));
  const url = breakPageUrl({ ...card, exerciseId: await pickExercise() });
  const created = await browser.windows.create({ url, type: 'popup', ...BREAK_WINDOW_SIZE, ...(await placement()), focused });
  if (created.id !== undefined) {
    await saveRecord({ windowId: created.id, breakId: card.breakId, createdAt: Date.now() });
    if (!focused) await bringForward(created.id, false);
  }
  return 'created';
}

async function saveRecord(record: BreakWindowRecord): Promise<void> {
  await browser.storage.local.set({ [KEYS.breakWindow]: record });
}

/** Called by the break page before it reports Done: keep me open for the "nice work" screen. */
export async function markFinishing(): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id !== undefined) await browser.storage.local.set({ [KEYS.breakWindowFinishing]: current.id });
}

export async function closeBreakWindow(): Promise<void> {
  await clearBreakNotifications();
  const showing = await windowsShowingBreakPage();
  const open = await openBreakWindows(showing, showing ? null : await storedBreakWindow());
  const keep = (await browser.storage.local.get(KEYS.breakWindowFinishing))[KEYS.breakWindowFinishing];
  await browser.storage.local.remove([KEYS.breakWindow, KEYS.breakWindowFinishing]);
  await Promise.all(open.filter((id) => id !== keep).map((id) => browser.windows.remove(id).catch(() => undefined)));
}

/** The break a closed window belonged to, if it was ours. */
export async function breakOfClosedWindow(windowId: number): Promise<number | null> {
  const stored = await storedBreakWindow();
  if (!stored || stored.windowId !== windowId) return null;
  await browser.storage.local.remove(KEYS.breakWindow);
  return stored.breakId;
}
