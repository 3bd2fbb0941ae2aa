/**
 * The break card in the toolbar button's popup. Chrome opens it only over a focused normal window
 * (and Firefox only on a user action), so this is opportunistic: false means "use the window".
 */
import { browser } from 'wxt/browser';
import type { BreakCard } from '../core/break-card';
import { breakPagePath, NORMAL_WINDOWS } from './break-window';
import { actionApi } from './browser-apis';

type OpenPopup = (options?: { windowId?: number }) => Promise<void>;

/** The focused normal window the popup can open over, if there is one. */
async function focusedWindowId(): Promise<number | null> {
  try {
    const w = await browser.windows.getLastFocused(NORMAL_WINDOWS);
    return w.focused && w.id !== undefined ? w.id : null;
  } catch {
    return null;
  }
}

export async function openInToolbarPopup(card: BreakCard, pick: () => Promise<string | null>): Promise<boolean> {
  const action = actionApi() as ReturnType<typeof actionApi> & { openPopup?: OpenPopup };
  if (typeof action?.openPopup !== 'function') return false;
  const windowId = await focusedWindowId();
  if (windowId === null) return false;
  const usual = await action.getPopup({});
  const path = breakPagePath({ ...card, exerciseId: await pick(), inPopup: true }).replace(/^\//, '');
  try {
    await action.setPopup({ popup: path });
    await action.openPopup({ windowId });
    return true;
  } catch {
    return false;
  } finally {
    // The next click on the toolbar button shows the usual popup again.
    await action.setPopup({ popup: usual.replace(/^chrome-extension:\/\/[^/]+\/|^moz-extension:\/\/[^/]+\//, '') });
  }
}
