import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { waitForPage, type Limber } from './harness';
import { overflowing } from './overflow';

/** A 1366x768 screen less Chromium's tab strip and toolbar (88 px): what a maximised window shows of a page. */
export const SCREEN = { width: 1366, height: 680 } as const;

/**
 * The welcome page that a fresh install opened by itself, in the browser's language (`dir`, its
 * _locales folder): its own title, no scrolling either way and no text overflowing, light and dark.
 * The i18n file checks it in the browsers it starts per language anyway.
 */
export async function expectWelcomeFits(limber: Limber, dir: string): Promise<void> {
  const catalogue = JSON.parse(readFileSync(`public/_locales/${dir}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  const page = await waitForPage(limber.context, '/welcome.html', 15_000);
  await page.setViewportSize(SCREEN);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForSelector('h1');
    expect(await page.locator('h1').textContent()).toBe(catalogue.welcomeTitle!.message);
    const size = await page.evaluate(() => {
      const root = document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, scrollHeight: root.scrollHeight, clientHeight: root.clientHeight };
    });
    expect(size.scrollWidth, `${dir} ${scheme}: horizontal scroll`).toBeLessThanOrEqual(size.clientWidth);
    expect(size.scrollHeight, `${dir} ${scheme}: vertical scroll`).toBeLessThanOrEqual(size.clientHeight);
    expect(await overflowing(page), `${dir} ${scheme}`).toEqual([]);
  }
}
