/**
 * The shipped languages other than German (German has tests/e2e/i18n.e2e.ts): Chromium started in
 * the language shows the card with its name in that language, fitting its window, and nothing
 * overflows on the card, the options page or the welcome page. One file per language
 * (i18n-<language>.e2e.ts), so they run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { launch, type Limber } from './harness';
import { BREAK_VIEWPORT, cardsThatScroll, newPreviewPage } from './card-fit';
import { overflowing } from './overflow';
import { expectWelcomeFits, SCREEN } from './welcome-fit';

type Catalogue = Record<string, { message: string }>;

/** `dir`: the _locales folder; `env`: the POSIX locale Chromium is started in. */
export function describeLanguageFits(dir: string, env: string): void {
  describe(`Limber in ${dir}`, () => {
    let limber: Limber;
    let catalogue: Catalogue;
    beforeAll(async () => {
      catalogue = JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Catalogue;
      const language = dir.replace('_', '-');
      limber = await launch({ args: [`--lang=${language}`], env: { LANGUAGE: dir, LANG: `${env}.UTF-8`, LC_ALL: `${env}.UTF-8` } });
    });
    afterAll(async () => limber?.close());

    it('fits the card in the break window and overflows nothing on the card and the options page', async () => {
      const page = await newPreviewPage(limber.context);
      await page.setViewportSize(BREAK_VIEWPORT);
      await page.goto(limber.url('/break.html?break=1&exercise=neck-release&snooze=1'));
      await page.waitForSelector('.stretch-card h1');
      expect(await page.locator('#card-name').textContent()).toBe(catalogue.ex_neck_release_name!.message);
      expect(await overflowing(page)).toEqual([]);
      const scroll = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll[0], 'horizontal scroll in the break window').toBeLessThanOrEqual(scroll[1]!);
      await page.setViewportSize({ width: 900, height: 1000 });
      await page.goto(limber.url('/options.html'));
      await page.waitForSelector('#breaks-heading');
      expect(await overflowing(page)).toEqual([]);
      await page.close();
    });

    it('fits every card in the break window without scrolling', async () => {
      expect(await cardsThatScroll(limber.context, limber.url)).toEqual([]);
    });

    it(`fits the welcome page in ${SCREEN.width}x${SCREEN.height}`, () => expectWelcomeFits(limber, dir));
  });
}
