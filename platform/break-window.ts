/**
 * The break window: at most one at a time. Its record lives in session storage, which the browser
 * empties when it quits, so a window id from an earlier session (ids are reused) is never taken for
 * ours. Chrome also tells us which extension pages are open (runtime.getContexts).
 */
import { browser } from 'wxt/browser';
import { breakPageQuery, parseBreakPageQuery, type BreakCard } from '../core/break-card';
import { serialQueue } from '../core/serial-queue';
import { getContextsApi } from './browser-apis';
import { KEYS } from './storage-keys';
import { clearBreakNotifications } from './notifications';

export const BREAK_PAGE = '/break.html';
export const BREAK_WINDOW_SIZE = { width: 440, height: 660 } as const;

export interface BreakWindowRecord {
  readonly windowId: number;
  /** null: a stretch the user started (shortcut, "Stretch now"), not a scheduled break. */
  readonly breakId: number | null;
}

/** Where the record is kept: for this browser session only. */
const sessionArea = () => browser.storage.session;

/**
 * Opening, closing and forgetting the window run one at a time: two nudges at once (the shortcut
 * beside the scheduler's repeat) would otherwise both find no window and both open one.
 */
const oneAtATime = serialQueue();

/** The break page's path and query, e.g. `/break.html?break=3&exercise=cobra&snooze=1&hold=1&…`. */
export function breakPagePath(card: BreakCard): string {
  return `${BREAK_PAGE}?${breakPageQuery(card)}`;
}

export function breakPageUrl(card: BreakCard): string {
  return browser.runtime.getURL(breakPagePath(card) as '/break.html');
}

export async function storedBreakWindow(): Promise<BreakWindowRecord | null> {
  const raw = (await sessionArea().get(KEYS.breakWindow))[KEYS.breakWindow] as BreakWindowRecord | undefined;
  if (!raw || !Number.isInteger(raw.windowId) || !(raw.breakId === null || Number.isInteger(raw.breakId))) return null;
  return { windowId: raw.windowId, breakId: raw.breakId };
}

async function windowExists(windowId: number): Promise<boolean> {
  try {
    await browser.windows.get(windowId);
    return true;
  } catch {
    return false;
  }
}

/** A window showing the break page, and the break its address names (null: a stretch the user started). */
interface BreakPageContext {
  readonly windowId: number;
  readonly breakId: number | null;
}

/** The break pages open right now, as runtime.getContexts reports them; null where it can't. */
async function breakPagesShowing(): Promise<BreakPageContext[] | null> {
  const getContexts = getContextsApi();
  if (!getContexts) return null;
  const prefix = browser.runtime.getURL(BREAK_PAGE as '/break.html');
  const contexts = await getContexts({ contextTypes: ['TAB'] });
  return contexts
    .filter((c) => c.documentUrl?.startsWith(prefix))
    .map((c) => ({ windowId: c.windowId, breakId: parseBreakPageQuery(new URL(c.documentUrl!).search).breakId }));
}

/** The windows those pages are in; null where getContexts can't tell. */
const windowsOf = (pages: BreakPageContext[] | null): number[] | null => (pages ? [...new Set(pages.map((p) => p.windowId))] : null);

/** The windows showing the break page right now; null where getContexts can't tell. */
async function windowsShowingBreakPage(): Promise<number[] | null> {
  return windowsOf(await breakPagesShowing().catch(() => null));
}

/** Windows showing the break page right now, given what getContexts said and the stored record. */
async function openBreakWindows(showing: number[] | null, stored: BreakWindowRecord | null): Promise<number[]> {
  if (showing) return showing;
  return stored && (await windowExists(stored.windowId)) ? [stored.windowId] : [];
}

/**
 * Whether the recorded window is still open. Listed by getContexts, it shows the break page; not
 * listed, it may still be loading it (a slow machine), so a popup window of this session's record
 * counts: taking it for closed would open a second window beside it.
 */
