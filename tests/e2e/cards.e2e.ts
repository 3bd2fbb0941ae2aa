import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_DATA } from '../../data/exercises';
import { launch, type Limber } from './harness';
import { BREAK_VIEWPORT, HEADROOM, breakCardPath, newPreviewPage } from './card-fit';

/** Every card of the library, as the break window and the picker show it, in both themes. */
describe('every card of the library', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch();
  });
  afterAll(async () => limber?.close());

  it('there are at least 30', () => expect(EXERCISE_DATA.length).toBeGreaterThanOrEqual(30));

  it('render in the break window with a name, a picture that loads, 2-4 cues and a timer, light and dark, and fit it without scrolling', async () => {
    const page = await newPreviewPage(limber.context);
    await page.setViewportSize(BREAK_VIEWPORT);
    const tall: string[] = [];
    for (const exercise of EXERCISE_DATA) {
      // One load per card, as a break shows it; the theme changes in place.
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(limber.url(breakCardPath(exercise.id)));
      await page.waitForSelector(`.stretch-card[data-exercise="${exercise.id}"] h1`);
      const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
      if (height > BREAK_VIEWPORT.height - HEADROOM) tall.push(`${exercise.id}: ${height}`);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const card = await page.evaluate(async () => {
          const picture = document.querySelector<HTMLElement>('.stretch-card [role=img]');
          const mask = picture ? getComputedStyle(picture).maskImage || getComputedStyle(picture).webkitMaskImage : '';
          const url = /url\("?([^")]+)"?\)/.exec(mask)?.[1] ?? '';
          const svg = url ? await fetch(url).then((r) => (r.ok ? r.text() : '')) : '';
          return {
            name: document.querySelector('.stretch-card h1')?.textContent?.trim() ?? '',
            alt: picture?.getAttribute('aria-label') ?? '',
            svgOk: svg.includes('<svg'),
            cues: document.querySelectorAll('.card-cues li').length,
            timer: document.querySelector('[data-testid=seconds-left]') !== null,
          };
        });
        const what = `${exercise.id} (${scheme})`;
        expect(card.name, what).not.toBe('');
        expect(card.alt, what).not.toBe('');
        expect(card.svgOk, what).toBe(true);
        expect(card.cues, what).toBe(exercise.cueCount);
        expect(card.timer, what).toBe(true);
      }
    }
    expect(tall, 'cards that scroll in the break window').toEqual([]);
    await page.close();
  });

  it('are all in the options page picker, each with its picture', async () => {
    const page = await limber.openPage('/options.html');
    await page.waitForSelector('.picker-item');
    for (const exercise of EXERCISE_DATA) {
      await expect.poll(() => page.locator(`.picker-item[data-exercise="${exercise.id}"] [role=img]`).count(), { timeout: 5000 }).toBe(1);
    }
    await page.close();
  });
});
