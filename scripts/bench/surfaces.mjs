/**
 * Page timings on the surfaces the product shows its pages on, rather than in a tab:
 *  - the break window: `chrome.windows.create({ type: 'popup', focused: false })`, as the
 *    background opens it with default settings (platform/break-window.ts);
 *  - the toolbar popup: `chrome.action.openPopup()`, which Chrome allows over a focused browser
 *    window (the bench's one tab is that window).
 * Each is compared with a blank page on the same surface. The pages are opened by an extension
 * page (the APIs need one); the browser is told to pause every new page until the observer is in,
 * as `Page.addScriptToEvaluateOnNewDocument` does for the tabs in pages.mjs.
 */
import { OBSERVER, PAGES, READ, onScreen } from './pages.mjs';

const OPEN = {
  window: (url) => `chrome.windows.create({ url: ${JSON.stringify(url)}, type: 'popup', width: 440, height: 660, focused: false }).then(() => true)`,
  popup: (url) => `chrome.action.setPopup({ popup: ${JSON.stringify(new URL(url).pathname.slice(1) + new URL(url).search)} }).then(() => chrome.action.openPopup()).then(() => true)`,
};

export const SURFACE_PAGES = {
  windowBlank: { surface: 'window', path: '/blank.html', key: null },
  windowCard: { surface: 'window', path: PAGES.card.path, key: 'card' },
  popupBlank: { surface: 'popup', path: '/blank.html', key: null },
  popupStatus: { surface: 'popup', path: '/popup.html', key: 'status' },
};

export async function timeSurfaces(browser, { runs, warmup = 2 }) {
  const { cdp } = browser;
  const opener = await browser.openTab(browser.url('/blank.html'));
  // New pages and popups (a popup's target is "other" until it has a page) wait for the observer.
  const stop = cdp.on((m) => {
    if (m.method !== 'Target.attachedToTarget' || !m.params.waitingForDebugger) return;
    const s = m.params.sessionId;
    void Promise.all([
      cdp.send('Page.enable', {}, s),
      cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVER }, s),
      cdp.send('Runtime.runIfWaitingForDebugger', {}, s),
    ]).catch(() => undefined);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter: [{ type: 'page' }, { type: 'other' }, { exclude: true }] });
  const samples = Object.fromEntries(Object.keys(SURFACE_PAGES).map((name) => [name, []]));
  try {
    for (let round = 0; round < warmup + runs; round++) {
      for (const [name, { surface, path, key }] of Object.entries(SURFACE_PAGES)) {
        const r = await timeOnSurface(browser, opener, surface, path, key);
        if (round >= warmup) samples[name].push(r.ms);
      }
    }
  } finally {
    await cdp.send('Target.setAutoAttach', { autoAttach: false, waitForDebuggerOnStart: false, flatten: true });
    stop();
    await cdp.evaluate(opener.sessionId, `chrome.action.setPopup({ popup: 'popup.html' }).then(() => true)`).catch(() => undefined);
    await browser.closeTab(opener.targetId);
  }
  return samples;
}

async function timeOnSurface(browser, opener, surface, path, key) {
  const { cdp } = browser;
  const url = browser.url(path);
  const attached = cdp.waitFor((m) => m.method === 'Target.attachedToTarget' && m.params.targetInfo.targetId !== opener.targetId, 10_000, `the ${surface} for ${path}`);
  await cdp.evaluate(opener.sessionId, OPEN[surface](url));
  const { sessionId, targetInfo } = (await attached).params;
  // The target can be seen before it has navigated to the page.
  for (let i = 0; i < 100 && !String(await cdp.evaluate(sessionId, 'location.href').catch(() => '')).startsWith(url.split('?')[0]); i++) {
    await new Promise((r) => setTimeout(r, 20));
  }
  const r = await cdp.evaluate(sessionId, READ(key), 15_000);
  await browser.closeTab(targetInfo.targetId);
  return { ...r, ms: onScreen(r) };
}
