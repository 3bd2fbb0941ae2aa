import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, waitFor, type FirefoxLimber } from './harness';

const MIN = 60_000;
const BREAK = '/break.html';
const OPTIONS = '/options.html';
/**
 * The clock runs 20 times faster (Chromium's files: 60). Firefox wakes its suspended event page for
 * each alarm, slower than Chromium starts a worker: on a busy machine its alarms came 3-6 real
 * seconds apart instead of one simulated minute. At 60x a few such seconds looked like 5 minutes
 * asleep (a natural break); at 30x a break was 3 real seconds (93 simulated) late.
 */
const SPEED = 20;
/** Real milliseconds to wait for something 30 simulated minutes away, with slack. */
const HALF_HOUR_REAL = (30 * MIN) / SPEED + 30_000;
/**
 * How late a break may open, and an answer take effect (a suspended event page starts first), in
 * simulated time: 90 s and 3 minutes, as in the Chromium files at 60x.
 */
const LATE_OK = 90_000;
const APPLY_OK = 180_000;
/** Real milliseconds a window may take to start loading once the background shows it. */
const WINDOW_OK_REAL_MS = 5_000;

/**
 * Presses "Another", waits for the next card (the background answers in its own time), then samples
 * the seconds its hold timer shows, every 500 ms on the page's clock.
 */
const SAMPLE_NEXT_CARD_TIMER = `
  const read = () => Number(doc.querySelector('[data-testid=seconds-left]')?.textContent);
  const title = () => doc.querySelector('.stretch-card h1')?.textContent ?? '';
  // The browser window's timers (the same clock): a page that closes meanwhile stops its own.
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const before = title();
  doc.querySelector('[data-testid=another]')?.click();
  for (let waited = 0; title() === before; waited += 50) {
    if (waited > 10000) throw new Error('"Another" did not change the card from ' + before + (doc.defaultView ? '' : ' (its window closed)'));
    await sleep(50);
  }
  const samples = [];
  for (let i = 0; i < 8; i++) { samples.push(read()); await sleep(500); }
  return samples;
`;

