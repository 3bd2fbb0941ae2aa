/**
 * The background's cost over simulated hours, on the fast clock (60 simulated minutes per real
 * minute, faketime): worker starts, alarm events, storage writes, the worker's heap, and nudge
 * latency.
 *
 * How things are counted, with nothing attached to the worker (an attached debugger would keep it
 * alive) and no test code in the product:
 *  - worker starts: the browser's Target.targetCreated events for the extension's service worker
 *    (Chrome creates a target per running worker and destroys it when the worker stops);
 *  - alarm events: a chrome.alarms.onAlarm listener in an extension page kept open (Chrome delivers
 *    the event to every extension context that listens, and wakes the worker for it as usual);
 *  - storage writes: chrome.storage.onChanged in that page (every write that changes a value;
 *    Chrome drops writes that change nothing before they reach the disk), plus the break-history
 *    records written to IndexedDB (read back at the end);
 *  - the simulated user answers each break window by pressing Done after a simulated minute.
 */

const MIN = 60_000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const MONITOR = `(() => {
  if (window.__c) return true;
  const c = (window.__c = { alarms: [], writes: [] });
  chrome.alarms.onAlarm.addListener((a) => c.alarms.push({ at: Date.now(), name: a.name }));
  chrome.storage.onChanged.addListener((changes, area) => {
    for (const [key, change] of Object.entries(changes)) c.writes.push({ at: Date.now(), area, key, value: change.newValue ?? null });
  });
  return true;
})()`;

// The break-history records' times. Never creates the database (an empty one would stop
// idb-keyval from creating its store): only opens it when it exists, and aborts any upgrade.
const HISTORY_TIMES = `(async () => {
  const dbs = await indexedDB.databases();
  if (!dbs.some((d) => d.name === 'limber-history')) return [];
  return await new Promise((resolve) => {
    const open = indexedDB.open('limber-history');
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve([]);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('breaks-v1')) { db.close(); resolve([]); return; }
      const req = db.transaction('breaks-v1').objectStore('breaks-v1').getAll();
      req.onsuccess = () => { db.close(); resolve(req.result.map((r) => r.at)); };
      req.onerror = () => { db.close(); resolve([]); };
    };
  });
})()`;

