/**
 * axe-core on each of Limber's pages in one colour scheme: no violation of impact serious or
 * critical; every violation found (of any impact) is printed, counted by impact. One file per
 * scheme (a11y.e2e.ts: light, with the keyboard and motion checks; a11y-dark.e2e.ts: dark), so
 * they run side by side.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { launch, type Limber } from './harness';
import { BREAK_VIEWPORT, newPreviewPage } from './card-fit';

/** A page's address, what shows it is drawn, and optionally a button to press first (then what shows its result). */
interface AxePage {
  readonly name: string;
  readonly path: string;
  readonly ready: string;
  readonly size: { readonly width: number; readonly height: number };
  readonly open?: { readonly testId: string; readonly ready: string };
}

const PAGES: readonly AxePage[] = [
  { name: 'popup', path: '/popup.html', ready: '[data-testid=stretch-now]', size: { width: 356, height: 420 } },
  { name: 'break card (per side)', path: '/break.html?break=1&exercise=neck-release&snooze=1', ready: '.stretch-card h1', size: BREAK_VIEWPORT },
  { name: 'break card (breaths)', path: '/break.html?break=1&exercise=seated-twist&snooze=0', ready: '[data-testid=breath-pacer]', size: BREAK_VIEWPORT },
  { name: 'break card (eyes: look far away)', path: '/break.html?break=1&exercise=look-far&snooze=1', ready: '.stretch-card h1', size: BREAK_VIEWPORT },
  { name: 'options', path: '/options.html', ready: 'h1', size: { width: 900, height: 800 } },
  {
    name: 'options, writing your own stretch', path: '/options.html', ready: '[data-testid=own-add]', size: { width: 900, height: 800 },
    open: { testId: 'own-add', ready: '[data-testid=own-stretch-editor] #own-name' },
  },
  { name: 'welcome', path: '/welcome.html', ready: '[data-testid=try-stretch]', size: { width: 1366, height: 680 } },
  {
    name: 'welcome, trying a stretch', path: '/welcome.html', ready: '[data-testid=try-stretch]', size: { width: 1366, height: 680 },
    open: { testId: 'try-stretch', ready: '[data-testid=try-dialog] .stretch-card h1' },
  },
];
export type Scheme = 'light' | 'dark';

type Counts = Record<string, number>;

async function audit(page: Page): Promise<{ counts: Counts; serious: string[] }> {
  const { violations } = await new AxeBuilder({ page: page as never }).analyze();
  const counts: Counts = {};
  const serious: string[] = [];
  for (const v of violations) {
    const impact = v.impact ?? 'unknown';
    counts[`${impact} ${v.id}`] = v.nodes.length;
    if (impact === 'serious' || impact === 'critical') {
      serious.push(`${impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  return { counts, serious };
}

/** The axe checks of every page in `scheme`, in a browser of their own. */
export function describeAxe(scheme: Scheme): void {
  describe(`accessibility (axe-core), ${scheme}`, () => {
    let limber: Limber;
    beforeAll(async () => {
      limber = await launch();
    });
    afterAll(async () => limber?.close());

    for (const target of PAGES) {
      it(`${target.name}, ${scheme}: no serious or critical violations`, async () => {
        const page = await newPreviewPage(limber.context);
        await page.setViewportSize(target.size);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(limber.url(target.path));
        await page.waitForSelector(target.ready);
        if (target.open) {
          await page.getByTestId(target.open.testId).click();
          await page.waitForSelector(target.open.ready);
        }
        const { counts, serious } = await audit(page);
        console.log(`axe ${target.name} (${scheme}):`, JSON.stringify(counts));
        await page.close();
        expect(serious).toEqual([]);
      });
    }
  });
}
