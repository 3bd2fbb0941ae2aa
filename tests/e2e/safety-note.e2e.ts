/**
 * The general safety note: over the first card ever shown, once (remembered in storage), and one
 * click away from every card after that. A fresh profile that has not seen it yet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, type Limber } from './harness';
import { BREAK_VIEWPORT, newPreviewPage } from './card-fit';

describe('the safety note', () => {
  let limber: Limber;
  beforeAll(async () => {
    limber = await launch({ safetyNoteSeen: false });
  });
  afterAll(async () => limber?.close());

  it('opens over the first card ever shown, modal and named, and is not shown again once closed', async () => {
    const page = await newPreviewPage(limber.context);
    await page.setViewportSize(BREAK_VIEWPORT);
    await page.goto(limber.url('/break.html?break=1&exercise=chin-tuck&snooze=1'));
    const dialog = page.getByRole('dialog', { name: 'Stretch safely' });
    await dialog.waitFor();
    expect(await dialog.locator('li').allTextContents()).toEqual([
      'Stretch only until you feel a mild pull, never into pain.',
      'Stop if you feel pain, numbness, tingling or dizziness.',
      'A stretch does not replace seeing a doctor or physiotherapist about pain that lasts.',
    ]);
    // Modal: the card's keys wait (Esc closes the note, it does not skip the break).
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(page.isClosed()).toBe(false);
    await expect.poll(() => limber.worker().then((w) => w.evaluate(() => chrome.storage.local.get('safetyNoteSeen')))).toEqual({ safetyNoteSeen: true });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('stretch-card'))).toBe(true);

    await page.reload();
    await page.waitForSelector('.stretch-card h1');
    // What is tested is an absence: the note, once seen, does not open again.
    await page.waitForTimeout(500);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await page.close();
  });

  it('is one click from any card, fits the break window, and passes axe in light and dark', async () => {
    const page = await newPreviewPage(limber.context);
    await page.setViewportSize(BREAK_VIEWPORT);
    await page.goto(limber.url('/break.html?break=1&exercise=wrist-flexor-stretch&snooze=1'));
    await page.waitForSelector('.stretch-card h1');
    await page.getByTestId('safety-open').click();
    const dialog = page.getByTestId('safety-dialog');
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(BREAK_VIEWPORT.height);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const { violations } = await new AxeBuilder({ page: page as never }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(serious, scheme).toEqual([]);
    }
    await page.getByTestId('safety-ok').click();
    await dialog.waitFor({ state: 'detached' });
    await page.close();
  });
});