describe('Firefox: the core loop on a fast clock, default settings', () => {
  let ff: FirefoxLimber;
  beforeAll(async () => {
    ff = await launchFirefox({ fastClock: true, speed: SPEED });
  });
  afterAll(async () => ff?.close());

  /** The stored schedule: read through the welcome page, open since install. */
  const schedule = async () => (await ff.inPage<{ seenAt: number; sitMs: number; due: { since: number; shownAt: number | null } | null }>('/welcome.html', `
    const { schedule } = await win.wrappedJSObject.browser.storage.local.get('schedule');
    return JSON.parse(JSON.stringify(schedule));`))!;

  /**
   * Waits for a break window whose page can be reached; returns when it began to load (browser
   * clock). Looks every 250 ms: each look lists Firefox's tabs from its own windows (a script round
   * trip), and 50 a second for the 90-second wait took CPU the fast-clock files beside it need.
   */
  const breakWindowOpened = (what: string) => waitFor(async () => {
    const tabs = await ff.tabs();
    // When the window's page began to load (its own clock): how late the worker opened it, not how
    // long this test took to notice.
    return tabs.find((t) => t.url.includes(BREAK) && t.reachable) ? ff.inPage<number>(BREAK, 'return win.performance.timeOrigin;') : null;
  }, HALF_HOUR_REAL, what, 250, () => ff.tabs());

  /**
   * The break after a count that started at `countStart`: the background decides it is due and
   * shows it on time (simulated time, as a user would see it), and the window's page starts to
   * load within WINDOW_OK real seconds of that (the browser's own speed, on a busy machine).
   */
  async function expectOnTime(countStart: { earliest: number; latest: number }, opened: number, what: string): Promise<void> {
    const s = await schedule();
    const story = `${what}: opened ${(opened - countStart.latest) / 1000} s after the count started (at the latest; ${(countStart.latest - countStart.earliest) / 1000} s earlier at the earliest); schedule ${JSON.stringify(s)}; idle: ${(await ff.idleLog()).join(', ')}`;
    expect(s.due?.shownAt ?? null, story).not.toBeNull();
    expect(s.due!.shownAt! - countStart.earliest, story).toBeGreaterThanOrEqual(30 * MIN - 1000);
    expect(s.due!.shownAt! - countStart.latest, story).toBeLessThan(30 * MIN + LATE_OK);
    // The schedule's own count began no earlier than the install was asked for (it may begin after
    // the install answered: the background's first event can come later on a busy machine).
    expect(s.seenAt - s.sitMs, story).toBeGreaterThanOrEqual(countStart.earliest - 1000);
    expect(opened, story).toBeGreaterThanOrEqual(s.due!.shownAt! - 1000);
    expect((opened - s.due!.shownAt!) / SPEED, story).toBeLessThan(WINDOW_OK_REAL_MS);
  }

  it('installs the extension from the build, with its gecko id', () => {
    expect(ff.extensionId).toBe('limber@limber-stretch.org');
  });

  it('opens one break window after 30 minutes of sitting; the timer runs; Done restarts the count and it runs on; the options page saves', async () => {
    // The background counts on its own and opens the break window on schedule.
    const opened = await breakWindowOpened('the first break window');
    await expectOnTime({ earliest: ff.installStartedAt, latest: ff.installedAt }, opened, 'the first break');
    const breakTabs = (await ff.tabs()).filter((t) => t.url.includes(BREAK));
    expect(breakTabs).toHaveLength(1);
    expect(breakTabs[0]!.windowType).toBe('popup');
    expect(breakTabs[0]!.url).toMatch(/[?&]break=\d+/);
    expect(breakTabs[0]!.url).toMatch(/[?&]exercise=[\w-]+/);

    // One card with a name and a hold timer that counts down.
    const title = await ff.inPage<string>(BREAK, `return doc.querySelector('.stretch-card h1')?.textContent ?? '';`);
    expect(title).toBeTruthy();
    const samples = (await ff.inPage<number[]>(BREAK, SAMPLE_NEXT_CARD_TIMER).catch(async (e: unknown) => {
      throw new Error(`${String(e)}; schedule ${JSON.stringify(await schedule())}; tabs ${JSON.stringify(await ff.tabs())}`);
    }))!;
    expect(samples.every(Number.isFinite)).toBe(true);
    expect(samples[0]).toBeGreaterThan(0);
    expect(Math.min(...samples)).toBeLessThan(samples[0]!);

    // Done closes the window and restarts the count (once applied: the background may be starting,
    // its event page suspended): the next break is 30 minutes after that.
    const doneAt = await ff.now();
    await ff.inPage(BREAK, `doc.querySelector('[data-testid=done]').click();`);
    await waitFor(async () => !(await ff.tabs()).some((t) => t.url.includes(BREAK)), 10_000, 'the break window to close', 100, () => ff.tabs());
    const afterDone = await schedule();
    const restartedAt = afterDone.seenAt - afterDone.sitMs;
    expect(restartedAt, `the count did not restart at Done: schedule ${JSON.stringify(afterDone)}; idle: ${(await ff.idleLog()).join(', ')}`).toBeGreaterThanOrEqual(doneAt);
    expect(restartedAt - doneAt, 'Done applied late').toBeLessThan(APPLY_OK);
    // The count runs on from Done: its ticks add to it without restarting it, the badge counts down
    // to a break 30 minutes after Done, and the wake alarm is armed for the next minute. (Waiting for
    // that break too would be 90 more real seconds; the first one showed a break comes on time.)
    const later = await waitFor(async () => {
      const s = await schedule();
      return s.seenAt - restartedAt >= 3 * MIN ? s : null;
    }, (4 * MIN) / SPEED + 10_000, 'three minutes counted after Done', 200, schedule);
    expect(later.due, `a break came due within minutes of Done: ${JSON.stringify(later)}`).toBeNull();
    expect(later.seenAt - later.sitMs, `the count restarted again after Done: ${JSON.stringify(later)}`).toBe(restartedAt);
    const shown = (await ff.inPage<{ now: number; badge: string; wake: number | null }>('/welcome.html', `
      const api = win.wrappedJSObject.browser;
      const wake = await api.alarms.get('limber-wake');
      return { now: Date.now(), badge: await api.action.getBadgeText({}), wake: wake ? wake.scheduledTime : null };`))!;
    const minutesLeft = (restartedAt + 30 * MIN - shown.now) / MIN;
    expect(Number(shown.badge), `badge ${shown.badge} at ${minutesLeft.toFixed(2)} minutes before the next break`).toBeGreaterThanOrEqual(Math.floor(minutesLeft));
    expect(Number(shown.badge)).toBeLessThanOrEqual(Math.ceil(minutesLeft) + 1);
    expect(shown.wake, 'no wake alarm after Done').not.toBeNull();
    expect(shown.wake! - shown.now).toBeLessThanOrEqual(MIN + 1000);

    // The options page, opened the way the extension opens it (runtime.openOptionsPage), saves a setting.
    await ff.inPage('/welcome.html', `await win.wrappedJSObject.browser.runtime.openOptionsPage();`);
    await waitFor(() => ff.inPage<boolean>(OPTIONS, `return !!doc.querySelector('#intervalMin');`), 10_000, 'the options page');
    await ff.inPage(OPTIONS, `
      const input = doc.querySelector('#intervalMin');
      input.value = '45';
      input.dispatchEvent(new win.Event('input', { bubbles: true }));
    `);
    // Saved, not still saving: reloaded while "Saving…" showed, the page read the old value.
    const saved = await waitFor(() => ff.inPage<string | null>(OPTIONS, `const s = doc.querySelector('[data-testid=saved]'); return s?.dataset.status === 'saved' ? s.textContent : null;`), 10_000, 'the saved status');
    expect(saved!.trim()).not.toBe('');
    // Saved for real: a fresh load of the page shows the new value.
    await ff.inPage(OPTIONS, `win.location.reload();`);
    const reloaded = await waitFor(
      () => ff.inPage<string>(OPTIONS, `const v = doc.querySelector('#intervalMin')?.value; return v && doc.readyState === 'complete' ? v : null;`),
      10_000, 'the reloaded options page');
    expect(reloaded).toBe('45');
  }, 3 * HALF_HOUR_REAL);
});
