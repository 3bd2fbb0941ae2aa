/**
 * How a due break reaches the user, by the chosen nudge style: the break window, the toolbar
 * popup, a system notification or the badge alone. The badge is always set by its own effect, so
 * a notification swallowed by an OS focus mode still leaves the badge. Also the entry points the
 * user reaches the card through outside a nudge: a notification click and the keyboard shortcut.
 */
import { browser } from 'wxt/browser';
import type { NudgeStyle, Settings } from '../core/settings';
import { repairSchedule } from '../core/schedule-repair';
import { cardSettingsOf } from '../core/break-page-query';
import { breakPagePath, NORMAL_WINDOWS, showBreakWindow, type BreakCard } from './break-window';
import { BUTTON_SNOOZE, canNotify, clearBreakNotifications, parseNotificationId, showBreakNotification } from './notifications';
import { takeNextExercise } from './rotation-store';
import { readSchedule } from './schedule-store';
import { loadSettings } from './settings-store';

export interface NudgeRequest {
  readonly breakId: number;
  readonly canSnooze: boolean;
  /** 1: the single, more visible repeat of a nudge left unanswered. */
  readonly attempt?: 0 | 1;
}

export type NudgeShown = NudgeStyle;

/** The style to try: the repeat of an unanswered nudge is one step more visible (the window). */
export function styleFor(chosen: NudgeStyle, attempt: 0 | 1 = 0): NudgeStyle {
  return attempt === 1 && chosen !== 'window' ? 'window' : chosen;
}

/** Calls `pick` at most once, so a fallback does not advance the rotation twice. */
function once(pick: () => Promise<string | null>): () => Promise<string | null> {
  let picked: Promise<string | null> | null = null;
  return () => (picked ??= pick());
}

const actionApi = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/**
 * The card in the toolbar popup. Chrome opens it only over a focused normal window (and Firefox
 * only on a user action), so this is opportunistic: false means "use the window".
 */
async function openInToolbarPopup(card: BreakCard, pick: () => Promise<string | null>): Promise<boolean> {
  const action = actionApi() as typeof browser.action & { openPopup?: (o?: { windowId?: number }) => Promise<void> };
  if (typeof action?.openPopup !== 'function') return false;
  let windowId: number | undefined;
  try {
    const w = await browser.windows.getLastFocused(NORMAL_WINDOWS);
    if (!w.focused || w.id === undefined) return false;
    windowId = w.id;
  } catch {
    return false;
  }
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

/** Shows a due break in the user's chosen style; falls back to the window where a style can't. */
export async function showNudge(nudge: NudgeRequest, settings: Settings, pick: () => Promise<string | null>): Promise<NudgeShown> {
  const pickOnce = once(pick);
  const style = styleFor(settings.nudgeStyle, nudge.attempt ?? 0);
  const card = { breakId: nudge.breakId, canSnooze: nudge.canSnooze, settings: cardSettingsOf(settings) };
  if (style === 'badge') return 'badge';
  if (style === 'notification' && (await canNotify()) && (await showBreakNotification(card, settings.snoozeMin))) return 'notification';
  if (style === 'popup' && (await openInToolbarPopup(card, pickOnce))) return 'popup';
  if (nudge.attempt === 1) await clearBreakNotifications();
  await showBreakWindow(card, pickOnce, { focused: settings.focusWindow });
  return 'window';
}

/** The card, opened because the user asked for it (focus is theirs to give). */
async function openCardOnRequest(card: { breakId: number | null; canSnooze: boolean }): Promise<void> {
  const settings = await loadSettings();
  await showBreakWindow({ ...card, settings: cardSettingsOf(settings) }, () => takeNextExercise(settings), { focused: true });
}

/** The break due now, if any, as the card should show it. */
async function dueBreak(settings: Settings): Promise<{ breakId: number; canSnooze: boolean } | null> {
  const { state } = repairSchedule(await readSchedule(), Date.now());
  return state.due ? { breakId: state.due.breakId, canSnooze: state.snoozesInRow < settings.snoozeLimit } : null;
}

export { START_STRETCH_COMMAND } from './commands';
import { START_STRETCH_COMMAND } from './commands';

/** Snoozes a break through the same path as the card's Snooze button, and clears the notification. */
export type SnoozeBreak = (breakId: number) => Promise<unknown>;

/** The handlers behind the notification and the shortcut, callable on their own (tests use them). */
export function nudgeHandlers(snooze: SnoozeBreak) {
  return {
    async notificationClicked(id: string): Promise<void> {
      const card = parseNotificationId(id);
      if (!card) return;
      await clearBreakNotifications();
      await openCardOnRequest(card);
    },
    async notificationButtonClicked(id: string, index: number): Promise<void> {
      const card = parseNotificationId(id);
      if (!card) return;
      // Snooze clears the notification itself, once the answer is safely recorded.
      if (index === BUTTON_SNOOZE && card.canSnooze) {
        await snooze(card.breakId);
        return;
      }
      await clearBreakNotifications();
      await openCardOnRequest(card);
    },
    /** "Start a stretch now": the due break's card if one is due, else a stretch of one's own. */
    async command(name: string): Promise<void> {
      if (name !== START_STRETCH_COMMAND) return;
      const settings = await loadSettings();
      await openCardOnRequest((await dueBreak(settings)) ?? { breakId: null, canSnooze: false });
    },
  };
}

/**
 * Registers the notification and shortcut listeners, synchronously (call at the top of the
 * background). Headless tests cannot click a system notification or press a browser shortcut, so
 * the same handlers are reachable as `globalThis.limberNudge` in the service worker.
 */
export function registerNudgeListeners(snooze: SnoozeBreak): void {
  const handlers = nudgeHandlers(snooze);
  const notifications = (browser as unknown as { notifications?: typeof browser.notifications }).notifications;
  notifications?.onClicked.addListener((id) => void handlers.notificationClicked(id));
  notifications?.onButtonClicked?.addListener((id, index) => void handlers.notificationButtonClicked(id, index));
  browser.commands?.onCommand.addListener((name) => void handlers.command(name));
  (globalThis as unknown as { limberNudge: typeof handlers }).limberNudge = handlers;
}
