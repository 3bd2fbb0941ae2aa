/** The optional `notifications` permission, asked for when the user picks the notification style. */
import { browser } from 'wxt/browser';

/**
 * Asks for the permission. Call it straight from the user's click or key press, with no await
 * before it: browsers grant the prompt only inside the gesture. Resolves false when refused or
 * when the browser refuses to ask.
 */
export function requestNotificationPermission(): Promise<boolean> {
  try {
    return browser.permissions.request({ permissions: ['notifications'] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
