/**
 * Accessibility: the popup's shortcut hint, reduced motion, the dark palette; and axe-core on the
 * popup, the break card, the options page (its own-stretch editor open too) and the welcome page
 * in light (dark: a11y-dark.e2e.ts, both through tests/e2e/axe-pages.ts): no violation of impact
 * serious or critical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Limber } from './harness';
import { describeAxe } from './axe-pages';

describe('accessibility (axe-core)', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch();
  });
  afterAll(async () => limber?.close());

  it('the popup names the keyboard shortcut for a stretch now', async () => {
    const popup = await limber.openPage('/popup.html');
    await expect.poll(() => popup.getByTestId('shortcut-hint').textContent()).toBe('Shortcut for a stretch now: Alt+Shift+L');
    await popup.close();
  });

  it('reduced motion: the breath pacer stands still and nothing transitions; motion allowed: it breathes', async () => {
    const page = await limber.context.newPage();
    const pacer = () => page.evaluate(() => {
      const el = document.querySelector('[data-testid=breath-pacer]')!;
      return { transform: getComputedStyle(el).transform, transition: getComputedStyle(el).transitionDuration };
    });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(limber.url('/break.html?exercise=seated-twist&snooze=0'));
    await page.waitForSelector('[data-testid=breath-pacer]');
    const still = await pacer();
    // What is tested is an absence: the pacer does not move. Motion allowed, it moves within this time (below).
    await page.waitForTimeout(1200);
    expect(await pacer()).toEqual(still);
    expect(still.transition).toBe('0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const seen = new Set<string>();
    await expect.poll(async () => seen.add((await pacer()).transform).size, { timeout: 1400, interval: 100 }).toBeGreaterThan(1);
    await page.close();
  });

  it('dark theme is its own palette, not an inversion: dark surface, light text, same green family', async () => {
    const page = await limber.context.newPage();
    const colours = () => page.evaluate(() => {
      const card = getComputedStyle(document.querySelector('.stretch-card')!);
      const done = getComputedStyle(document.querySelector('[data-testid=done]')!);
      return { surface: card.backgroundColor, text: card.color, accent: done.backgroundColor };
    });
    await page.goto(limber.url('/break.html?exercise=neck-release&snooze=0'));
    await page.waitForSelector('.stretch-card h1');
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await colours();
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await colours();
    const rgb = (c: string) => c.match(/\d+/g)!.slice(0, 3).map(Number);
    const invert = (c: string) => `rgb(${rgb(c).map((v) => 255 - v).join(', ')})`;
    expect(dark.surface).not.toBe(light.surface);
    expect(dark.surface).not.toBe(invert(light.surface));
    expect(dark.accent).not.toBe(invert(light.accent));
    const [r, g, b] = rgb(dark.accent);
    expect(g).toBeGreaterThan(r!); // still a green, lighter for the dark ground
    expect(g).toBeGreaterThan(b!);
    await page.close();
  });
});

describeAxe('light');
