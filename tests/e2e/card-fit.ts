import type { BrowserContext } from 'playwright-core';
import { EXERCISE_DATA } from '../../data/exercises';

/** The break window's page area: a 400x600 window less its title bar. */
export const BREAK_VIEWPORT = { width: 400, height: 560 } as const;

/**
 * The cards that do not fit the break window, each as "id: scroll height": a card that scrolls
 * hides Snooze, Skip or the keys hint below the fold.
 */
export async function cardsThatScroll(context: BrowserContext, url: (path: string) => string): Promise<string[]> {
  const page = await context.newPage();
  await page.setViewportSize(BREAK_VIEWPORT);
  const tall: string[] = [];
  for (const exercise of EXERCISE_DATA) {
    await page.goto(url(`/break.html?break=1&exercise=${exercise.id}&snooze=1&hold=1&snoozeMin=5&sound=0`));
    await page.waitForSelector(`.stretch-card[data-exercise="${exercise.id}"] h1`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height > BREAK_VIEWPORT.height) tall.push(`${exercise.id}: ${height}`);
  }
  await page.close();
  return tall;
}
