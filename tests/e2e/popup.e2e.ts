import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToClose, launch, type Limber } from './harness';

describe('the toolbar popup', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch();
  });
  afterAll(async () => limber?.close());

  it('shows when the next break is due and how long the user has sat', async () => {
    const worker = await limber.worker();
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('30');
    const popup = await limber.openPage('/popup.html');
    await expect.poll(() => popup.getByTestId('next-break').textContent()).toMatch(/^(29|30):\d\d$/);
    expect(await popup.getByTestId('sitting').textContent()).toMatch(/Sitting for/);
  });

  it('Stretch now shows a card with a running hold timer, and Done restarts the sitting count', async () => {
    const worker = await limber.worker();
    const popup = await limber.openPage('/popup.html');
    await popup.getByTestId('stretch-now').click();
    await popup.waitForSelector('.stretch-card h1');
    const first = Number(await popup.getByTestId('seconds-left').textContent());
    await popup.waitForFunction((start) => Number(document.querySelector('[data-testid=seconds-left]')?.textContent) < start, first, { timeout: 5000 });

    const readSchedule = () =>
      worker.evaluate(async () => (await chrome.storage.local.get('schedule')).schedule as { sitMs: number; seenAt: number });
    const before = (await readSchedule()).seenAt;
    await clickToClose(popup, 'done');
    const schedule = await readSchedule();
    // The count started over at Done (what it holds now is the few milliseconds since).
    expect(schedule.seenAt - schedule.sitMs).toBeGreaterThan(before);
    expect(schedule.sitMs).toBeLessThan(1000);
  });
});
