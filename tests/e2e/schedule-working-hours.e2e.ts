/**
 * Working hours, in Chromium on the fast clock (1 simulated minute per real second), default
 * settings otherwise: no counting before they start, a fresh count at the start, the break 30
 * minutes in.
 *
 * The browser's clock starts at a fixed local time (08:50 on a Wednesday; faketime's start-at
 * clock), so the scenario runs the same whatever the hour: a working window a few minutes ahead
 * never crosses midnight.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Limber } from './harness';
import { LATE_OK, MIN, badgeText, openProbe, expectBadgeAgreesWithCount, readState, watchBreaks, type Opened } from './schedule-probe';

const START_AT = '2026-12-02 08:50:00';

describe('working hours people can trust (fast clock, default settings)', () => {
  let limber: Limber | null = null;
  afterAll(async () => limber?.close());

  it('working hours: no counting outside them, a fresh count when they start, the break 30 minutes later', async () => {
    limber = await launch({ fastClock: true, startAt: START_AT });
    const opened: Opened[] = [];
    watchBreaks(limber, opened);
    const launched = limber;
    await expectBadgeAgreesWithCount(launched);
    const probe = await openProbe(limber);
    // The toolbar popup, to see what it says outside the hours; closed after (its countdown
    // redraws 60 times a real second on this clock).
    const popup = await limber.openPage('/popup.html');
    // A working window that starts 10 simulated minutes from now (local time), away from midnight:
    // 10 real seconds to see the off-hours state in, on a busy machine.
    const local = await probe.evaluate(() => { const d = new Date(); return d.getHours() * 60 + d.getMinutes(); });
    expect(local, 'the browser clock starts at 08:50 local time').toBeGreaterThanOrEqual(8 * 60 + 50);
    expect(local + 55, 'the working window must end before midnight').toBeLessThan(1440);
    const workStartMin = local + 10;
    await probe.evaluate(
      (hours) => chrome.storage.sync.set({ settings: { version: 1, workDays: [0, 1, 2, 3, 4, 5, 6], ...hours } }),
      { workStartMin, workEndMin: workStartMin + 45 },
    );
    // Outside the hours: blank badge, off-hours state, no counting.
    await expect.poll(() => badgeText(probe), { timeout: 5_000 }).toBe('');
    expect((await readState(probe)).offHours).toBe(true);
    await expect.poll(() => popup.getByText('Outside your working hours.').isVisible()).toBe(true);
    await popup.close();
    // At the start: a fresh count.
    await expect.poll(() => badgeText(probe), { timeout: 20_000, interval: 200 }).toBe('30');
    const started = await readState(probe);
    expect(started.offHours).toBe(false);
    const countStart = started.seenAt - started.sitMs;
    expect(new Date(countStart).getHours() * 60 + new Date(countStart).getMinutes()).toBe(workStartMin % 1440);
    expect(opened).toHaveLength(0);
    // The break: 30 minutes into the working window, not counting the time before it.
    await expect.poll(() => opened.length, { timeout: 40_000, interval: 200 }).toBe(1);
    const page = opened[0]!.page;
    await page.waitForSelector('.stretch-card h1');
    const at = await page.evaluate(() => performance.timeOrigin);
    expect(at - countStart).toBeGreaterThanOrEqual(30 * MIN - 1000);
    expect(at - countStart).toBeLessThan(30 * MIN + LATE_OK);
    await limber.close();
    limber = null;
  }, 150_000);
});
