/**
 * The heads-up before a break: the badge shows it (the scheduler's badge effect); a system
 * notification is added only when the optional `notifications` permission has been granted.
 */
import { browser } from 'wxt/browser';
import { t } from './i18n';

export const HEADS_UP_NOTIFICATION = 'limber-heads-up';

type Notifications = typeof browser.notifications;
const api = (): Notifications | undefined => (browser as unknown as { notifications?: Notifications }).notifications;

async function allowed(): Promise<boolean> {
  if (!api()) return false;
  try {
    return await browser.permissions.contains({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}

export async function showHeadsUp(): Promise<void> {
  const notifications = api();
  if (!notifications || !(await allowed())) return;
  await notifications.create(HEADS_UP_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('headsUpTitle'),
    message: t('headsUpMessage'),
  });
}

export async function clearHeadsUp(): Promise<void> {
  await api()?.clear(HEADS_UP_NOTIFICATION).catch(() => undefined);
}
