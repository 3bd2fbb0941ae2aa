/**
 * The break as a system notification: "Start stretch" and "Snooze" buttons where the browser has
 * buttons (Chrome), a plain clickable notification where it has none (Firefox). The permission is
 * optional (requested from the options page); without it the caller falls back to the window.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

const PREFIX = 'limber-break:';

export interface NotifiedBreak {
  readonly breakId: number;
  readonly canSnooze: boolean;
}

export const BUTTON_START = 0;
export const BUTTON_SNOOZE = 1;

export function notificationId(card: NotifiedBreak): string {
  return `${PREFIX}${card.breakId}:${card.canSnooze ? 1 : 0}`;
}

export function parseNotificationId(id: string): NotifiedBreak | null {
  const m = /^limber-break:(\d+):([01])$/.exec(id);
  return m ? { breakId: Number(m[1]), canSnooze: m[2] === '1' } : null;
}

const api = () => (browser as unknown as { notifications?: typeof browser.notifications }).notifications;

/** True when notifications can be shown: the API exists and the optional permission is granted. */
export async function canNotify(): Promise<boolean> {
  if (!api()) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

/** Shows the break's notification; false if the browser refused it. */
export async function showBreakNotification(card: NotifiedBreak, snoozeMin: number): Promise<boolean> {
  const notifications = api();
  if (!notifications) return false;
  const id = notificationId(card);
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('notifTitle'),
    message: t('notifMessage'),
  };
  const buttons = [{ title: t('notifStart') }, ...(card.canSnooze ? [{ title: t('btnSnooze', snoozeMin) }] : [])];
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
  const notifications = api();
  if (!notifications) return;
  try {
    const all = await notifications.getAll();
    await Promise.all(Object.keys(all).filter((id) => id.startsWith(PREFIX)).map((id) => notifications.clear(id)));
  } catch {
    // Permission withdrawn meanwhile: nothing of ours can be showing.
  }
}
