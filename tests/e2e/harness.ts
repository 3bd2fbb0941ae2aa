/**
 * Launches Debian's Chromium with the built extension in a fresh profile and hands back the
 * service worker, the extension id and helpers. `fastClock` runs the browser on a faster clock
 * (faketime): 60x by default, `speed` for another rate, `startAt` to start it at a fixed local time.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The e2e build (`wxt build --mode e2e`): the store build plus the hooks of platform/build-mode.ts. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const FAST_CLOCK = resolve('scripts/chromium-fast-clock.sh');
/** Chromium that cannot raise its threads' priority: for the launches that yield the CPU. */
export const YIELDING = resolve('scripts/chromium-yielding.sh');
/**
 * Where browser profiles go: memory (/dev/shm) when there is one. A profile on disk makes every
 * storage write of the extension wait for the disk (LevelDB syncs), and with several browsers on a
 * fast clock that wait, in real time, is simulated minutes: on 2 cores with four browsers, a third
 * of the CPU time was I/O wait (2026-12-02).
 */
export const PROFILES_DIR = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
})();

/** A new empty folder for a browser profile (or an extension copy), in PROFILES_DIR. */
export const newProfileDir = (prefix: string) => mkdtempSync(join(PROFILES_DIR, prefix));

/** Simulated milliseconds per real millisecond under the fast clock, unless a launch asks for another. */
export const SPEED = 60;

export interface Limber {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly profile: string;
  /** Simulated milliseconds per real millisecond: SPEED or the launch's own, 1 on the real clock. */
  readonly speed: number;
  worker(): Promise<Worker>;
  url(path: string): string;
  openPage(path: string): Promise<Page>;
  /** Stops the service worker through CDP, as Chrome does after 30 s idle. */
  killWorker(): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  readonly fastClock?: boolean;
  /** The fast clock's rate (simulated ms per real ms), SPEED unless given. */
  readonly speed?: number;
  /**
   * Starts the fast clock at this local time ('YYYY-MM-DD hh:mm:ss') instead of now, so a
   * scenario that depends on the time of day runs the same at any hour.
   */
  readonly startAt?: string;
  /** Reuse a profile (to prove state survives a browser restart). */
  readonly profile?: string;
  readonly args?: readonly string[];
  /**
   * This file's process and its browsers yield the CPU (nice 19) to the files beside it that run
   * on the fast clock, where a second late is a simulated minute late. The default on the real
   * clock (layout, text, keyboard: nothing there is timed to the second); never on the fast one.
   */
  readonly yieldCpu?: boolean;
  /** Extra environment for Chromium (on Linux the UI language comes from LANGUAGE/LANG, not --lang). */
  readonly env?: Readonly<Record<string, string>>;
  /** Load the extension from another folder (a copy whose manifest a test changes), not the e2e build. */
  readonly extensionDir?: string;
  /**
   * A profile that has already seen (and closed) the safety note, as a returning user has: the
   * default, so a test of something else is not met by the note over its first card.
   */
  readonly safetyNoteSeen?: boolean;
}

/**
 * The environment for scripts/chromium-fast-clock.sh: faketime's clock ('+0 x60': from now, 60
 * times faster; '@2026-12-02 08:50:00 x60': from that local time). A start-at clock needs
 * FAKETIME_DONT_RESET, or every process Chromium starts (renderers, the extension's worker) would
 * begin again at the start time instead of sharing one clock.
 */
function fastClockEnv(speed: number, startAt: string | undefined): Record<string, string> {
  if (!Number.isFinite(speed) || speed <= 0) throw new Error(`fast clock speed ${speed}`);
  if (startAt !== undefined && !/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(startAt)) throw new Error(`startAt ${startAt}: want YYYY-MM-DD hh:mm:ss`);
  return {
    LIMBER_FAKETIME: `${startAt === undefined ? '+0' : `@${startAt}`} x${speed}`,
    ...(startAt !== undefined && { FAKETIME_DONT_RESET: '1' }),
  };
}

/**
 * One browser starts at a time, across the e2e files running side by side: a start takes both
 * cores for a second or two, and a fast-clock browser that has just started must not lose that
 * time (a simulated minute a second) to another one starting. The lock is a directory holding
 * its owner's pid; a lock whose owner is gone is taken over. A browser that yields the CPU
 * (nice 19) starts without it: it takes only what the others leave, and a slow start of its own
 * (seconds, on a busy machine) must not hold theirs up.
 */
