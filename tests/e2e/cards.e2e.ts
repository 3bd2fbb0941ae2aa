import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_DATA } from '../../data/exercises';
import { PICTURE_MOTION } from '../../data/picture-motion';
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
      // A drawn picture's layers come after the card's first paint.
      await page.waitForFunction(() => !!document.querySelector('.stretch-card [role=img] img'));
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const card = await page.evaluate(async () => {
          const picture = document.querySelector<HTMLElement>('.stretch-card [role=img]');
          // A layer per keyframe, each a view of one SVG.
          const layers = [...(picture?.querySelectorAll('img') ?? [])];
          await Promise.all(layers.map((img) => img.decode().catch(() => undefined)));
          const url = layers[0]?.src.replace(/#.*$/, '') ?? '';
          const svg = url ? await fetch(url).then((r) => (r.ok ? r.text() : '')) : '';
          const box = picture?.getBoundingClientRect();
          return {
            name: document.querySelector('.stretch-card h1')?.textContent?.trim() ?? '',
            alt: picture?.getAttribute('aria-label') ?? '',
            svgOk: svg.includes('<svg') && layers.every((img) => img.naturalWidth > 0),
            layers: layers.map((img) => img.src.replace(/^.*#/, '')),
            height: box?.height ?? 0,
            cues: document.querySelectorAll('.card-cues li').length,
            timer: document.querySelector('[data-testid=seconds-left]') !== null,
          };
        });
        const what = `${exercise.id} (${scheme})`;
        expect(card.name, what).not.toBe('');
        expect(card.alt, what).not.toBe('');
        expect(card.svgOk, what).toBe(true);
        expect(card.height, what).toBeGreaterThanOrEqual(160);
        // Drawn from poses and moving (the browser's default motion): one layer per keyframe.
        const frames = PICTURE_MOTION[exercise.id]?.frames ?? 0;
        expect(frames, what).toBeGreaterThanOrEqual(2);
        expect(card.layers, what).toEqual(Array.from({ length: frames }, (_, i) => `k${i}`));
        expect(card.cues, what).toBe(exercise.cueCount);
        expect(card.timer, what).toBe(true);
      }
    }
    expect(tall, 'cards that scroll in the break window').toEqual([]);
    await page.close();
  });

  it('are all in the options page picker, each with its picture standing still at 96 px (on the stretch)', async () => {
    const page = await limber.openPage('/options.html');
    await page.waitForSelector('.picker-item');
    for (const exercise of EXERCISE_DATA) {
      const picture = page.locator(`.picker-item[data-exercise="${exercise.id}"] [role=img]`);
      await expect.poll(() => picture.count(), { timeout: 5000 }).toBe(1);
      expect((await picture.boundingBox())?.height, exercise.id).toBe(96);
      await expect.poll(() => picture.locator('img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src.replace(/^.*#/, ''))), { timeout: 5000 }).toEqual(['still']);
    }
    await page.close();
  });

  it('stand still on the stretch, with its arrow, under reduced motion', async () => {
    const page = await limber.context.newPage();
    await page.setViewportSize(BREAK_VIEWPORT);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(limber.url('/break.html?exercise=cat-cow&snooze=1'));
    await page.waitForSelector('.stretch-card[data-exercise="cat-cow"] [role=img] img');
    const views = await page.locator('.stretch-card [role=img] img').evaluateAll((imgs) => imgs.map((img) => (img as HTMLImageElement).src.replace(/^.*#/, '')));
    expect(views).toEqual(['still']);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    await page.close();
  });

  it('move on the compositor in step with the timer, stand still in a rest, and mirror for the second side', async () => {
    const page = await limber.context.newPage();
    await page.setViewportSize(BREAK_VIEWPORT);
    await page.goto(limber.url('/break.html?exercise=neck-release&snooze=1&hold=0.5&snoozeMin=5&sound=0'));
    await page.waitForSelector('.stretch-card[data-exercise="neck-release"] [role=img] img');
    const state = () => page.evaluate(() => ({
      mirrored: document.querySelector('.stretch-card .illustration')?.getAttribute('data-mirrored'),
      rest: document.querySelector('.hold-timer')?.getAttribute('data-rest'),
      animations: document.getAnimations().filter((a) => (a.effect as KeyframeEffect | null)?.target?.closest('.illustration')).map((a) => a.playState),
    }));
    await expect.poll(async () => (await state()).animations.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    const first = await state();
    expect(first.mirrored).toBe('false');
    expect(first.animations.every((s) => s === 'running')).toBe(true);
    // hold=0.5 makes each side 10 s; the 5 s rest before the second side is mirrored already and still.
    // (The picture follows the timer's phase a frame later, in an effect: hence each polls.)
    const summary = async () => {
      const { rest, mirrored, animations } = await state();
      return { rest, mirrored, animations: [...new Set(animations)] };
    };
    await expect.poll(summary, { timeout: 14_000 }).toEqual({ rest: 'true', mirrored: 'true', animations: ['paused'] });
    await expect.poll(summary, { timeout: 8_000 }).toEqual({ rest: 'false', mirrored: 'true', animations: ['running'] });
    await page.getByTestId('timer-toggle').click();
    await expect.poll(summary, { timeout: 2_000 }).toEqual({ rest: 'false', mirrored: 'true', animations: ['paused'] });
    await page.close();
  });
});
