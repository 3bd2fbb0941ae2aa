/**
 * Calls into the extension's service worker that survive it being stopped. On the fast clock Chrome
 * stops an idle worker after half a real second (30 simulated seconds), so a Worker handle may be
 * gone by the time it is used: then the call goes to the next live one. A call into a worker that
 * stops while it runs may also never return (Playwright waits on it forever, and so would
 * `expect.poll`): after CALL_MS it counts as stopped too.
 */
import type { Worker } from 'playwright-core';
import type { Limber } from './harness';

/** A call's answer normally takes milliseconds; a hung one is given up soon, so a poll has time to ask again. */
const CALL_MS = 4_000;
/** Tries in all: a saturated machine may hang a few calls in a row. */
const TRIES = 6;

/** The worker's answer, or a rejection once it has not come in CALL_MS. */
function bounded<T>(call: Promise<T>): Promise<T> {
  call.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`worker call closed: no answer in ${CALL_MS} ms`)), CALL_MS);
  });
  return Promise.race([call, hung]).finally(() => clearTimeout(timer));
}

/** `fn` evaluated in the live worker (tried again in the next one if this one stops). */
export async function inWorker<T, A = undefined>(limber: Pick<Limber, 'worker'>, fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const worker: Worker = await limber.worker();
      return (await bounded(worker.evaluate(fn as never, arg as never))) as T;
    } catch (error) {
      if (attempt >= TRIES - 1 || !/closed|destroyed/i.test(String(error))) throw error;
    }
  }
}

export function workerCall(limber: Pick<Limber, 'worker'>) {
  return <T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T> => inWorker(limber, fn, arg);
}
