/**
 * A minimal Chrome DevTools Protocol client over --remote-debugging-pipe. The bench drives Chromium
 * with it instead of Playwright because Playwright attaches to every service worker, and an attached
 * debugger keeps a worker alive: the worker's starts and stops would no longer be Chrome's own.
 * Here nothing attaches to the worker until the bench asks (at the very end, for its heap).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Chrome's id for an unpacked extension: the SHA-256 of its absolute path, hex digits 0-f as a-p. */
export function unpackedExtensionId(dir) {
  const hex = createHash('sha256').update(dir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export class Cdp {
  #proc;
  #next = 1;
  #pending = new Map();
  #listeners = new Set();
  #buffer = '';

  constructor(proc) {
    this.#proc = proc;
    proc.stdio[4].on('data', (chunk) => {
      this.#buffer += chunk.toString('utf8');
      let end;
      while ((end = this.#buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.#buffer.slice(0, end));
        this.#buffer = this.#buffer.slice(end + 1);
        this.#receive(message);
      }
    });
  }

  #receive(message) {
    if (message.id !== undefined) {
      const waiting = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      if (!waiting) return;
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
      return;
    }
    for (const listener of [...this.#listeners]) listener(message);
  }

  /** Sends a command, to the browser or (with sessionId) to an attached target. */
  send(method, params = {}, sessionId = undefined, timeoutMs = 30_000) {
    const id = this.#next++;
    const payload = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      this.#pending.set(id, {
        method,
        resolve: (v) => { clearTimeout(timer); resolve(v); },
        reject: (e) => { clearTimeout(timer); reject(e); },
      });
      this.#proc.stdio[3].write(payload + '\0');
    });
  }

  /** Calls `listener(message)` for every event; returns a function that stops listening. */
  on(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Resolves with the first event for which `predicate` is true. */
  waitFor(predicate, timeoutMs = 30_000, what = 'event') {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => { stop(); reject(new Error(`timed out waiting for ${what}`)); }, timeoutMs);
      const stop = this.on((m) => {
        if (predicate(m)) { clearTimeout(timer); stop(); resolve(m); }
      });
    });
  }

  /** Evaluates an expression in a page session and returns its value (promises awaited). */
  async evaluate(sessionId, expression, timeoutMs = 30_000) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId, timeoutMs);
    if (r.exceptionDetails) throw new Error(`evaluate failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }
}

/**
 * Launches Chromium headless with one unpacked extension in a fresh profile.
 * `fastClock` runs it under faketime (one simulated minute per real second).
 */
export async function launchChromium({ extensionDir, fastClock = false, fastClockScript, chromium = '/usr/bin/chromium' }) {
  const profile = mkdtempSync(join(tmpdir(), 'limber-bench-'));
  const executable = fastClock ? fastClockScript : chromium;
  const proc = spawn(executable, [
    '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check',
    '--remote-debugging-pipe', `--user-data-dir=${profile}`,
    `--disable-extensions-except=${[extensionDir].flat().join(',')}`, `--load-extension=${[extensionDir].flat().join(',')}`,
    'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const cdp = new Cdp(proc);
  const exited = new Promise((resolve) => proc.on('exit', resolve));

  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const workerUrl = (info) => info.type === 'service_worker' && info.url.startsWith('chrome-extension://');
  let found = (await cdp.send('Target.getTargets')).targetInfos.find(workerUrl);
  if (!found) {
    found = (await cdp.waitFor((m) => m.method === 'Target.targetCreated' && workerUrl(m.params.targetInfo), 30_000, 'the service worker')).params.targetInfo;
  }
  const extensionId = new URL(found.url).host;
  // Several extensions (a before/after comparison): Chrome names an unpacked extension after its path.
  const extensionIds = [extensionDir].flat().map(unpackedExtensionId);

  return {
    cdp,
    extensionId,
    extensionIds,
    url: (path) => `chrome-extension://${extensionId}${path}`,
    /** Opens a tab at `url`, attached; `beforeLoad(sessionId)` runs before navigation (for init scripts). */
    async openTab(url, beforeLoad) {
      const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
      await cdp.send('Page.enable', {}, sessionId);
      if (beforeLoad) await beforeLoad(sessionId);
      const loaded = cdp.waitFor((m) => m.sessionId === sessionId && m.method === 'Page.loadEventFired', 30_000, `load of ${url}`);
      await cdp.send('Page.navigate', { url }, sessionId);
      await loaded;
      return { targetId, sessionId };
    },
    async closeTab(targetId) {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
    async close() {
      await cdp.send('Browser.close', {}, undefined, 5_000).catch(() => proc.kill('SIGKILL'));
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (proc.exitCode === null) proc.kill('SIGKILL');
      rmSync(profile, { recursive: true, force: true });
    },
    stderr: () => stderr,
  };
}
