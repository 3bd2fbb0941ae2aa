/**
 * A page's side of talking to a background that may stop at any moment (Chrome stops an extension's
 * service worker when it likes). An answer goes to the outbox first, where it survives whatever
 * happens to the worker, then to the background by message, asked again until the background
 * confirms it. A request that needs a reply ("the next stretch") is asked again with the same id,
 * so the background gives the same reply rather than a second one.
 */
import type { Answer } from '../core/answer';
import type { BreakKind } from '../core/schedule-types';
import { send } from './messages';
import { postAnswer, randomId, watchHandled } from './answer-outbox';

/** A page's new answer, made here too: a page that loads its delivery on use (the break page) gets both from one module. */
export { newAnswer } from './answer-outbox';

/** After this long without a confirmation the page says so (and keeps trying). */
export const SLOW_MS = 3000;
/** A reply not back by then may never come (the worker stopped mid-answer): ask again meanwhile. */
export const RESEND_MS = 2000;
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 2000;

export interface Progress {
  /** The background has not confirmed within SLOW_MS; the page keeps trying. */
  readonly onSlow?: () => void;
}

/**
 * Runs `attempt` until one gives a value (undefined or an error means "ask again"), or until
 * `confirmed` reports the job done by other means. Never gives up: the page says it is slow instead.
 */
export function keepTrying<T>(
  attempt: () => Promise<T | undefined>,
  { onSlow, confirmed }: Progress & { confirmed?: (done: (value: T) => void) => () => void } = {},
): Promise<T> {
  let stopWatching: (() => void) | undefined;
  const result = new Promise<T>((resolve) => {
    let settled = false;
    let delay = FIRST_RETRY_MS;
    let next: ReturnType<typeof setTimeout> | undefined;
    const slow = setTimeout(() => onSlow?.(), SLOW_MS);
    const finish = (value: T) => {
      if (settled) return;
      settled = true;
      clearTimeout(slow);
      clearTimeout(next);
      resolve(value);
    };
    const tryOnce = () => {
      if (settled) return;
      let retried = false;
      const retry = (wait: number) => {
        if (retried || settled) return;
        retried = true;
        clearTimeout(next);
        next = setTimeout(tryOnce, wait);
      };
      const backoff = () => {
        const wait = delay;
        delay = Math.min(delay * 2, MAX_RETRY_MS);
        return wait;
      };
      next = setTimeout(() => retry(0), RESEND_MS);
      attempt().then(
        (value) => (value === undefined ? retry(backoff()) : finish(value)),
        () => retry(backoff()),
      );
    };
    stopWatching = confirmed?.(finish);
    tryOnce();
  });
  return result.finally(() => stopWatching?.());
}

/** Delivers an answer: resolves once the background has handled it (applied, or found it stale). */
export async function deliverAnswer(answer: Answer, progress: Progress = {}): Promise<void> {
  let posted = false;
  await keepTrying<true>(
    async () => {
      if (!posted) {
        await postAnswer(answer);
        posted = true;
      }
      const reply = await send('answer', { answer });
      return reply?.handled === true ? true : undefined;
    },
    { ...progress, confirmed: (done) => watchHandled(answer.id, () => done(true)) },
  );
}

/**
 * The next stretch in the rotation of that kind of break (null when none is enabled), the rotation
 * advanced exactly once.
 */
export async function requestNextExercise(progress: Progress = {}, kind: BreakKind = 'stretch'): Promise<string | null> {
  const requestId = randomId();
  const reply = await keepTrying(async () => {
    const r = await send('next-exercise', { requestId, kind });
    return r && 'exerciseId' in r ? r : undefined;
  }, progress);
  return reply.exerciseId;
}
