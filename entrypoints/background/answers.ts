/**
 * Where answers reach the schedule, however they came: a page's message, the outbox (the worker
 * stopped before it finished one, or the page closed first), a notification's button. Applying an
 * answer twice changes nothing the second time (core/answer.ts), so every path may simply apply.
 */
import type { Answer } from '../../core/answer';
import { clearAnswer, pendingAnswers, postAnswer } from '../../platform/answer-outbox';
import { clearBreakNotifications } from '../../platform/notifications';
import { dispatch } from './scheduler';

/**
 * Applies one answer. Its outbox entry goes last, after the schedule that records it is saved and
 * its effects are carried out: a page waits for that. The same answer again is a plain alarm for
 * the scheduler, so it also redoes a wake-up or badge the stopped worker did not get to.
 */
export async function applyAnswer(answer: Answer): Promise<void> {
  await dispatch({ type: 'answer', answer });
  await clearAnswer(answer.id);
}

/** Applies every answer waiting in the outbox, oldest first. */
export async function applyPendingAnswers(): Promise<void> {
  for (const answer of await pendingAnswers()) await applyAnswer(answer);
}

/**
 * The notification's Snooze. It goes to the outbox before the notification is cleared: a worker
 * stopped before that leaves the notification up to be clicked again, one stopped after leaves the
 * answer for the next start. Its id is the notification's, so a second click is the same answer.
 */
export async function snoozeFromNotification(breakId: number): Promise<void> {
  const answer: Answer = { id: `notification-${breakId}-snooze`, breakId, at: Date.now(), action: { type: 'snooze' } };
  await postAnswer(answer);
  await applyAnswer(answer);
  await clearBreakNotifications();
}
