// @vitest-environment happy-dom
/**
 * The break card after a click, with a background that does not answer (its worker stopped):
 * the buttons are disabled at once, a polite status says "not saved yet" after a few seconds, and
 * the card moves on ("nice work", or the window closes) as soon as the background confirms.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import { BreakApp } from '../../../../entrypoints/break/App';
import { SLOW_MS } from '../../../../platform/answer-delivery';
import { pendingAnswers } from '../../../../platform/answer-outbox';
import { KEYS } from '../../../../platform/storage-keys';

const params = { breakId: 3, exerciseId: 'neck-release', canSnooze: true, settings: { holdMultiplier: 1, snoozeMin: 5, sound: false }, inPopup: false };

let sendMessage: ReturnType<typeof vi.fn>;
let close: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 9 } as never);
  sendMessage = vi.fn(() => new Promise(() => undefined));
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(sendMessage as never);
  close = vi.fn();
  vi.spyOn(window, 'close').mockImplementation(close as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** The background applies every answer in the outbox: it saves the schedule, then removes the entries. */
async function backgroundConfirms() {
  const answers = await pendingAnswers();
  await act(async () => {
    await fakeBrowser.storage.local.set({ [KEYS.schedule]: { answered: answers.map((a) => a.id) } });
    await fakeBrowser.storage.local.remove(answers.map((a) => `${KEYS.answerOutbox}${a.id}`));
    await vi.advanceTimersByTimeAsync(0);
  });
}

describe('a break card whose break is over', () => {
  it('closes itself when its break was answered elsewhere (the notification) or ended; stays while it is due', async () => {
    render(<BreakApp {...params} />);
    const due = { breakId: 3, since: 1, shownAt: 1, attempt: 0 };
    await act(() => fakeBrowser.storage.local.set({ [KEYS.schedule]: { due } }));
    await act(() => fakeBrowser.storage.local.set({ [KEYS.schedule]: { due: { ...due, attempt: 1 } } }));
    expect(close).not.toHaveBeenCalled();
    await act(() => fakeBrowser.storage.local.set({ [KEYS.schedule]: { due: null, snoozedUntil: 5 } }));
    expect(close).toHaveBeenCalledOnce();
  });

  it("a stretch of the user's own (no break) stays, whatever the schedule does", async () => {
    render(<BreakApp {...params} breakId={null} />);
    await act(() => fakeBrowser.storage.local.set({ [KEYS.schedule]: { due: null } }));
    expect(close).not.toHaveBeenCalled();
  });
});

describe('the break card while its answer is on the way', () => {
  it('Snooze: disabled at once, "not saved yet" after a few seconds, closed once confirmed', async () => {
    const page = render(<BreakApp {...params} />);
    const status = page.getByTestId('answer-status');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');

    await act(async () => {
      fireEvent.click(page.getByTestId('snooze'));
      await vi.advanceTimersByTimeAsync(10);
    });
    for (const id of ['done', 'another', 'snooze', 'skip']) expect((page.getByTestId(id) as HTMLButtonElement).disabled).toBe(true);
    expect(await pendingAnswers()).toEqual([expect.objectContaining({ breakId: 3, action: { type: 'snooze' } })]);
    expect(status.textContent).toBe('');

    await act(async () => {
      await vi.advanceTimersByTimeAsync(SLOW_MS);
    });
    expect(status.textContent).toBe('Not saved yet: Limber is still trying to record your answer.');
    expect(close).not.toHaveBeenCalled();

    await backgroundConfirms();
    expect(close).toHaveBeenCalledOnce();
  });

  it('Done: "nice work" once confirmed, never before', async () => {
    const page = render(<BreakApp {...params} />);
    await act(async () => {
      fireEvent.click(page.getByTestId('done'));
      await vi.advanceTimersByTimeAsync(SLOW_MS + 100);
    });
    expect(page.queryByTestId('nice-work')).toBeNull();
    expect(await pendingAnswers()).toEqual([expect.objectContaining({ breakId: 3, action: { type: 'done', exerciseId: 'neck-release' } })]);
    await backgroundConfirms();
    // (It counts today's stretches from the log first.)
    await vi.waitFor(() => expect(page.getByTestId('nice-work')).toBeTruthy());
  });
});
