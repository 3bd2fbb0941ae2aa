/**
 * The heads-up before a break: the badge shows it (the scheduler's badge effect); a system
 * notification is added only when the optional `notifications` permission has been granted.
 */
import { browser } from 'wxt/browser';
import { notificationsApi } from './browser-apis';
import { canNotify } from './notifications';
import { t } from './i18n';

export const HEADS_UP_NOTIFICATION = 'limber-heads-up';

export async function showHeadsUp(): Promise<void> {
  const notifications = notificationsApi();
  if (!notifications || !(await canNotify())) return;
  await notifications.create(HEADS_UP_NOTIFICATION, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('headsUpTitle'),
    message: t('headsUpMessage'),
  });
}

export async function clearHeadsUp(): Promise<void> {
  await notificationsApi()?.clear(HEADS_UP_NOTIFICATION).catch(() => undefined);
}
