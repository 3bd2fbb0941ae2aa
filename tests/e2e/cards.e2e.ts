import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_DATA } from '../../data/exercises';
import { launch, type Limber } from './harness';
import { cardsThatScroll } from './card-fit';

/** Every card of the library, as the break window and the picker show it, in both themes. */
describe('every card of the library', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch({ yieldCpu: true });
  });
  afterAll(async () => limber?.close());

  it('there are at least 30', () => expect(EXERCISE_DATA.length).toBeGreaterThanOrEqual(30));

  for (const scheme of ['light', 'dark'] as const) {
    it(`render in the break window with a name, a picture that loads, 2-4 cues and a timer (${scheme})`, async () => {
      const page = await limber.context.newPage();
      await page.setViewportSize({ width: 400, height: 560 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const exercise of EXERCISE_DATA) {
        await page.goto(limber.url(`/break.html?exercise=${exercise.id}&snooze=1`));
        await page.waitForSelector(`.stretch-card[data-exercise="${exercise.id}"] h1`);
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
        expect(card.name, exercise.id).not.toBe('');
        expect(card.alt, exercise.id).not.toBe('');
        expect(card.svgOk, exercise.id).toBe(true);
        expect(card.cues, exercise.id).toBe(exercise.cueCount);
        expect(card.timer, exercise.id).toBe(true);
      }
      await page.close();
    });
  }

  it('each fit the break window without scrolling', async () => {
    expect(await cardsThatScroll(limber.context, limber.url)).toEqual([]);
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
