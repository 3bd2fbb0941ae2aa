import type { BrowserContext, Page } from 'playwright-core';
import { EXERCISE_DATA } from '../../data/exercises';

/** The break window's page area: a 400x600 window less its title bar. */
export const BREAK_VIEWPORT = { width: 400, height: 560 } as const;

/**
 * Room a card must leave below it. A card within a few pixels of the bottom can settle either way:
 * with a scrollbar, its text wraps in 15 px less width and it no longer fits, so it keeps the
 * scrollbar (seen once in CI, German seated twist: 578 px).
 */
export const HEADROOM = 16;

/** The break page showing one card as a break shows it: with Snooze and Skip, the full hold, no sound. */
export const breakCardPath = (exerciseId: string) => `/break.html?break=1&exercise=${exerciseId}&snooze=1&hold=1&snoozeMin=5&sound=0`;

/**
 * The cards that do not fit the break window with HEADROOM to spare, each as "id: height": a card
 * that scrolls hides Snooze, Skip or the keys hint below the fold.
 */
/**
 * A page to show a break card as a preview (`break=1` in its URL, though no break is due). A card
 * closes itself once the stored schedule says its break is over, which the worker's next minute
 * wake writes on the real clock: a slow test's preview would close under it. This one stays open.
 */
export async function newPreviewPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.close = () => undefined;
  });
  return page;
}

export async function cardsThatScroll(context: BrowserContext, url: (path: string) => string): Promise<string[]> {
  const page = await newPreviewPage(context);
  await page.setViewportSize(BREAK_VIEWPORT);
  const tall: string[] = [];
  for (const exercise of EXERCISE_DATA) {
    await page.goto(url(breakCardPath(exercise.id)));
    await page.waitForSelector(`.stretch-card[data-exercise="${exercise.id}"] h1`);
    // The body, not the document: a document is never shorter than its window.
    const height = await page.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
    if (height > BREAK_VIEWPORT.height - HEADROOM) tall.push(`${exercise.id}: ${height}`);
  }
  await page.close();
  return tall;
}
