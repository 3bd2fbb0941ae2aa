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
import { saveOwnStretch } from '../../../../platform/own-stretch-store';
import { WALL_ANGELS } from '../../own-stretches';

/** A lazily loaded module may take seconds on a busy machine (npm test runs these at nice 19). */
const LAZY = { timeout: 10_000 };

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
    expect(await pendingAnswers()).toEqual([expect.objectContaining({ breakId: 3, action: { type: 'done', exerciseId: 'neck-release', kind: 'stretch' } })]);
    await backgroundConfirms();
    // (It counts today's stretches from the log first.)
    await vi.waitFor(() => expect(page.getByTestId('nice-work')).toBeTruthy(), LAZY);
  });
});

describe('the break card by firmness', () => {
  const firm = (firmness: 'gentle' | 'firm' | 'strict', more: Record<string, unknown> = {}) =>
    ({ ...params, settings: { ...params.settings, holdMultiplier: 0.5, firmness }, ...more }) as typeof params;
  /** The answers the page has sent (they wait in the outbox: this background never confirms). */
  const sent = async () => (await pendingAnswers()).map((a) => a.action);
  const key = (k: string, type: 'keyDown' | 'keyUp' = 'keyDown') => fireEvent[type](document.body, { key: k });
  beforeEach(async () => {
    // Not the first card ever: no safety note over it, so the card's keys are live.
    await fakeBrowser.storage.local.set({ [KEYS.safetyNoteSeen]: true });
  });

  it('gentle: Skip and Esc skip at once', async () => {
    const page = render(<BreakApp {...firm('gentle')} />);
    expect(page.getByTestId('skip').textContent).toBe('SkipEsc');
    await act(async () => {
      key('Escape');
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(await sent()).toEqual([{ type: 'skip', exerciseId: 'neck-release', kind: 'stretch' }]);
  });

  it('firm: Skip is held for 2 s (Esc too, anywhere on the page); a tap only says to keep holding', async () => {
    const page = render(<BreakApp {...firm('firm')} />);
    // The held Skip's code loads for a firm break only.
    await vi.waitFor(() => expect(page.getByTestId('skip').textContent).toBe('Hold to skipEsc'), LAZY);
    expect(page.getByTestId('keys-hint').textContent).toContain('Hold Esc for 2 seconds to skip.');
    await act(async () => {
      key('Escape');
      key('Escape', 'keyUp');
      await vi.advanceTimersByTimeAsync(3000);
    });
    expect(page.getByTestId('hold-to-skip-status').textContent).toBe('Let go: the break stays.');
    expect(await sent()).toEqual([]);
    await act(async () => {
      key('Escape');
      await vi.advanceTimersByTimeAsync(2010);
    });
    expect(await sent()).toEqual([{ type: 'skip', exerciseId: 'neck-release', kind: 'stretch' }]);
  });

  it('strict: no Skip at all, and Done (button or D) waits for the timer, then ends the break', async () => {
    const page = render(<BreakApp {...firm('strict', { canSnooze: false })} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(page.queryByTestId('skip')).toBeNull();
    expect(page.queryByTestId('snooze')).toBeNull();
    expect(page.getByTestId('done').getAttribute('aria-disabled')).toBe('true');
    expect(page.getByTestId('done-hint').textContent).toBe('Done is ready when the timer has run.');
    await act(async () => {
      fireEvent.click(page.getByTestId('done'));
      key('d');
      key('Escape');
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(await sent()).toEqual([]);
    // Neck release at half hold: 10 s a side, with a rest between the sides.
    await act(async () => {
      await vi.advanceTimersByTimeAsync(40_000);
    });
    expect(page.getByTestId('done').getAttribute('aria-disabled')).toBeNull();
    await act(async () => {
      key('d');
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(await sent()).toEqual([{ type: 'done', exerciseId: 'neck-release', kind: 'stretch' }]);
  });

  it('a short break says so, has no Snooze, asks its own rotation for Another, and stays gentle under strict', async () => {
    const page = render(<BreakApp {...firm('strict', { kind: 'short', canSnooze: false, exerciseId: 'look-far' })} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(0);
    });
    expect(page.getByTestId('break-kind').textContent).toBe('Short break');
    expect(page.queryByTestId('snooze')).toBeNull();
    fireEvent.click(page.getByTestId('another'));
    // The answer's delivery loads after the card's first paint: Another waits for it.
    await vi.waitFor(() => expect(sendMessage).toHaveBeenCalledWith(expect.objectContaining({ type: 'next-exercise', kind: 'short' })), LAZY);
    cleanup();
    const again = render(<BreakApp {...firm('strict', { kind: 'short', canSnooze: false, exerciseId: 'look-far' })} />);
    await act(async () => {
      fireEvent.click(again.getByTestId('skip'));
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(await sent()).toEqual([{ type: 'skip', exerciseId: 'look-far', kind: 'short' }]);
  });
});

describe("a card of the user's own stretch", () => {
  /** Lets the lazily loaded lookup and its storage read run. */
  const settle = () => act(async () => {
    await vi.advanceTimersByTimeAsync(10);
  });

  it('shows their words as written, with the picture it borrows, and Done logs it by its id', async () => {
    await saveOwnStretch({ ...WALL_ANGELS, name: '<b>Wall angels</b>' });
    const page = render(<BreakApp {...params} exerciseId={WALL_ANGELS.id} />);
    await vi.waitFor(async () => {
      await settle();
      expect(page.container.querySelector('.stretch-card h1')?.textContent).toBe('<b>Wall angels</b>');
    }, LAZY);
    expect(page.container.querySelector('.stretch-card b')).toBeNull();
    expect([...page.container.querySelectorAll('.card-cues li')].map((li) => li.textContent)).toEqual(WALL_ANGELS.cues);
    expect(page.container.querySelector('.card-caution')!.textContent).toContain(WALL_ANGELS.caution);
    expect(page.container.querySelector('.card-picture [role=img]')!.getAttribute('aria-label')).toBe(getMessage('ex_overhead_elbow_stretch_alt'));
    await act(async () => {
      fireEvent.click(page.getByTestId('done'));
      await vi.advanceTimersByTimeAsync(10);
    });
    await vi.waitFor(async () => expect((await pendingAnswers()).map((a) => a.action)).toEqual([{ type: 'done', exerciseId: WALL_ANGELS.id, kind: 'stretch' }]), LAZY);
  });

  it('one deleted before its card showed offers the options instead', async () => {
    const page = render(<BreakApp {...params} exerciseId={WALL_ANGELS.id} />);
    await vi.waitFor(async () => {
      await settle();
      expect(page.container.textContent).toContain(getMessage('noExercises'));
    }, LAZY);
  });
});