async function recordLive(stored: BreakWindowRecord, showing: number[] | null): Promise<boolean> {
  try {
    if (showing?.includes(stored.windowId)) return true;
    return (await browser.windows.get(stored.windowId)).type === 'popup';
  } catch {
    return false;
  }
}

/** Whether the window recorded for this break still shows the break page. */
export async function breakWindowOpen(breakId: number): Promise<boolean> {
  const stored = await storedBreakWindow();
  return stored !== null && stored.breakId === breakId && (await recordLive(stored, await windowsShowingBreakPage()));
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
export function showBreakWindow(
  card: BreakCard,
  pickExercise: () => Promise<string | null>,
  options: ShowOptions,
): Promise<'created' | 'reused'> {
  return oneAtATime(() => showBreakWindowNow(card, pickExercise, options));
}

async function showBreakWindowNow(
  card: BreakCard,
  pickExercise: () => Promise<string | null>,
  { focused }: ShowOptions,
): Promise<'created' | 'reused'> {
  const pages = await breakPagesShowing().catch(() => null);
  const showing = windowsOf(pages);
  const recorded = await storedBreakWindow();
  const stored = recorded ?? recordFromPage(pages, card.breakId);
  const live = stored && (await recordLive(stored, showing)) ? stored : null;
  if (live && (live.breakId === card.breakId || live.breakId === null)) {
    if (live.breakId !== card.breakId || live !== recorded) await saveRecord({ ...live, breakId: card.breakId });
    await bringForward(live.windowId, focused);
    return 'reused';
  }
  const open = await openBreakWindows(showing, stored);
  await Promise.all(open.map((id) => browser.windows.remove(id).catch(() => undefined)));
  const url = breakPageUrl({ ...card, exerciseId: await pickExercise() });
  const created = await browser.windows.create({ url, type: 'popup', ...BREAK_WINDOW_SIZE, ...(await placement()), focused });
  if (created.id !== undefined) {
    await saveRecord({ windowId: created.id, breakId: card.breakId });
    if (!focused) await bringForward(created.id, false);
  }
  return 'created';
}

/**
 * The record of a window already showing this break's page, when the stored record is gone (a
 * worker stopped between opening the window and recording it).
 */
function recordFromPage(pages: BreakPageContext[] | null, breakId: number | null): BreakWindowRecord | null {
  const page = breakId === null ? undefined : pages?.find((p) => p.breakId === breakId);
  return page ? { windowId: page.windowId, breakId } : null;
}

async function saveRecord(record: BreakWindowRecord): Promise<void> {
  await sessionArea().set({ [KEYS.breakWindow]: record });
}

/** Called by the break page before it reports Done: keep me open for the "nice work" screen. */
export async function markFinishing(): Promise<void> {
  const current = await browser.windows.getCurrent();
  if (current.id !== undefined) await sessionArea().set({ [KEYS.breakWindowFinishing]: current.id });
}

export function closeBreakWindow(): Promise<void> {
  return oneAtATime(async () => {
    await clearBreakNotifications();
    const showing = await windowsShowingBreakPage();
    const open = await openBreakWindows(showing, showing ? null : await storedBreakWindow());
    const keep = (await sessionArea().get(KEYS.breakWindowFinishing))[KEYS.breakWindowFinishing];
    await sessionArea().remove([KEYS.breakWindow, KEYS.breakWindowFinishing]);
    await Promise.all(open.filter((id) => id !== keep).map((id) => browser.windows.remove(id).catch(() => undefined)));
  });
}

/** The break a closed window belonged to, if it was ours. */
export function breakOfClosedWindow(windowId: number): Promise<number | null> {
  return oneAtATime(async () => {
    const stored = await storedBreakWindow();
    if (!stored || stored.windowId !== windowId) return null;
    await sessionArea().remove(KEYS.breakWindow);
    return stored.breakId;
  });
}
