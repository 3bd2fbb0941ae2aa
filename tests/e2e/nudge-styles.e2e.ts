/**
 * The four nudge styles on a fast clock (1 simulated minute per real second, breaks every 5
 * minutes). `notifications` is an optional permission that only a user gesture on the options
 * page can grant, and a headless browser cannot answer the permission prompt: this test loads a
 * copy of the built extension whose manifest grants it up front. A system notification cannot be
 * clicked headless either: its listeners' handlers are called through `globalThis.limberNudge`,
 * the very functions `chrome.notifications.onClicked`/`onButtonClicked` run (platform/nudge.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'playwright-core';
import { EXTENSION_DIR, clickToClose, launch, newProfileDir, toolbarPopup, waitForPage, type Limber } from './harness';

type Style = 'window' | 'popup' | 'notification' | 'badge';

/** A copy of the build with `notifications` granted at install, as if the user had said yes. */
function extensionWithNotifications(): string {
  const dir = newProfileDir('limber-ext-');
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.permissions = [...manifest.permissions, 'notifications'];
  manifest.optional_permissions = (manifest.optional_permissions ?? []).filter((p: string) => p !== 'notifications');
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

const setStyle = (worker: Worker, nudgeStyle: Style) =>
  worker.evaluate((style) => chrome.storage.sync.set({ settings: { version: 1, intervalMin: 5, nudgeStyle: style } }), nudgeStyle);
const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));
const ourNotifications = (worker: Worker) =>
  worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('limber-break:')));