export async function runClock(browser, { intervalForLatency = 5, breaksForLatency = 10, log = () => {} }) {
  const { cdp, extensionId } = browser;
  const isWorker = (info) => info.type === 'service_worker' && info.url.startsWith(`chrome-extension://${extensionId}/`);
  const starts = [];
  const breakPages = [];
  const handled = new Set();
  let answerDelayReal = 1000;

  const monitor = await browser.openTab(browser.url('/blank.html'));
  await cdp.evaluate(monitor.sessionId, MONITOR);
  const browserNow = () => cdp.evaluate(monitor.sessionId, 'Date.now()');
  const counters = () => cdp.evaluate(monitor.sessionId, 'window.__c');

  // A break window: note when it became visible on the browser clock, then press Done.
  const onBreakPage = async (info) => {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: true });
    // The window may still be committing its navigation: retry when the context goes away.
    const settled = async (expression) => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await cdp.evaluate(sessionId, expression);
        } catch (e) {
          if (attempt >= 20 || !/context|navigat/i.test(e.message)) throw e;
          await sleep(50);
        }
      }
    };
    const shown = await settled(`new Promise((resolve) => {
      const poll = () => {
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        if (fcp && document.querySelector('.hold-timer [data-testid=seconds-left]')) resolve({ visibleAt: performance.timeOrigin + fcp.startTime, timeOrigin: performance.timeOrigin, breakId: Number(new URLSearchParams(location.search).get('break')) });
        else setTimeout(poll, 10);
      };
      if (document.readyState === 'complete') poll(); else addEventListener('load', poll);
    })`);
    breakPages.push({ ...shown, realAt: Date.now() });
    await sleep(answerDelayReal);
    await cdp.evaluate(sessionId, `document.querySelector('[data-testid=done]').click(), true`).catch(() => undefined);
  };
  const stop = cdp.on((m) => {
    const info = m.params?.targetInfo;
    if (!info) return;
    if (m.method === 'Target.targetCreated' && isWorker(info)) starts.push(Date.now());
    if ((m.method === 'Target.targetCreated' || m.method === 'Target.targetInfoChanged') && info.type === 'page'
      && info.url.includes(`${extensionId}/break.html`) && !handled.has(info.targetId)) {
      handled.add(info.targetId);
      onBreakPage(info).catch((e) => log(`break page: ${e.message}`));
    }
  });

  /** Waits until the browser clock reaches `until`; returns the real time then. */
  const untilBrowserTime = async (until) => {
    for (;;) {
      const now = await browserNow();
      if (now >= until) return Date.now();
      await sleep(Math.min(250, Math.max(20, (until - now) / 60)));
    }
  };

  const window_ = async (label, from, to, realFrom) => {
    const realTo = await untilBrowserTime(to);
    const c = await counters();
    const inside = (e) => e.at >= from && e.at < to;
    const alarms = c.alarms.filter(inside);
    const writes = c.writes.filter(inside);
    const historyAts = await cdp.evaluate(monitor.sessionId, HISTORY_TIMES);
    const historyWrites = historyAts.filter((at) => at >= from && at < to).length;
    const workerStarts = starts.filter((t) => t >= realFrom && t < realTo).length;
    log(`${label}: ${workerStarts} worker starts, ${alarms.length} alarm events, ${writes.length} storage writes + ${historyWrites} history records`);
    return {
      simulatedMinutes: (to - from) / MIN,
      workerStarts,
      alarmEvents: alarms.length,
      storageWrites: writes.length + historyWrites,
      storageWritesByKey: Object.fromEntries([...new Set(writes.map((w) => `${w.area}.${w.key}`))].map((k) => [k, writes.filter((w) => `${w.area}.${w.key}` === k).length])),
      historyRecords: historyWrites,
      // When each happened, in simulated seconds from the start of the window.
      alarmTimes: alarms.map((a) => +((a.at - from) / 1000).toFixed(1)),
      writeTimes: writes.map((w) => [+((w.at - from) / 1000).toFixed(1), `${w.area}.${w.key}`]),
    };
  };

  // 1. One active hour with default settings, from install (the monitor page opened just after).
  const activeFrom = await browserNow();
  const active = await window_('active hour', activeFrom, activeFrom + 60 * MIN, Date.now());
  active.breaks = breakPages.length;

  // 2. The worker's heap after that hour: catch it awake at its next alarm, attach, read, detach.
  const alarmsSoFar = (await counters()).alarms.length;
  for (let i = 0; i < 200 && (await counters()).alarms.length === alarmsSoFar; i++) await sleep(25);
  const workerTarget = (await cdp.send('Target.getTargets')).targetInfos.find(isWorker);
  let workerHeap = null;
  if (workerTarget) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: workerTarget.targetId, flatten: true });
    workerHeap = await cdp.send('Runtime.getHeapUsage', {}, sessionId);
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
  }

  // 3. One idle hour. Headless Chromium always reports chrome.idle 'active' (and CDP's idle override
  // only reaches the Idle Detection API), so the hour is measured as a paused hour: the popup's
  // "Pause for an hour" button, the product's own path; the background then sleeps like when idle
  // (one wake at the end, none in between).
  const popup = await browser.openTab(browser.url('/popup.html'));
  await cdp.evaluate(popup.sessionId, `new Promise((resolve, reject) => {
    const until = performance.now() + 10000;
    const poll = () => {
      const b = document.querySelector('[data-testid=pause-1h], [data-testid=pause]');
      if (b) { b.click(); resolve(true); }
      else if (performance.now() > until) reject(new Error('no pause-for-an-hour button in the popup'));
      else setTimeout(poll, 20);
    };
    poll();
  })`);
  // The pause must have reached the schedule before the hour starts.
  await cdp.evaluate(monitor.sessionId, `new Promise((resolve) => { const poll = () => chrome.storage.local.get('schedule').then(({ schedule }) => schedule?.paused ? resolve(true) : setTimeout(poll, 20)); poll(); })`);
  await browser.closeTab(popup.targetId);
  const pausedFrom = await browserNow();
  const realPaused = Date.now();
  // The hour plus 30 s, so the wake that ends the pause is counted too.
  const idle = await window_('paused hour', pausedFrom, pausedFrom + 60 * MIN + 30_000, realPaused);

  // 4. Nudge latency over `breaksForLatency` breaks, the interval set to `intervalForLatency` min.
  answerDelayReal = 500;
  const latencyFromIndex = breakPages.length;
  await cdp.evaluate(monitor.sessionId, `chrome.storage.sync.get('settings').then(({ settings }) => chrome.storage.sync.set({ settings: { ...(settings ?? { version: 1 }), intervalMin: ${intervalForLatency} } })).then(() => true)`);
  const deadline = Date.now() + (breaksForLatency * (intervalForLatency + 2) + 5) * 1000;
  while (breakPages.length - latencyFromIndex < breaksForLatency && Date.now() < deadline) await sleep(200);
  const c = await counters();
  const schedules = c.writes.filter((w) => w.area === 'local' && w.key === 'schedule' && w.value);
  const latencies = breakPages.slice(latencyFromIndex, latencyFromIndex + breaksForLatency).map((b) => {
    // The due time the schedule computed: the last saved counting state before this break's.
    const firstDue = schedules.findIndex((w) => w.value.due?.breakId === b.breakId);
    const before = schedules.slice(0, firstDue).reverse().find((w) => !w.value.due && !w.value.paused && !w.value.away && w.value.snoozedUntil === null && !w.value.offHours);
    const dueAt = before ? before.value.seenAt + intervalForLatency * MIN - before.value.sitMs : NaN;
    const browserMs = b.visibleAt - dueAt;
    return { breakId: b.breakId, dueAt, visibleAt: b.visibleAt, browserClockMs: browserMs, realMs: browserMs / 60 };
  });
  stop();
  await browser.closeTab(monitor.targetId);
  return { active, idle, workerHeap, latencies, intervalForLatency };
}
