/** Text that does not fit its box: the check every language's pages go through. */
import type { Page } from 'playwright-core';

/** Visible text boxes whose content is wider than the box (inline and hidden elements skipped). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = 'button, label, h1, h2, h3, legend, summary, th, td, dt, dd, p, li, select, .button-like, .day-chip';
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.closest('.visually-hidden, [hidden], dialog:not([open])')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'inline' || style.display === 'none' || style.visibility === 'hidden' || el.clientWidth === 0) continue;
      const wide = el.scrollWidth > el.clientWidth + 1;
      const tall = el.tagName === 'BUTTON' && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) found.push(`${el.tagName.toLowerCase()}.${el.className || '-'} "${(el.textContent ?? '').trim().slice(0, 60)}" ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
    }
    return found;
  });
}
