/**
 * Page timings on the normal clock: navigation start (performance.timeOrigin, 0 on the page's
 * timeline) to the first paint showing what the page is for.
 *  - card: the break card with its hold timer running ([data-running=true] and the seconds shown);
 *  - popup: the status line (next break) and the buttons;
 *  - blank: a blank extension page (the floor), its first contentful paint;
 *  - script floor: a page built like Limber's (one module script, one stylesheet) whose script only
 *    adds a line of text: what any script-rendered extension page costs here, Limber's code aside.
 * The moment is the browser's first-contentful-paint entry when the content was already in the
 * DOM by then (the normal case: these pages render synchronously on load); otherwise the frame
 * after it appeared (requestAnimationFrame + a task, i.e. after that frame was produced).
 * Nothing in the product is instrumented: an observer is injected before the page's own scripts.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OBSERVER = `(() => {
  const rec = (window.__bench = {});
  const painted = (key) => requestAnimationFrame(() => setTimeout(() => { rec[key + 'Painted'] = performance.now(); }, 0));
  const check = () => {
    if (rec.floor === undefined && document.getElementById('script-floor')) { rec.floor = performance.now(); painted('floor'); }
    if (rec.card === undefined && document.querySelector('.hold-timer[data-running=true] [data-testid=seconds-left]')) { rec.card = performance.now(); painted('card'); }
    if (rec.status === undefined && document.querySelector('.status[data-mode]') && document.querySelector('[data-testid=stretch-now]')) { rec.status = performance.now(); painted('status'); }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

export const READ = (key) => `new Promise((resolve, reject) => {
  const started = performance.now();
  const poll = () => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const rec = window.__bench || {};
    const key = ${JSON.stringify(key)};
    if (fcp !== undefined && (key === null || (rec[key] !== undefined && (rec[key] <= fcp || rec[key + 'Painted'] !== undefined)))) {
      resolve({ fcp, dom: key ? rec[key] : null, painted: key ? rec[key + 'Painted'] ?? null : null, timeOrigin: performance.timeOrigin });
    } else if (performance.now() - started > 10000) reject(new Error('page never showed ' + key));
    else setTimeout(poll, 20);
  };
  poll();
})`;

/** Navigation start -> on screen, in ms, from what READ returned. */
export function onScreen(r) {
  if (r.dom === null || r.dom <= r.fcp) return r.fcp;
  return r.painted;
}

export async function timePage(browser, path, key) {
  const { targetId, sessionId } = await browser.openTab(browser.url(path), (s) =>
    browser.cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: OBSERVER }, s));
  const r = await browser.cdp.evaluate(sessionId, READ(key), 15_000);
  await browser.closeTab(targetId);
  return { ...r, ms: onScreen(r) };
}

export const PAGES = {
  blank: { path: '/blank.html', key: null },
  scriptFloor: { path: '/script-floor.html', key: 'floor' },
  // The URL the background opens for a due break with default settings (core/break-card.ts).
  card: { path: '/break.html?break=1&exercise=seated-twist&snooze=1&hold=1&snoozeMin=5&sound=0', key: 'card' },
  popup: { path: '/popup.html', key: 'status' },
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

const BLANK_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body><p>blank</p></body></html>\n';
const FLOOR_HTML = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" crossorigin src="/script-floor.js"></script><link rel="stylesheet" crossorigin href="/script-floor.css"></head><body><main id="app"></main></body></html>\n';
const FLOOR_JS = "const p = document.createElement('p'); p.id = 'script-floor'; p.textContent = 'floor'; document.getElementById('app').append(p);\n";
const FLOOR_CSS = 'body { margin: 0; font: 15px/1.45 system-ui, sans-serif; }\n';

/** Adds the reference pages (blank, script floor) to a copy of the build; never to the product's own output. */
export function addReferencePages(dir) {
  writeFileSync(join(dir, 'blank.html'), BLANK_HTML);
  writeFileSync(join(dir, 'script-floor.html'), FLOOR_HTML);
  writeFileSync(join(dir, 'script-floor.js'), FLOOR_JS);
  writeFileSync(join(dir, 'script-floor.css'), FLOOR_CSS);
}

/**
 * Opens each page of PAGES in turn (blank, script floor, card, popup), `runs` times each after
 * `warmup` discarded rounds, with one extension page kept open (the extension's process is warm,
 * as when the worker opens the break window). Interleaving spreads background noise over all.
 */
export async function timePages(browser, { runs, warmup = 2 }) {
  const keep = await browser.openTab(browser.url('/blank.html'));
  const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, { path, key }] of Object.entries(PAGES)) {
      const r = await timePage(browser, path, key);
      if (round >= warmup) samples[name].push(r.ms);
    }
  }
  await browser.closeTab(keep.targetId);
  return samples;
}

/** The break page's JS heap with only that page open (extension pages share a renderer), after GC. */
export async function pageHeap(browser, path, settleMs = 3000) {
  const { targetId, sessionId } = await browser.openTab(browser.url(path));
  await new Promise((r) => setTimeout(r, settleMs));
  await browser.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
  const heap = await browser.cdp.send('Runtime.getHeapUsage', {}, sessionId);
  await browser.closeTab(targetId);
  return heap;
}

/**
 * Main-thread time per second of a page while it runs (CDP Performance metrics over `spanMs`,
 * after `settleMs`): for the card, a hold timer counting down. `reducedMotion` emulates the
 * user's "reduce motion" setting (no transitions).
 */
export async function pageCpu(browser, path, { settleMs = 1000, spanMs = 5000, reducedMotion = false } = {}) {
  const { targetId, sessionId } = await browser.openTab(browser.url(path), (s) =>
    reducedMotion && browser.cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] }, s));
  await browser.cdp.send('Performance.enable', {}, sessionId);
  const read = async () => Object.fromEntries((await browser.cdp.send('Performance.getMetrics', {}, sessionId)).metrics.map((m) => [m.name, m.value]));
  await new Promise((r) => setTimeout(r, settleMs));
  const a = await read();
  await new Promise((r) => setTimeout(r, spanMs));
  const b = await read();
  await browser.closeTab(targetId);
  const perSecond = (k) => ((b[k] - a[k]) * 1000) / (b.Timestamp - a.Timestamp);
  return { taskMsPerS: perSecond('TaskDuration'), scriptMsPerS: perSecond('ScriptDuration'), styleMsPerS: perSecond('RecalcStyleDuration'), layoutMsPerS: perSecond('LayoutDuration'), spanMs };
}
