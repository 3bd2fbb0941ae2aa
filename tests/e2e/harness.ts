/**
 * Launches Debian's Chromium with the built extension in a fresh profile and hands back the
 * service worker, the extension id and helpers. `fastClock` runs the browser 60x faster (faketime).
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The e2e build (`wxt build --mode e2e`): the store build plus the hooks of platform/build-mode.ts. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const FAST_CLOCK = resolve('scripts/chromium-fast-clock.sh');
/** Simulated milliseconds per real millisecond under the fast clock. */
export const SPEED = 60;

export interface Limber {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profile: string;
  worker(): Promise<Worker>;
  url(path: string): string;
  openPage(path: string): Promise<Page>;
  /** Stops the service worker through CDP, as Chrome does after 30 s idle. */
  killWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly fastClock?: boolean;
  /** Reuse a profile (to prove state survives a browser restart). */
  readonly profile?: string;
  readonly args?: readonly string[];
  /** Extra environment for Chromium (on Linux the UI language comes from LANGUAGE/LANG, not --lang). */
  readonly env?: Readonly<Record<string, string>>;
  /**
   * A profile that has already seen (and closed) the safety note, as a returning user has: the
   * default, so a test of something else is not met by the note over its first card.
   */
  readonly safetyNoteSeen?: boolean;
}

export async function launch(options: LaunchOptions = {}): Promise<Limber> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no e2e build in ${EXTENSION_DIR}: run npm run build:e2e`);
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'limber-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.fastClock ? FAST_CLOCK : '/usr/bin/chromium',
    headless: false,
    viewport: null,
    ...(options.env && { env: { ...process.env, ...options.env } as Record<string, string> }),
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      ...(options.args ?? []),
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(first.url()).host;
  if (options.safetyNoteSeen !== false) {
    await first.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true })).catch(async () => {
      // On the fast clock the worker's 30 s idle stop comes after half a real second, and on a busy
      // machine it may have come already: an extension page writes the same storage.
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      await page.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true }));
      await page.close();
    });
  }

  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    if (live) return live;
    // Waking the worker: any extension event will do; opening an extension page sends none, so poke it.
    return context.waitForEvent('serviceworker', { timeout: 30_000 });
  };

  return {
    context,
    extensionId,
    profile,
    worker,
    url: (path) => `chrome-extension://${extensionId}${path}`,
    async openPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}${path}`);
      return page;
    },
    async killWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Waits for a new page whose URL contains `fragment`. */
export async function waitForPage(context: BrowserContext, fragment: string, timeout = 30_000): Promise<Page> {
  const existing = context.pages().find((p) => p.url().includes(fragment));
  if (existing) return existing;
  return context.waitForEvent('page', { predicate: (p) => p.url().includes(fragment), timeout });
}

/**
 * Clicks a button that closes its own page (Done, Skip) and waits for the page to close. The page
 * may close while Playwright is still finishing the click; that is the click's success, not an error.
 */
export async function clickToClose(page: Page, testId: string, timeout = 30_000): Promise<void> {
  const closed = page.waitForEvent('close', { timeout });
  await page.getByTestId(testId).click().catch((error: unknown) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
}

/** A page Playwright does not list, reached over CDP: the toolbar button's popup. */
export interface UnlistedPage {
  readonly url: string;
  /** Evaluates `expression` in the page and returns its value. */
  evaluate(expression: string): Promise<unknown>;
}

/**
 * The open toolbar popup whose URL contains `fragment`. Playwright does not list an action popup
 * among the context's pages, so this attaches to its target through `via`'s CDP session.
 */
export async function toolbarPopup(context: BrowserContext, via: Page, fragment: string): Promise<UnlistedPage> {
  const cdp = await context.newCDPSession(via);
  const { targetInfos } = await cdp.send('Target.getTargets');
  const target = targetInfos.find((t) => t.type === 'page' && t.url.includes(fragment));
  if (!target) throw new Error(`no open page with ${fragment}`);
  // Not flattened: Playwright's CDP session cannot address a flattened child session.
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  type Reply = { id?: number; result?: { result?: { value?: unknown } }; error?: { message: string } };
  const waiting = new Map<number, (reply: Reply) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const reply = JSON.parse(e.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  let next = 1;
  return {
    url: target.url,
    evaluate: (expression) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result?.result?.value)));
        const message = JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } });
        cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
      }),
  };
}
