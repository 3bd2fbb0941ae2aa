/**
 * The ways the user reaches the card outside the card itself: a click on the break's notification
 * (or its Snooze button) and the keyboard shortcut. Registered by the background at start.
 */
import { breakCard, cardSettingsOf, type BreakCard } from '../core/break-card';
import { canSnooze } from '../core/schedule';
import { repairSchedule } from '../core/schedule-repair';
import type { Settings } from '../core/settings';
import { showBreakWindow } from './break-window';
import { commandsApi, notificationsApi } from './browser-apis';
import { E2E_BUILD } from './build-mode';
import { START_STRETCH_COMMAND } from './commands';
import { BUTTON_SNOOZE, clearBreakNotifications, parseNotificationId } from './notifications';
import { takeNextExercise } from './rotation-store';
import { readSchedule } from './schedule-store';
import { loadSettings } from './settings-store';

/** The card, opened because the user asked for it (focus is theirs to give). */
async function openCardOnRequest(card: BreakCard): Promise<void> {
  const settings = await loadSettings();
  await showBreakWindow({ ...card, settings: cardSettingsOf(settings) }, () => takeNextExercise(settings, undefined, card.kind), { focused: true });
}

/** The break due now, if any, as the card should show it. */
async function dueBreak(settings: Settings): Promise<BreakCard | null> {
  const { state } = repairSchedule(await readSchedule(), Date.now());
  return state.due ? breakCard(state.due.breakId, canSnooze(state, settings), null, state.due.kind) : null;
}

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
      if (index === BUTTON_SNOOZE && card.canSnooze && card.breakId !== null) {
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
      await openCardOnRequest((await dueBreak(settings)) ?? breakCard(null, false));
    },
  };
}

/**
 * Registers the notification and shortcut listeners, synchronously (call at the top of the
 * background). Headless tests cannot click a system notification or press a browser shortcut, so
 * the e2e build (only) also exposes the same handlers as `globalThis.limberNudge` in the worker.
 */
export function registerNudgeListeners(snooze: SnoozeBreak): void {
  const handlers = nudgeHandlers(snooze);
  const notifications = notificationsApi();
  notifications?.onClicked.addListener((id) => void handlers.notificationClicked(id));
  notifications?.onButtonClicked?.addListener((id, index) => void handlers.notificationButtonClicked(id, index));
  commandsApi()?.onCommand.addListener((name) => void handlers.command(name));
  if (E2E_BUILD) (globalThis as unknown as { limberNudge: typeof handlers }).limberNudge = handlers;
}
