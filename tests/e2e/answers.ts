/**
 * Answers sent to the background as the pages send them (core/answer.ts: an id of its own, the
 * break it answers, the action; by message, which the background applies before it replies). A
 * bare `{ type: 'pause' }` or `{ type: 'resume' }` message is no request since answers go through
 * the outbox: the background ignores it.
 */
import type { Page } from 'playwright-core';

type Action = { readonly type: 'pause'; readonly until: number | null } | { readonly type: 'resume' };

/** Sends one answer that answers no break (pause, resume) from an extension page. */
export const sendAnswer = (page: Page, action: Action) =>
  page.evaluate(
    (action) => chrome.runtime.sendMessage({ type: 'answer', answer: { id: `e2e-${crypto.randomUUID()}`, breakId: null, at: Date.now(), action } }),
    action,
  );

/** A fresh count from now: paused and resumed (a resume starts the count again). */
export async function restartCount(page: Page): Promise<void> {
  await sendAnswer(page, { type: 'pause', until: null });
  await sendAnswer(page, { type: 'resume' });
}

/**
 * Makes the background look at the browser now (fullscreen, sound, a meeting tab in a call): it
 * does before every event it handles. A resume while not paused changes nothing else.
 */
export const look = (page: Page) => sendAnswer(page, { type: 'resume' });
