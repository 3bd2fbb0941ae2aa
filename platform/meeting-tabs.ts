/**
 * Web meeting tabs, seen through an optional host permission for the meeting sites only (no
 * `tabs` permission): `tabs.query` matches a tab's URL against a pattern only where Limber has host
 * access, so without the permission it finds nothing and nothing changes. The permission is asked
 * for from the options page, in the user's click, and given back when they turn the hold off.
 */
import { browser } from 'wxt/browser';
import { MEETING_CALL_PAGES, MEETING_ORIGINS, MEETING_SOUND_PAGES } from '../data/meeting-sites';

const access = () => ({ origins: [...MEETING_ORIGINS] });

/**
 * Asks for the meeting sites. Call it synchronously from the click or key press that turned the
 * hold on (no await before it), or the browser refuses without asking.
 */
export function requestMeetingAccess(): Promise<boolean> {
  try {
    return browser.permissions.request(access()).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

export async function hasMeetingAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(access());
  } catch {
    return false;
  }
}

/** Gives the host access back: with the hold off, Limber keeps no host permission. */
export async function dropMeetingAccess(): Promise<void> {
  try {
    await browser.permissions.remove(access());
  } catch {
    // Not granted (or already removed): nothing to give back.
  }
}

/**
 * Is a meeting tab in a call: playing sound, or (on a call page) the active tab of the focused
 * window? Null when Limber may not look (no permission).
 */
export async function meetingInCall(focusedWindowId: number | undefined): Promise<boolean | null> {
  if (!(await hasMeetingAccess())) return null;
  try {
    const [callPages, soundPages] = await Promise.all([
      browser.tabs.query({ url: [...MEETING_CALL_PAGES] }),
      browser.tabs.query({ url: [...MEETING_SOUND_PAGES], audible: true }),
    ]);
    return soundPages.length > 0 || callPages.some((tab) => tab.audible === true || (tab.active && tab.windowId === focusedWindowId));
  } catch {
    return null;
  }
}
