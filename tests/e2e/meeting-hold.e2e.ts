/**
 * The meeting hold, with a stand-in meeting: https://meet.google.com/... served by the test
 * itself (tests/e2e/meeting-page.ts).
 *
 * The permission: headless Chromium shows the permission prompt where nothing can answer it (the
 * `--apps-gallery-install-auto-confirm-for-tests=accept` switch does not reach permissions.request,
 * and chrome://extensions' developerPrivate.addHostPermission does not grant optional hosts: both
 * tried). So these tests load a copy of the build whose manifest grants the meeting sites up front,
 * as if the user had said yes; the options toggle then asks as it always does, and the browser
 * answers at once. Asking and refusing is meeting-permission.e2e.ts.
 *
 * Two browsers: under libfaketime Chromium's audio output never reaches its level meter, so no tab
 * is ever "audible" on the fast clock. The sound half runs on the real clock (a tab playing sound
 * is a call, quiet it is not); the hold half on the fast clock (one simulated minute per real
 * second) with the meeting tab in front of the user, which is a call with or without sound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, launch, newProfileDir, type Limber } from './harness';
import { look, restartCount } from './answers';
import { MEETING_ARGS, hush, openMeeting, serveMeeting, talk } from './meeting-page';
import { MIN, lateOk, openProbe } from './schedule-probe';
import { workerCall } from './worker-call';

/**
 * The grace period after a call, in the hold test: 5 simulated minutes are 5 real seconds, time
 * enough on a busy machine for "a moment in another tab and back" to fall inside it.
 */
const GRACE_MIN = 5;

interface Schedule {
  sitMs: number;
  due: { breakId: number; shownAt: number | null } | null;
  meeting: { inCall: boolean; endedAt: number | null };
}

/** A copy of the build with the (optional) meeting sites granted at install. */
function extensionWithMeetingSites(): string {
  const dir = newProfileDir('limber-ext-');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = manifest.optional_host_permissions;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** One browser with the stand-in meeting, the granted copy, and the hold turned on from the options page. */
function meetingBrowser(fastClock: boolean) {
  const world = {} as { limber: Limber; extDir: string };
  beforeAll(async () => {
    world.extDir = extensionWithMeetingSites();
    world.limber = await launch({ fastClock, args: MEETING_ARGS, extensionDir: world.extDir });
    await serveMeeting(world.limber.context);
    const options = await world.limber.openPage('/options.html');
    // Setup, not the test (the toggle's own behaviour is meeting-permission.e2e.ts): twice in about
    // fifteen loaded runs the first click left the box unchecked, not yet explained; a second
    // click, a moment later, takes.
    const toggle = options.locator('#holdDuringMeetings');
    // As a user would: in the tab in front (a guess at the unexplained first click that did not take).
    await options.bringToFront();
    await toggle.click();
    const turnedOn = () => options.locator('#meetingGraceMin').waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (!(await turnedOn())) {
      console.warn('meeting-hold setup: the first click on the meeting toggle did not take; clicking again');
      if (!(await toggle.isChecked())) await toggle.click();
      await options.locator('#meetingGraceMin').waitFor();
    }
    // Saved (expect.poll is for tests, not their hooks).
    const saved = () => options.evaluate(async () => ((await chrome.storage.sync.get('settings')).settings as { holdDuringMeetings?: boolean } | undefined)?.holdDuringMeetings);
    for (const started = Date.now(); (await saved()) !== true; ) {
      if (Date.now() - started > 10_000) throw new Error('the options page did not save "hold breaks during web meetings" within 10 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    await options.close();
  });
  afterAll(async () => {
    await world.limber?.close();
    if (world.extDir) rmSync(world.extDir, { recursive: true, force: true });
  });
  const inWorker = <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A) => workerCall(world.limber)(fn, arg);
  return {
    world,
    inWorker,
    schedule: () => inWorker(async () => (await chrome.storage.local.get('schedule')).schedule as Schedule),
    settings: (patch: Record<string, unknown>) =>
      inWorker(async (p) => {
        const { settings } = (await chrome.storage.sync.get('settings')) as { settings: Record<string, unknown> };
        await chrome.storage.sync.set({ settings: { ...settings, ...p } });
      }, patch),
  };
}

describe('a meeting tab playing sound is a call (real clock)', () => {
  const { world, schedule } = meetingBrowser(false);

  it('the hold is on from the options page; a background meeting tab is in a call while it talks, and not once quiet', async () => {
    const meeting = await openMeeting(world.limber.context);
    const desk = await openProbe(world.limber);
    await desk.bringToFront();
    await look(desk);
    expect((await schedule()).meeting.inCall).toBe(false);
    expect(await talk(meeting)).toBe('running');
    await expect.poll(async () => (await look(desk), (await schedule()).meeting.inCall), { timeout: 10_000 }).toBe(true);
    await hush(meeting);
    // Chrome keeps a tab "audible" for a couple of seconds after its sound stops.
    await expect.poll(async () => (await look(desk), (await schedule()).meeting), { timeout: 15_000, interval: 500 }).toMatchObject({ inCall: false, endedAt: expect.any(Number) });
  });
});

describe('the meeting hold (fast clock)', () => {
  const { world, schedule, settings } = meetingBrowser(true);

  it('a break due in a call waits, through a moment away, and comes when the call has ended plus the grace period', async () => {
    // Breaks every 5 minutes; only the meeting hold may hold them (not "a tab plays sound").
    await settings({ intervalMin: 5, holdWhilePresenting: false, meetingGraceMin: GRACE_MIN });
    const { limber } = world;
    // The tab the user goes to from the call: the options page, which sits still.
    const desk = await openProbe(limber);
    const meeting = await openMeeting(limber.context);
    await meeting.bringToFront();
    await restartCount(desk);
    await expect.poll(async () => (await schedule()).meeting.inCall, { timeout: 10_000 }).toBe(true);

    // The break falls due (5 simulated minutes) in the call: held, no window, the badge says "due".
    await expect.poll(async () => (await schedule()).due, { timeout: 20_000 }).toMatchObject({ shownAt: null });
    expect(await workerCall(limber)(() => chrome.action.getBadgeText({}))).toBe('due');

    // A moment in another tab: the call looks over, the grace period starts; back in it, the hold goes on.
    await desk.bringToFront();
    await expect.poll(async () => (await look(desk), (await schedule()).meeting.endedAt), { timeout: 5_000, interval: 100 }).not.toBeNull();
    await meeting.bringToFront();
    await expect.poll(async () => (await look(desk), (await schedule()).meeting), { timeout: 5_000, interval: 100 }).toEqual({ inCall: true, endedAt: null });
    expect((await schedule()).due?.shownAt).toBeNull();

    // The call ends: the break comes the grace period after it, not before, and on time.
    await desk.bringToFront();
    await expect.poll(async () => (await look(desk), (await schedule()).meeting.endedAt), { timeout: 5_000, interval: 100 }).not.toBeNull();
    const { endedAt } = (await schedule()).meeting;
    const card = await limber.context.waitForEvent('page', { predicate: (p) => p.url().includes('/break.html'), timeout: 15_000 });
    const { due } = await schedule();
    expect(due!.shownAt! - endedAt!).toBeGreaterThanOrEqual(GRACE_MIN * MIN);
    expect(due!.shownAt! - endedAt!).toBeLessThan(GRACE_MIN * MIN + lateOk(limber.speed));
    await card.waitForSelector('.stretch-card h1');
    await card.getByTestId('done').click();
  });
});
