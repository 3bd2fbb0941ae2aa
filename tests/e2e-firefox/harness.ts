/**
 * Launches Debian's Firefox ESR with the built extension (.output/firefox-mv3) over WebDriver BiDi
 * (puppeteer-core) and gives the test a way to see and drive Limber's own pages.
 *
 * Firefox's BiDi hides every extension context (Mozilla bug 1755014): break.html and
 * options.html never show up as pages, and navigating to a moz-extension:// URL is refused. So:
 * - the browser starts with `--remote-allow-system-access`, which lets BiDi evaluate script in the
 *   browser's own (chrome) windows; from there the test lists every window's tabs;
 * - extension pages load in the parent process (`extensions.webextensions.remote: false`), so that
 *   chrome script reaches their DOM directly (read the timer, click Done, type in a field).
 * The extension under test is the unmodified build; only the test browser is configured.
 *
 * Headless Firefox has no input device, so its idle service says "idle" from the start and the
 * background would (correctly) never count sitting time. A person at the keyboard is simulated
 * by resetting the idle timer every few simulated seconds (nsIUserIdleServiceInternal).
 */
import puppeteer, { type Browser } from 'puppeteer-core';
import { resolve } from 'node:path';

export const EXTENSION_DIR = resolve('.output/firefox-mv3');
export const FAST_CLOCK = resolve('scripts/firefox-fast-clock.sh');
export const FIREFOX = process.env.LIMBER_FIREFOX ?? '/usr/bin/firefox-esr';

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
}

export interface TabInfo {
  readonly url: string;
  readonly windowType: string;
  /** Whether the page's DOM can be reached (extension pages in the parent process). */
  readonly reachable: boolean;
}

export interface FirefoxLimber {
  readonly browser: Browser;
  readonly extensionId: string;
  /**
   * The browser's clock just before the install was asked for, and just after it answered: the
   * extension's background starts (and starts counting) somewhere between the two. On a busy
   * machine the answer can come seconds (simulated) after the background started.
   */
  readonly installStartedAt: number;
  readonly installedAt: number;
  /** Runs `body` (a function body) in the browser's chrome scope with `args`; returns its JSON result. */
  chrome<T>(body: string, args?: Record<string, unknown>): Promise<T>;
  /** Every tab of every browser window. */
  tabs(): Promise<TabInfo[]>;
  /** Runs `body` with `doc` = the document of the first tab whose URL contains `fragment` (null if none). */
  inPage<T>(fragment: string, body: string, args?: Record<string, unknown>): Promise<T | null>;
  /** Every idle/active change Firefox's idle service reported at a 1-minute threshold, with its time. */
  idleLog(): Promise<string[]>;
  /** The browser's clock (simulated time under the fast clock). */
  now(): Promise<number>;
  close(): Promise<void>;
}

/** Starts to try before giving up, and how long one start may take to show the welcome page. */
const STARTS = 3;
const START_TIMEOUT_MS = 15_000;

/**
 * Launches Firefox with Limber installed, once the background has handled its install (the welcome
 * page is open). A start whose background never gets that far (seen beside busy Chromiums: on the
 * fast clock, Firefox's 30 s event-page timeout is half a real second) is closed and started again,
 * with a warning, as the Chromium harness does.
 */