describe('nudge styles', () => {
  let limber: Limber;
  let extDir: string;
  const breakPages = () => limber.context.pages().filter((p) => p.url().includes('/break.html'));

  beforeAll(async () => {
    extDir = extensionWithNotifications();
    limber = await launch({ fastClock: true, args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] });
    const worker = await limber.worker();
    expect(await worker.evaluate(() => chrome.permissions.contains({ permissions: ['notifications'] }))).toBe(true);
    // Record what the notification was created with (buttons), then call through.
    await worker.evaluate(() => {
      const g = globalThis as unknown as { created: unknown[] };
      g.created = [];
      const original = chrome.notifications.create.bind(chrome.notifications) as (...a: unknown[]) => unknown;
      (chrome.notifications as unknown as { create: unknown }).create = (...args: unknown[]) => {
        g.created.push(args);
        return original(...args);
      };
    });
  });
  afterAll(async () => {
    await limber?.close();
    if (extDir) rmSync(extDir, { recursive: true, force: true });
  });

  it('window: opens once, and later nudges for the same break (shortcut, unanswered repeat) reuse it', async () => {
    const worker = await limber.worker();
    await setStyle(worker, 'window');
    const card = await waitForPage(limber.context, '/break.html', 20_000);
    await card.waitForSelector('.stretch-card h1');
    const record = await worker.evaluate(async () => (await chrome.storage.session.get('breakWindow')).breakWindow);
    // The shortcut while the break is up, then the one repeat after 2 unanswered minutes.
    await worker.evaluate(() => (globalThis as unknown as { limberNudge: { command(n: string): Promise<void> } }).limberNudge.command('start-stretch'));
    const due = () => card.evaluate(async () => ((await chrome.storage.local.get('schedule')).schedule as { due: { attempt: number } | null }).due);
    await expect.poll(due, { timeout: 10_000 }).toMatchObject({ attempt: 1 });
    // What is tested is an absence: no second window in the real time a window takes to open.
    await new Promise((r) => setTimeout(r, 1000));
    expect(breakPages()).toHaveLength(1);
    expect(await worker.evaluate(async () => (await chrome.storage.session.get('breakWindow')).breakWindow)).toEqual(record);
    await clickToClose(card, 'skip');
  });

  it('badge only: the badge says "!" and nothing opens; the unanswered repeat opens the window', async () => {
    const worker = await limber.worker();
    await setStyle(worker, 'badge');
    await expect.poll(() => badge(worker), { timeout: 15_000 }).toBe('!');
    const dueAt = Date.now();
    // What is tested is an absence: nothing opens for most of a simulated minute (the repeat comes at 2).
    await new Promise((r) => setTimeout(r, 800));
    expect(breakPages()).toHaveLength(0);
    expect(await ourNotifications(worker)).toEqual([]);
    const card = await waitForPage(limber.context, '/break.html', 10_000);
    expect(Date.now() - dueAt).toBeGreaterThanOrEqual(1500); // about 2 simulated minutes
    await card.waitForSelector('.stretch-card h1');
    await clickToClose(card, 'skip');
  });

  it('notification: Start stretch and Snooze buttons, the badge stays, a click opens the card', async () => {
    const worker = await limber.worker();
    await setStyle(worker, 'notification');
    await expect.poll(() => ourNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
    const [id] = await ourNotifications(worker);
    expect(breakPages()).toHaveLength(0);
    expect(await badge(worker)).toBe('!');
    const created = await worker.evaluate(() => (globalThis as unknown as { created: [string, { buttons?: { title: string }[]; requireInteraction?: boolean }][] }).created);
    const options = created.find(([nid]) => nid === id)?.[1];
    expect(options?.buttons?.map((b) => b.title)).toEqual(['Start stretch', 'Snooze 5 min']);
    expect(options?.requireInteraction).toBe(true);

    await worker.evaluate((nid) => (globalThis as unknown as { limberNudge: { notificationClicked(i: string): Promise<void> } }).limberNudge.notificationClicked(nid), id!);
    const card = await waitForPage(limber.context, '/break.html', 5_000);
    await card.waitForSelector('.stretch-card h1');
    expect(await ourNotifications(worker)).toEqual([]);
    expect(card.url()).toContain(`break=${id!.split(':')[1]}`);
    await clickToClose(card, 'done');
  });

  it('notification: its Snooze button snoozes; an unanswered one is repeated once as the window', async () => {
    const worker = await limber.worker();
    await expect.poll(() => ourNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
    const [id] = await ourNotifications(worker);
    await worker.evaluate(
      (nid) => (globalThis as unknown as { limberNudge: { notificationButtonClicked(i: string, b: number): Promise<void> } }).limberNudge.notificationButtonClicked(nid, 1),
      id!,
    );
    expect(await ourNotifications(worker)).toEqual([]);
    expect(breakPages()).toHaveLength(0);
    await expect.poll(() => badge(worker)).toMatch(/^[1-5]$/);

    // After the snooze: the notification again, left unanswered, becomes the window.
    await expect.poll(() => ourNotifications(worker), { timeout: 15_000 }).toHaveLength(1);
    const card = await waitForPage(limber.context, '/break.html', 10_000);
    await card.waitForSelector('.stretch-card h1');
    await expect.poll(() => ourNotifications(worker)).toEqual([]);
    await clickToClose(card, 'skip');
  });

  it('toolbar popup: over a focused browser window the card opens in the toolbar popup, and Done there answers the break', async () => {
    const worker = await limber.worker();
    // Chrome opens an action popup only over a focused normal window: the user at the browser.
    const tab = await limber.context.newPage();
    await tab.bringToFront();
    await setStyle(worker, 'popup');
    const popups = () => worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP'] })).map((c) => c.documentUrl ?? ''));
    await expect.poll(popups, { timeout: 20_000 }).toEqual([expect.stringMatching(/\/break\.html\?.*in=popup/)]);
    expect(breakPages()).toHaveLength(0);
    // The toolbar button's own popup is back for the next click (it is put back once the card's popup has opened).
    await expect.poll(() => worker.evaluate(() => chrome.action.getPopup({}))).toMatch(/\/popup\.html$/);

    const popup = await toolbarPopup(limber.context, tab, '/break.html');
    await expect.poll(() => popup.evaluate(`document.querySelector('.hold-timer')?.dataset.running ?? ''`)).toBe('true');
    expect(await popup.evaluate(`document.querySelector('.stretch-card h1')?.textContent ?? ''`)).not.toBe('');
    await popup.evaluate(`document.querySelector('[data-testid=done]').click()`);
    await expect.poll(() => worker.evaluate(async () => ((await chrome.storage.local.get('schedule')).schedule as { due?: unknown } | undefined)?.due ?? null)).toBeNull();
    await tab.close();
  });

  it('toolbar popup: with no browser window focused, the card opens in a window of its own', async () => {
    const worker = await limber.worker();
    // Focus goes to a window that is not a normal browser window.
    await worker.evaluate(() => chrome.windows.create({ url: 'about:blank', type: 'popup', focused: true }).then(() => undefined));
    const card = await waitForPage(limber.context, '/break.html', 20_000);
    await card.waitForSelector('.stretch-card h1');
    expect(card.url()).not.toContain('in=popup');
    expect(breakPages()).toHaveLength(1);
    expect(await worker.evaluate(() => chrome.action.getPopup({}))).toMatch(/\/popup\.html$/);
    await clickToClose(card, 'skip');
  });
});
