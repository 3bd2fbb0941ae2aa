/**
 * A 1-hour pause from the popup, in Chromium on the fast clock (1 simulated minute per real
 * second), default settings: no break for that hour, badge "II", then a fresh count.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { launch, type Limber } from './harness';
import { INTERVAL, LATE_OK, MIN, badgeText, openProbe, expectBadgeAgreesWithCount, readState, simNow, watchBreaks, type Opened } from './schedule-probe';

describe('a pause people can trust (fast clock, default settings)', () => {
  let limber: Limber | null = null;
  afterAll(async () => limber?.close());

  it('pause for 1 hour from the popup: no break for that hour, badge II, then a fresh count', async () => {
    limber = await launch({ fastClock: true });
    const opened: Opened[] = [];
    watchBreaks(limber, opened);
    const launched = limber;
    await expectBadgeAgreesWithCount(launched);
    // The toolbar popup for the pause; the options page, which sits still, to watch the hour pass.
    const popup = await limber.openPage('/popup.html');
    const counting = await readState(popup);
    const wouldBeDue = counting.seenAt - counting.sitMs + INTERVAL;
    await popup.getByTestId('pause-1h').click();
    await expect.poll(() => badgeText(popup), { timeout: 5_000 }).toBe('II');
    await expect.poll(() => popup.getByTestId('paused').textContent()).toMatch(/^Paused until /);
    await expect.poll(() => popup.getByTestId('resume').isVisible()).toBe(true);
    await popup.close();
    const probe = await openProbe(limber);
    // Kill the worker while paused too: the pause is stored, not held in memory. Past the moment
    // the break would have been due, by more than a break may be late.
    await expect.poll(() => simNow(probe), { timeout: 45_000, interval: 250 }).toBeGreaterThan(wouldBeDue + LATE_OK);
    expect(opened).toHaveLength(0);
    await limber.killWorker();
    // The hour passes (the count would have been due 10 minutes in): no break window, and II on the
    // badge to the last minute. The clock and the badge are read together: a read a real second
    // late is a minute late here, past the pause's end.
    const until = (await readState(probe)).paused as { until: number };
    const seen: { left: number; badge: string }[] = [];
    await expect.poll(async () => {
      const { now, badge } = await probe.evaluate(async () => ({ now: Date.now(), badge: await chrome.action.getBadgeText({}) }));
      seen.push({ left: until.until - now, badge });
      return until.until - now;
    }, { timeout: 40_000, interval: 250 }).toBeLessThan(MIN);
    const inPause = seen.filter((x) => x.left > 1000);
    expect(inPause.map((x) => x.badge), JSON.stringify(seen)).toEqual(inPause.map(() => 'II'));
    expect(Math.min(...inPause.map((x) => x.left)), JSON.stringify(seen)).toBeLessThan(3 * MIN);
    expect(opened).toHaveLength(0);
    // Then a fresh count: 30 minutes to go.
    await expect.poll(() => badgeText(probe), { timeout: 10_000 }).toBe('30');
    const s = await readState(probe);
    expect(s.paused).toBeNull();
    expect(s.sitMs).toBeLessThan(2 * MIN);
    expect(opened).toHaveLength(0);
    await limber.close();
    limber = null;
  }, 150_000);
});