export interface FirefoxLaunchOptions {
  /** Run on a fast clock (scripts/firefox-fast-clock.sh), `speed` simulated ms per real ms (60 unless given). */
  fastClock?: boolean;
  speed?: number;
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxLimber> {
  for (let attempt = 1; ; attempt++) {
    const ff = await startOnce(options);
    try {
      await waitFor(async () => (await ff.tabs()).some((t) => t.url.includes('/welcome.html')), START_TIMEOUT_MS,
        'the welcome page (the background handled its install)', 100, () => ff.backgroundState());
      return ff;
    } catch (error) {
      await ff.close().catch(() => undefined);
      if (attempt >= STARTS) throw error;
      console.warn(`[firefox harness] start ${attempt} of ${STARTS} discarded: ${(error as Error).message}`);
    }
  }
}

async function startOnce(options: FirefoxLaunchOptions): Promise<FirefoxLimber & { backgroundState(): Promise<unknown> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.fastClock ? FAST_CLOCK : FIREFOX,
    ...(options.fastClock && options.speed !== undefined && { env: { ...process.env, LIMBER_FAKETIME: `+0 x${options.speed}` } }),
    headless: true,
    enableExtensions: true,
    // A script that waits on a page that has closed never returns: fail in 30 s, not puppeteer's 180.
    protocolTimeout: 30_000,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.remote': false,
      // Quiet: no update checks or remote settings polling racing the fast clock.
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  // A start that fails past this point (no build to install, a window that never came) must not
  // leave its Firefox running: on the fast clock it takes a fifth of a core from everything after.
  try {
    return await limberIn(browser);
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
}

type FirefoxBrowser = Awaited<ReturnType<typeof puppeteer.launch>>;

/** The launched Firefox, with the extension installed, as the tests drive it. */
async function limberIn(browser: FirefoxBrowser): Promise<FirefoxLimber & { backgroundState(): Promise<unknown> }> {
  // puppeteer's BiDi browser exposes its connection; raw commands reach Firefox's chrome scope.
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: { context: string; url: string }[] };
  };
  const main = tree.result.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!main) throw new Error('no browser window in chrome scope');

  const chrome = async <T>(body: string, args: Record<string, unknown> = {}): Promise<T> => {
    const expression = `(async (args) => { ${body} })(${JSON.stringify(args)}).then((v) => JSON.stringify(v === undefined ? null : v))`;
    const response = (await connection.send('script.evaluate', {
      expression,
      target: { context: main.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: { type: string; result?: { value: string }; exceptionDetails?: { text: string } } };
    const r = response.result;
    if (r.type !== 'success' || !r.result) throw new Error(`chrome script failed: ${r.exceptionDetails?.text ?? JSON.stringify(r)}`);
    return JSON.parse(r.result.value) as T;
  };

  // A person at the keyboard: reset the idle timer every 5 simulated seconds.
  await chrome(`
    const idle = Cc['@mozilla.org/widget/useridleservice;1'].getService(Ci.nsIUserIdleServiceInternal);
    idle.resetIdleTimeOut(0);
    window.setInterval(() => idle.resetIdleTimeOut(0), 5000);
    // What Firefox's idle service says at Limber's default threshold (1 minute), for failure messages.
    window.limberIdleLog = [];
    idle.addIdleObserver({ observe: (_s, topic) => window.limberIdleLog.push(topic + ' ' + new Date().toISOString()) }, 60);
  `);

  const installStartedAt = await chrome<number>('return Date.now();');
  const extensionId = await browser.installExtension(EXTENSION_DIR);
  const installedAt = await chrome<number>('return Date.now();');

  const findTab = `
    const browsers = [];
    for (const win of Services.wm.getEnumerator('navigator:browser')) {
      for (const b of win.gBrowser.browsers) browsers.push({ win, b });
    }
  `;

  return {
    browser,
    extensionId,
    installStartedAt,
    installedAt,
    chrome,
    tabs: () => chrome<TabInfo[]>(`${findTab}
      return browsers.map(({ win, b }) => ({
        url: b.currentURI.spec,
        windowType: win.document.documentElement.getAttribute('chromehidden') ? 'popup' : 'normal',
        reachable: !b.isRemoteBrowser && !!b.contentDocument,
      }));`),
    inPage: <T>(fragment: string, body: string, args: Record<string, unknown> = {}) =>
      chrome<T | null>(`${findTab}
        const hit = browsers.find(({ b }) => b.currentURI.spec.includes(args.fragment) && !b.isRemoteBrowser && b.contentDocument);
        if (!hit) return null;
        const doc = hit.b.contentDocument;
        const win = hit.b.contentWindow;
        return await (async () => { ${body} })();`, { ...args, fragment }),
    now: () => chrome<number>('return Date.now();'),
    idleLog: () => chrome<string[]>('return window.limberIdleLog;'),
    backgroundState: () => chrome<unknown>(`
      const policy = WebExtensionPolicy.getByID(args.id);
      return policy ? { active: policy.active, background: String(policy.extension?.backgroundState ?? 'unknown') } : 'not installed';`,
    { id: extensionId }),
    async close() {
      await browser.close();
    },
  };
}

/** Polls `probe` (real time) until it returns something other than null/undefined/false. */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
  everyMs = 100,
  explain?: () => Promise<unknown>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined && value !== false) return value;
    if (Date.now() > deadline) {
      const state = explain ? ` (state: ${JSON.stringify(await explain().catch((e: unknown) => String(e)))})` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${state}`);
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
