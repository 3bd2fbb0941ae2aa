// @vitest-environment happy-dom
/** The stretch card: keys, focus, dose units. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { StretchCard, shortcutFor } from '../../../components/StretchCard';
import { holdPlan } from '../../../core/hold-timer';
import { exerciseDataById } from '../../../data/exercises';
import { withText } from '../../../core/exercise';


/** A card in English, without going through the browser. */
const exerciseById = (id: string) => withText(exerciseDataById(id)!, (key) => getMessage(key));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

describe('shortcutFor', () => {
  const key = (k: string, mods: Partial<KeyboardEvent> = {}) => shortcutFor({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });
  it('maps Enter and Space to the timer, D N S to the buttons, Esc to close', () => {
    expect([key('Enter'), key(' '), key('d'), key('D'), key('n'), key('s'), key('Escape')]).toEqual(['toggle', 'toggle', 'done', 'done', 'another', 'snooze', 'close']);
  });
  it('leaves browser shortcuts and other keys alone', () => {
    expect(key('d', { ctrlKey: true })).toBeNull();
    expect(key('s', { metaKey: true })).toBeNull();
    expect(key('x')).toBeNull();
  });
});

describe('StretchCard', () => {
  const neck = exerciseById('neck-release')!;

  it('is labelled by its name, described by its dose, and takes focus', () => {
    const { container } = render(<StretchCard exercise={neck}><button>Done</button></StretchCard>);
    const card = container.querySelector('article')!;
    expect(card.getAttribute('aria-labelledby')).toBe('card-name');
    expect(container.querySelector('#card-name')!.textContent).toBe('Neck release');
    expect(container.querySelector('#card-dose')!.textContent).toBe('Hold 20 s · each side');
    expect(document.activeElement).toBe(card);
  });

  it('runs the shortcuts it is given, and Enter on the card pauses the timer', () => {
    const done = vi.fn();
    const close = vi.fn();
    const { container, getByTestId } = render(<StretchCard exercise={neck} shortcuts={{ done, close }} />);
    const card = container.querySelector('article')!;
    fireEvent.keyDown(card, { key: 'd' });
    fireEvent.keyDown(card, { key: 'Escape' });
    fireEvent.keyDown(card, { key: 's' }); // no snooze offered: nothing happens
    expect(done).toHaveBeenCalledTimes(1);
    expect(close).toHaveBeenCalledTimes(1);
    expect(getByTestId('timer-toggle').textContent).toBe('Pause');
    fireEvent.keyDown(card, { key: 'Enter' });
    expect(getByTestId('timer-toggle').textContent).toBe('Resume');
    expect(getByTestId('timer-status').textContent).toBe('Timer paused.');
  });

  it('a new card starts its own full hold in the very first frame that shows it', () => {
    vi.useFakeTimers({ now: 1_000_000 });
    try {
      const elbow = exerciseById('overhead-elbow-stretch')!;
      const { container, getByTestId } = render(<StretchCard exercise={neck} />);
      act(() => { vi.advanceTimersByTime(12_000); });
      expect(getByTestId('seconds-left').textContent).toBe('8');
      // Preact's own render, outside act(): effects have not run yet, so this is what the first frame paints.
      preactRender(<StretchCard exercise={elbow} />, container);
      expect(getByTestId('seconds-left').textContent).toBe(String(holdPlan(elbow.dose)[0]!.seconds));
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not steal Enter from a focused button', () => {
    const { getByTestId } = render(<StretchCard exercise={neck} shortcuts={{}} />);
    fireEvent.keyDown(getByTestId('timer-toggle'), { key: 'Enter' });
    expect(getByTestId('timer-toggle').textContent).toBe('Pause');
  });

  it('shows a breath pacer for breaths, a rep count for repetitions, neither for a hold', () => {
    const twist = render(<StretchCard exercise={exerciseById('seated-twist')!} />);
    expect(twist.queryByTestId('breath-pacer')).not.toBeNull();
    expect(twist.getByTestId('unit-count').textContent).toBe('Breath 1 of 4');
    cleanup();
    const catCow = render(<StretchCard exercise={exerciseById('cat-cow')!} />);
    expect(catCow.queryByTestId('breath-pacer')).toBeNull();
    expect(catCow.getByTestId('unit-count').textContent).toBe('Rep 1 of 8');
    cleanup();
    const neckCard = render(<StretchCard exercise={neck} />);
    expect(neckCard.queryByTestId('breath-pacer')).toBeNull();
    expect(neckCard.getByTestId('unit-count').textContent?.trim()).toBe('');
  });
});
