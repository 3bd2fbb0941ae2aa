/**
 * The break window: at most one at a time. Chrome tells us which extension pages are open
 * (runtime.getContexts); elsewhere the stored window id stands in.
 */
import { browser } from 'wxt/browser';
import { KEYS } from './storage-keys';

export const BREAK_PAGE = '/break.html';
export const BREAK_WINDOW_SIZE = { width: 400, height: 560 } as const;

export interface BreakWindowRecord {
  readonly windowId: number;
  readonly breakId: number;
}

export interface BreakCardParams {
  readonly breakId: number | null;
  readonly exerciseId: string | null;
  readonly canSnooze: boolean;
}

export function breakPageUrl(p: BreakCardParams): string {
  const q = new URLSearchParams();
  if (p.breakId !== null) q.set('break', String(p.breakId));
  if (p.exerciseId) q.set('exercise', p.exerciseId);
  q.set('snooze', p.canSnooze ? '1' : '0');
  return browser.runtime.getURL(`${BREAK_PAGE}?${q}` as '/break.html');
}

export async function storedBreakWindow(): Promise<BreakWindowRecord | null> {
  const raw = (await browser.storage.local.get(KEYS.breakWindow))[KEYS.breakWindow] as BreakWindowRecord | undefined;
  return raw && Number.isInteger(raw.windowId) && Number.isInteger(raw.breakId) ? raw : null;
}

async function windowExists(windowId: number): Promise<boolean> {
  try {
    await browser.windows.get(windowId);
    return true;
  } catch {
    return false;
  }
}

interface PageContext {
  readonly windowId: number;
  readonly documentUrl?: string;
}
type GetContexts = (filter: { contextTypes: string[] }) => Promise<PageContext[]>;

/** Windows showing the break page right now. */
async function openBreakWindows(): Promise<number[]> {
  const getContexts = (browser.runtime as unknown as { getContexts?: GetContexts }).getContexts;
  if (typeof getContexts === 'function') {
    const prefix = browser.runtime.getURL(BREAK_PAGE as '/break.html');
    const contexts = await getContexts({ contextTypes: ['TAB'] });
    return [...new Set(contexts.filter((c) => c.documentUrl?.startsWith(prefix)).map((c) => c.windowId))];
  }
  const stored = await storedBreakWindow();
  return stored && (await windowExists(stored.windowId)) ? [stored.windowId] : [];
}

/** Shows the break; if a window for this break is already open it is reused, never stacked. */
export async function showBreakWindow(
  nudge: { breakId: number; canSnooze: boolean },
  pickExercise: () => Promise<string | null>,
  focused: boolean,
): Promise<void> {
  const stored = await storedBreakWindow();
  const open = await openBreakWindows();
  if (stored && stored.breakId === nudge.breakId && open.includes(stored.windowId)) {
    if (focused) await browser.windows.update(stored.windowId, { focused: true, drawAttention: true });
    return;
  }
  await Promise.all(open.map((id) => browser.windows.remove(id).catch(() => undefined)));
  const card = { ...nudge, exerciseId: await pickExercise() };
  const created = await browser.windows.create({
    url: breakPageUrl(card),
    type: 'popup',
    ...BREAK_WINDOW_SIZE,
    focused,
  });
  if (created.id !== undefined) {
    const record: BreakWindowRecord = { windowId: created.id, breakId: nudge.breakId };
    await browser.storage.local.set({ [KEYS.breakWindow]: record });
  }
}

export async function closeBreakWindow(): Promise<void> {
  const open = await openBreakWindows();
  await browser.storage.local.remove(KEYS.breakWindow);
  await Promise.all(open.map((id) => browser.windows.remove(id).catch(() => undefined)));
}

/** The break a closed window belonged to, if it was ours. */
export async function breakOfClosedWindow(windowId: number): Promise<number | null> {
  const stored = await storedBreakWindow();
  if (!stored || stored.windowId !== windowId) return null;
  await browser.storage.local.remove(KEYS.breakWindow);
  return stored.breakId;
}
