/**
 * What the shell sees of the browser (platform/attention.ts): a fullscreen window, a tab playing
 * sound, and, only with the meeting hold on and its optional permission granted, a web meeting tab
 * in a call (playing sound, or the tab in front of the user on a site whose pages are calls).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MEETING_CALL_PAGES } from '../../../data/meeting-sites';
import { readAttention } from '../../../platform/attention';

let granted: boolean;
let tabs: { url: string; audible: boolean; active: boolean; windowId: number }[];

/** A match pattern (scheme, host with an optional leading *., path with *) against a URL. */
function matches(pattern: string, url: string): boolean {
  const re = pattern.replace(/[.?+^$()|[\]\\]/g, '\\$&').replace(/^https:\/\/\*\\\./, 'https://([^/]+\\.)?').replace(/\*/g, '.*');
  return new RegExp(`^${re}$`).test(url);
}

beforeEach(() => {
  fakeBrowser.reset();
  granted = false;
  tabs = [];
  (fakeBrowser as unknown as { permissions: unknown }).permissions = { contains: vi.fn(async ({ origins }: { origins?: string[] }) => granted && !!origins) };
  // Without host access a URL pattern matches nothing, as in the browser.
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string[]; audible?: boolean }) => {
    const matching = tabs.filter((t) => !q.url || (granted && q.url.some((p) => matches(p, t.url))));
    return q.audible ? matching.filter((t) => t.audible) : q.url ? matching : [];
  }) as never);
  vi.spyOn(fakeBrowser.windows, 'getAll').mockImplementation((async () => [{ id: 1, state: 'normal', focused: true }, { id: 2, state: 'normal', focused: false }]) as never);
});

const tab = (url: string, more: Partial<(typeof tabs)[number]> = {}) => ({ url, audible: false, active: false, windowId: 2, ...more });
const MEET = 'https://meet.google.com/abc-defg-hij';

describe('meeting tabs', () => {
  it('are looked for only with the hold on and the permission granted; in a call while playing sound or in front of the user', async () => {
    tabs = [tab(MEET, { audible: true })];
    expect(await readAttention(true)).toEqual({ fullscreen: false, audible: true, meeting: false });
    granted = true;
    expect(await readAttention(false)).toMatchObject({ meeting: false });
    expect(await readAttention(true)).toMatchObject({ meeting: true });
    expect(fakeBrowser.tabs.query).toHaveBeenCalledWith({ url: [...MEETING_CALL_PAGES] });
    tabs = [tab(MEET, { active: true, windowId: 2 })];
    expect(await readAttention(true)).toMatchObject({ meeting: false }); // the active tab of a window behind
    tabs = [tab(MEET, { active: true, windowId: 1 })];
    expect(await readAttention(true)).toMatchObject({ meeting: true, audible: false });
  });

  it('Slack and Teams are chats as much as calls: in front of the user they are not a call, heard they are', async () => {
    granted = true;
    tabs = [tab('https://app.slack.com/client/T1/C2', { active: true, windowId: 1 })];
    expect(await readAttention(true)).toMatchObject({ meeting: false });
    tabs = [tab('https://teams.microsoft.com/v2/', { active: true, windowId: 1 })];
    expect(await readAttention(true)).toMatchObject({ meeting: false });
    tabs = [tab('https://app.slack.com/client/T1/C2', { audible: true })];
    expect(await readAttention(true)).toMatchObject({ meeting: true });
    tabs = [tab('https://app.zoom.us/wc/123/join', { active: true, windowId: 1 })];
    expect(await readAttention(true)).toMatchObject({ meeting: true });
    tabs = [tab('https://zoom.us/pricing', { active: true, windowId: 1 })];
    expect(await readAttention(true)).toMatchObject({ meeting: false });
  });
});
