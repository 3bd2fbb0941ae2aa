/**
 * A page's answer against a background that stops at any moment: put in the outbox once, then
 * sent until the background confirms it (its reply, or its outbox entry removed, which the
 * background does last). After a few seconds without a confirmation the page is told, and the
 * sending goes on.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Answer } from '../../../core/answer';
import { deliverAnswer, requestNextExercise, SLOW_MS } from '../../../platform/answer-delivery';
import { pendingAnswers } from '../../../platform/answer-outbox';
import { KEYS } from '../../../platform/storage-keys';

const answer: Answer = { id: 'page-1', breakId: 4, at: 1_000, action: { type: 'snooze' } };
const portClosed = () => Promise.reject(new Error('The message port closed before a response was received.'));
const never = () => new Promise<never>(() => undefined);

let sendMessage: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  sendMessage = vi.fn();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
});
afterEach(() => vi.useRealTimers());

describe('delivering an answer', () => {
  it('asks again after the worker stopped mid-answer, and finishes at the first confirmation', async () => {
    sendMessage.mockImplementationOnce(portClosed).mockImplementationOnce(portClosed).mockResolvedValue({ handled: true });
    const onSlow = vi.fn();
    let delivered = false;
    void deliverAnswer(answer, { onSlow }).then(() => (delivered = true));
    await vi.advanceTimersByTimeAsync(1000);
    expect(delivered).toBe(true);
    expect(sendMessage).toHaveBeenCalledTimes(3);
    expect(sendMessage).toHaveBeenLastCalledWith({ type: 'answer', answer });
    expect(onSlow).not.toHaveBeenCalled();
    // Durable before it was sent, and only once.
    expect(await pendingAnswers()).toEqual([answer]);
  });

  it('a reply that never comes: asked again meanwhile, "not saved yet" after a few seconds, done once its outbox entry is gone', async () => {
    sendMessage.mockImplementation(never);
    const onSlow = vi.fn();
    let delivered = false;
    void deliverAnswer(answer, { onSlow }).then(() => (delivered = true));
    await vi.advanceTimersByTimeAsync(SLOW_MS - 1);
    expect(onSlow).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(onSlow).toHaveBeenCalledOnce();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(delivered).toBe(false);
    expect(sendMessage.mock.calls.length).toBeGreaterThanOrEqual(5);
    // The schedule records it: not enough, its effects (the wake-up, the badge) may not have run yet.
    await fakeBrowser.storage.local.set({ [KEYS.schedule]: { answered: [answer.id] } });
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toBe(false);
    // The background got one of them, applied it and carried it out: it removes the entry last.
    await fakeBrowser.storage.local.remove(`${KEYS.answerOutbox}${answer.id}`);
    await vi.advanceTimersByTimeAsync(0);
    expect(delivered).toBe(true);
    const calls = sendMessage.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(sendMessage).toHaveBeenCalledTimes(calls);
  });
});

describe('asking for the next stretch', () => {
  it('asked again after a lost reply, with the same request id (so the rotation moves once)', async () => {
    sendMessage.mockImplementationOnce(portClosed).mockResolvedValue({ exerciseId: 'cat-cow' });
    const next = requestNextExercise();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await next).toBe('cat-cow');
    const [first, second] = sendMessage.mock.calls.map(([msg]) => msg as { requestId: string });
    expect(second).toEqual(first);
    expect(first).toMatchObject({ type: 'next-exercise', requestId: expect.stringMatching(/^[0-9a-f]{18}$/) });
  });
});
