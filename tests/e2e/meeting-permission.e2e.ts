/**
 * "Hold breaks during web meetings" asked for and refused: nothing changes. The build as shipped
 * (no host permission at all). Clicking the toggle on the options page asks the browser for the
 * meeting sites; the user turns the prompt down by closing the page that asked (headless Chromium
 * shows the prompt where no test can press its buttons, see meeting-hold.e2e.ts). Afterwards
 * Limber holds no host permission, the setting is off, and a break due while a meeting tab
 * plays sound comes on time (nothing else is set to hold it), on the fast clock.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, type Limber } from './harness';
import { restartCount } from './answers';
import { MEETING_ARGS, openMeeting, serveMeeting, talk } from './meeting-page';
import { openProbe } from './schedule-probe';
import { workerCall } from './worker-call';

describe('the meeting permission, asked and refused', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch({ fastClock: true, args: MEETING_ARGS });
    await serveMeeting(limber.context);
  });
  afterAll(async () => limber?.close());
  const inWorker = <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A) => workerCall(limber)(fn, arg);
  const storedSettings = () => inWorker(async () => ((await chrome.storage.sync.get('settings')).settings ?? {}) as Record<string, unknown>);
  const origins = () => inWorker(async () => (await chrome.permissions.getAll()).origins ?? []);

  it('ships with no host permission, only the optional meeting sites', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.optional_host_permissions).toContain('https://meet.google.com/*');
  });

  it('the toggle asks; turned down, nothing is granted, nothing is saved, and a break in a call comes on time', async () => {
    const options = await limber.openPage('/options.html');
    const toggle = options.locator('#holdDuringMeetings');
    // As a user would: in the tab in front (a guess at the unexplained first click that did not take).
    await options.bringToFront();
    await toggle.click();
    // The browser is asking (the toggle shows the choice while it waits); nothing is granted yet.
    await expect.poll(() => toggle.isChecked()).toBe(true);
    expect(await origins()).toEqual([]);
    // The user turns it down: the page that asked goes, and the prompt with it.
    await options.close();
    expect(await origins()).toEqual([]);
    expect((await storedSettings()).holdDuringMeetings).toBeUndefined();
    const again = await limber.openPage('/options.html');
    expect(await again.locator('#holdDuringMeetings').isChecked()).toBe(false);
    expect(await again.locator('#meetingGraceMin').count()).toBe(0);
    await again.close();

    // Nothing changes in the schedule: a meeting tab in a call, in front of the user, is not seen.
    await inWorker(() => chrome.storage.sync.set({ settings: { version: 1, intervalMin: 5, holdWhilePresenting: false } }));
    const meeting = await openMeeting(limber.context);
    expect(await talk(meeting)).toBe('running');
    expect(await inWorker(() => chrome.tabs.query({ url: 'https://meet.google.com/*' }).then((tabs) => tabs.length))).toBe(0);
    const probe = await openProbe(limber);
    await restartCount(probe);
    await probe.close();
    await meeting.bringToFront();
    const card = await limber.context.waitForEvent('page', { predicate: (p) => p.url().includes('/break.html'), timeout: 20_000 });
    const { meeting: seen, due } = await inWorker(async () => (await chrome.storage.local.get('schedule')).schedule as { meeting: { inCall: boolean }; due: { shownAt: number | null } });
    expect(seen.inCall).toBe(false);
    expect(due.shownAt).not.toBeNull();
    await card.close();
  });
});