async function oneStartAtATime<T>(yieldCpu: boolean, start: () => Promise<T>): Promise<T> {
  if (yieldCpu) return start();
  const lock = join(tmpdir(), `limber-e2e-launch-${EXTENSION_DIR.replace(/[^A-Za-z0-9]+/g, '-')}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (!lockOwnerAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 50));
    }
  }
  try {
    return await start();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Removes a profile folder once its browser has closed. A helper process of Chromium's can still be
 * writing into it for a moment on a busy machine (ENOTEMPTY): retried for a few seconds, then left
 * in /dev/shm with a warning, as a folder left behind is no failure of the test that used it.
 */
export function removeProfile(profile: string): void {
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 30, retryDelay: 200 });
  } catch (error) {
    console.warn(`[e2e harness] left ${profile} behind: ${(error as Error).message}`);
  }
}

function lockOwnerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    // Just made, its pid not yet written (alive unless that was long ago); or just removed.
    try {
      return Date.now() - statSync(lock).mtimeMs < 10_000;
    } catch {
      return true;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Waits until the extension's service worker is installed and activated: Playwright reports the
 * worker as soon as it starts, before its install, and the next browser may start only then.
 * Rejects if Chromium gives up on the worker (its version goes "redundant") or takes over
 * `timeoutMs`.
 */
async function workerActivated(context: BrowserContext, extensionId: string, timeoutMs: number): Promise<void> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  let last = 'no version reported';
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the extension's service worker was not activated within ${timeoutMs / 1000} s (${last})`)), timeoutMs);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (!v.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue;
          last = `${v.status}, ${v.runningStatus}`;
          if (v.status === 'activated') {
            clearTimeout(timer);
            resolve();
          } else if (v.status === 'redundant') {
            clearTimeout(timer);
            reject(new Error(`Chromium dropped the extension's service worker before it was activated (${last})`));
          }
        }
      });
      cdp.send('ServiceWorker.enable').catch(reject);
    });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * How often a browser is started again when Chromium did not get the extension's worker going.
 * On the fast clock its own start-up time limits run 60 times faster too, and on a loaded machine
 * Chromium now and then drops the worker of a fresh install before its first event: the scenario
 * cannot begin (nothing would ever wake the extension), so that start is discarded, with a warning.
 */
const STARTS = 5;
/**
 * How long a started browser may take to start the extension's worker, and then to activate it:
 * 1-3 s usually; a yielding browser on a loaded machine, up to 17 s seen. Longer is a start that
 * will not recover (30 s waits never did), better discarded early than waited out.
 */
const workerStartMs = (yieldCpu: boolean) => (yieldCpu ? 20_000 : 8_000);

/** Simulated milliseconds per real millisecond: the launch's own, SPEED on the fast clock, 1 on the real one. */
const clockSpeed = (options: LaunchOptions) => (options.fastClock ? (options.speed ?? SPEED) : 1);

/** Starts Chromium with the extension once; rejects (the browser closed) if its worker does not get going. */
async function startOnce(profile: string, options: LaunchOptions, yieldCpu: boolean): Promise<{ context: BrowserContext; first: Worker }> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const env = { ...options.env, ...(options.fastClock && fastClockEnv(clockSpeed(options), options.startAt)) };
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      // A start takes 1-3 s. One that has not finished in 15 (a hang: seen under faketime before
      // scripts/chromium-clock-waits.c) is discarded and started again.
      timeout: 15_000,
      executablePath: options.fastClock ? FAST_CLOCK : yieldCpu ? YIELDING : '/usr/bin/chromium',
      headless: false,
      viewport: null,
      ...(Object.keys(env).length > 0 && { env: { ...process.env, ...env } as Record<string, string> }),
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run',
        `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
        ...(options.args ?? []),
      ],
    });
    const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: workerStartMs(yieldCpu) }));
    await workerActivated(context, new URL(first.url()).host, workerStartMs(yieldCpu));
    return { context, first };
  } catch (error) {
    await context?.close().catch(() => undefined);
    throw error;
  }
}

/** Children take the priority of the process that starts them: Chromium and all its processes. */
function setOwnPriority(yieldCpu: boolean): void {
  if (yieldCpu) setPriority(19);
  else if (getPriority() > 0) {
    // A file that launched on the real clock first (and so yields): its fast-clock browser must not.
    try { setPriority(0); } catch { /* not allowed without root: the browser starts yielding */ }
  }
}

/** As a returning user: the safety note already seen. Written by the worker, or an extension page if it has stopped. */
async function markSafetyNoteSeen(context: BrowserContext, first: Worker, extensionId: string): Promise<void> {
  // Bounded: a worker Chromium is stopping may never answer.
  const written = first.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true }));
  const bounded = Promise.race([written, new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), 5_000))]);
  await bounded.catch(async () => {
    // On the fast clock the worker's 30 s idle stop comes after half a real second, and on a busy
    // machine it may have come already: an extension page writes the same storage.
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true }));
    await page.close();
  });
}

export async function launch(options: LaunchOptions = {}): Promise<Limber> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no e2e build in ${EXTENSION_DIR}: run npm run build:e2e`);
  const speed = clockSpeed(options);
  const yieldCpu = options.yieldCpu ?? !options.fastClock;
  setOwnPriority(yieldCpu);
  const asked = Date.now();
  let lockedAt = asked;
  let profile = '';
  const { context, first } = await oneStartAtATime(yieldCpu, async () => {
    lockedAt = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      profile = options.profile ?? newProfileDir('limber-e2e-');
      try {
        return await startOnce(profile, options, yieldCpu);
      } catch (error) {
        if (!options.profile) removeProfile(profile);
        if (attempt >= STARTS) throw error;
        console.warn(`[e2e harness] start ${attempt} of ${STARTS} discarded: ${(error as Error).message}`);
      }
    }
  });
  if (Date.now() - asked > 15_000) console.warn(`[e2e harness] a slow start: ${((lockedAt - asked) / 1000).toFixed(1)} s waiting for other starts, ${((Date.now() - lockedAt) / 1000).toFixed(1)} s starting`);
  const extensionId = new URL(first.url()).host;
  if (options.safetyNoteSeen !== false) await markSafetyNoteSeen(context, first, extensionId);

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
    speed,
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
      if (!options.profile) removeProfile(profile);
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
