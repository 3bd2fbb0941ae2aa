/**
 * The break as a system notification: "Start stretch" and "Snooze" buttons where the browser has
 * buttons (Chrome), a plain clickable notification where it has none (Firefox). The permission is
 * optional (requested from the options page); without it the caller falls back to the window.
 */
import { browser } from 'wxt/browser';
import { breakCard, type BreakCard } from '../core/break-card';
import { notificationsApi } from './browser-apis';
import { t } from './i18n';

const PREFIX = 'limber-break:';

/** The notification's second button (the first is Start stretch). */
export const BUTTON_SNOOZE = 1;

/** The break, whether it may be snoozed and whether it is a short break travel in the notification's id. */
export function notificationId(card: Pick<BreakCard, 'breakId' | 'canSnooze'> & Partial<Pick<BreakCard, 'kind'>>): string {
  return `${PREFIX}${card.breakId}:${card.canSnooze ? 1 : 0}${card.kind === 'short' ? ':short' : ''}`;
}

/** The card a notification stood for (its settings and exercise still to be filled in), or null if not ours. */
export function parseNotificationId(id: string): BreakCard | null {
  const m = /^limber-break:(\d+):([01])(:short)?$/.exec(id);
  return m ? breakCard(Number(m[1]), m[2] === '1', null, m[3] ? 'short' : 'stretch') : null;
}

/** True when notifications can be shown: the API exists and the optional permission is granted. */
export async function canNotify(): Promise<boolean> {
  if (!notificationsApi()) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/**
 * Asks for the optional permission. Call it straight from the user's click, with no await before
 * it: the browser grants the prompt only inside the gesture. Resolves false when refused.
 */
export function requestNotificationPermission(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Shows the break's notification; false if the browser refused it. */
export async function showBreakNotification(card: BreakCard): Promise<boolean> {
  const notifications = notificationsApi();
  if (!notifications) return false;
  const id = notificationId(card);
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(card.kind === 'short' ? 'shortBreakTitle' : 'notifTitle'),
    message: t(card.kind === 'short' ? 'notifShortMessage' : 'notifMessage'),
  };
  const snooze = card.canSnooze && card.settings ? [{ title: t('btnSnooze', card.settings.snoozeMin) }] : [];
  const buttons = [{ title: t(card.kind === 'short' ? 'notifShortStart' : 'notifStart') }, ...snooze];
  try {
    // Chrome: buttons, and it stays until answered (the OS may still hide it in a focus mode).
    await notifications.create(id, { ...base, buttons, requireInteraction: true } as never);
    return true;
  } catch {
    try {
      // Firefox has neither buttons nor requireInteraction: a click on it opens the card.
      await notifications.create(id, base);
      return true;
    } catch (e) {
      console.warn('Limber: notification refused', e);
      return false;
    }
  }
}

/** Clears every break notification (the break was answered some other way). */
export async function clearBreakNotifications(): Promise<void> {
  const notifications = notificationsApi();
  if (!notifications) return;
  try {
    const all = await notifications.getAll();
    await Promise.all(Object.keys(all).filter((id) => id.startsWith(PREFIX)).map((id) => notifications.clear(id)));
  } catch {
    // Permission withdrawn meanwhile: nothing of ours can be showing.
  }
}
