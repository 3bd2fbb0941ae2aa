/** The break's system notification: its id carries the break, and the permission is asked for only in a gesture. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { breakCard } from '../../../core/break-card';
import {
  clearBreakNotifications, notificationId, parseNotificationId, requestNotificationPermission, showBreakNotification,
} from '../../../platform/notifications';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string[]) => [name, ...(subs ?? [])].join(' ')) as never);
});

describe('notification ids', () => {
  it('round-trip the break and whether it may be snoozed, and ignore ids that are not ours', () => {
    expect(parseNotificationId(notificationId({ breakId: 12, canSnooze: false }))).toEqual(breakCard(12, false));
    expect(parseNotificationId(notificationId({ breakId: 3, canSnooze: true }))).toEqual(breakCard(3, true));
    expect(parseNotificationId(notificationId({ breakId: 4, canSnooze: false, kind: 'short' }))).toEqual(breakCard(4, false, null, 'short'));
    expect(parseNotificationId('limber-heads-up')).toBeNull();
    expect(parseNotificationId('limber-break:x:1')).toBeNull();
  });
});

describe('showBreakNotification', () => {
  const card = breakCard(4, false, { holdMultiplier: 1, snoozeMin: 5, sound: false });

  it('offers no Snooze button when the break may not be snoozed again', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create');
    expect(await showBreakNotification(card)).toBe(true);
    expect(((notify.mock.calls[0] as unknown[])[1] as { buttons: unknown[] }).buttons).toHaveLength(1);
  });

  it('falls back to a plain notification where buttons are refused (Firefox)', async () => {
    const notify = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('buttons'));
    expect(await showBreakNotification(card)).toBe(true);
    expect((notify.mock.calls[1] as unknown[])[1]).not.toHaveProperty('buttons');
  });

  it('clears only the break notifications', async () => {
    await fakeBrowser.notifications.create('limber-heads-up', { type: 'basic', title: '', message: '', iconUrl: '' });
    await showBreakNotification(card);
    await clearBreakNotifications();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['limber-heads-up']);
  });
});

describe('requestNotificationPermission', () => {
  it('asks at once (inside the gesture), and a refusal or an error is a no', async () => {
    const request = vi.fn();
    (fakeBrowser as unknown as { permissions: unknown }).permissions = { request };
    request.mockResolvedValueOnce(true);
    const asked = requestNotificationPermission();
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    expect(await asked).toBe(true);
    request.mockRejectedValueOnce(new Error('must be called during a user gesture'));
    expect(await requestNotificationPermission()).toBe(false);
    request.mockImplementationOnce(() => {
      throw new Error('no permissions API');
    });
    expect(await requestNotificationPermission()).toBe(false);
  });
});
