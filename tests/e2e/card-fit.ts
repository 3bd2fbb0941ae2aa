import type { BrowserContext, Page } from 'playwright-core';
import { EXERCISE_DATA } from '../../data/exercises';

/**
 * The break window's page area: BREAK_WINDOW_SIZE (platform/break-window.ts, 440x660) less its
 * 40 px title bar (tests/unit/platform/break-window-size.test.ts keeps the two in step).
 */
export const BREAK_VIEWPORT = { width: 440, height: 620 } as const;

/**
 * Room a card must leave below it. A card within a few pixels of the bottom can settle either way:
 * with a scrollbar, its text wraps in 15 px less width and it no longer fits, so it keeps the
 * scrollbar (seen once in CI, German seated twist: 578 px).
 */
export const HEADROOM = 16;

/** The break page showing one card as a break shows it: with Snooze and Skip, the full hold, no sound. */
export const breakCardPath = (exerciseId: string) => `/break.html?break=1&exercise=${exerciseId}&snooze=1&hold=1&snoozeMin=5&sound=0`;

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

/** Real milliseconds every card has to show in its frame. */
const CARDS_SHOWN_MS = 60_000;

/**
 * The cards that do not fit the break window with HEADROOM to spare, each as "id: height", or
 * "id: never shown": a card that scrolls hides Snooze, Skip or the keys hint below the fold.
 * Every card at once, each in a frame the size of the break window's page area, inside one
 * extension page: the same layout as a window of its own (every card's height measured both ways
 * was the same), in a fifth of the CPU of loading the cards one after another in one window.
 */
export async function cardsThatScroll(context: BrowserContext, url: (path: string) => string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(url('/popup.html'));
  const cards = EXERCISE_DATA.map((e) => ({ id: e.id, src: url(breakCardPath(e.id)) }));
  const heights = await page.evaluate(async ({ cards, viewport, timeout }) => {
    document.body.replaceChildren();
    const measured: Record<string, number | null> = {};
    const deadline = Date.now() + timeout;
    await Promise.all(cards.map(({ id, src }) => new Promise<void>((resolve) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = `width:${viewport.width}px;height:${viewport.height}px;border:0;display:block`;
      frame.src = src;
      const measure = () => {
        const doc = frame.contentDocument;
        if (doc?.querySelector(`.stretch-card[data-exercise="${id}"] h1`)) {
          // The body, not the document: a document is never shorter than its window.
          measured[id] = Math.ceil(doc.body.getBoundingClientRect().height);
          resolve();
        } else if (Date.now() > deadline) {
          measured[id] = null;
          resolve();
        } else setTimeout(measure, 20);
      };
      frame.onload = measure;
      document.body.append(frame);
    })));
    return measured;
  }, { cards, viewport: BREAK_VIEWPORT, timeout: CARDS_SHOWN_MS });
  await page.close();
  return EXERCISE_DATA.flatMap((e) => {
    const height = heights[e.id];
    if (height === null || height === undefined) return [`${e.id}: never shown`];
    return height > BREAK_VIEWPORT.height - HEADROOM ? [`${e.id}: ${height}`] : [];
  });
}
