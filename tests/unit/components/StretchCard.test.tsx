// @vitest-environment happy-dom
/** The stretch card: keys, focus, dose units. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { render as preactRender } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { StretchCard, shortcutFor } from '../../../components/StretchCard';
import { doseAt, holdPlan } from '../../../core/hold-timer';
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
    expect(container.querySelector('#card-name')!.textContent).toBe('Side neck stretch');
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
      expect(getByTestId('seconds-left').textContent).toBe(String(holdPlan(doseAt(elbow).dose)[0]!.seconds));
    } finally {
      vi.useRealTimers();
    }
  });

  it('does not steal Enter from a focused button', () => {
    const { getByTestId } = render(<StretchCard exercise={neck} shortcuts={{}} />);
    fireEvent.keyDown(getByTestId('timer-toggle'), { key: 'Enter' });
    expect(getByTestId('timer-toggle').textContent).toBe('Pause');
  });

  it('shows a breath pacer for breaths and breath-paced repetitions, a count for repetitions, neither for a hold', () => {
    const twist = render(<StretchCard exercise={exerciseById('seated-twist')!} />);
    expect(twist.queryByTestId('breath-pacer')).not.toBeNull();
    expect(twist.getByTestId('unit-count').textContent).toBe('Breath 1 of 3');
    cleanup();
    const catCow = render(<StretchCard exercise={exerciseById('cat-cow')!} />);
    expect(catCow.queryByTestId('breath-pacer')).not.toBeNull();
    expect(catCow.getByTestId('unit-count').textContent).toBe('Rep 1 of 8');
    cleanup();
    const rolls = render(<StretchCard exercise={exerciseById('shoulder-rolls')!} />);
    expect(rolls.queryByTestId('breath-pacer')).toBeNull();
    expect(rolls.getByTestId('unit-count').textContent).toBe('Rep 1 of 10');
    cleanup();
    const neckCard = render(<StretchCard exercise={neck} />);
    expect(neckCard.queryByTestId('breath-pacer')).toBeNull();
    expect(neckCard.getByTestId('unit-count').textContent?.trim()).toBe('');
  });

  it('says when it runs a short version and names the full dose; the harder hold setting runs the full dose', () => {
    const twist = exerciseById('seated-twist')!;
    const short = render(<StretchCard exercise={twist} />);
    expect(short.container.querySelector('#card-dose')!.textContent).toBe('Stay for 3 slow breaths · each side · 2 rounds');
    expect(short.getByTestId('full-dose').textContent).toBe('Short version · full dose: 4 breaths each side × 3');
    cleanup();
    const full = render(<StretchCard exercise={twist} holdMultiplier={1.5} />);
    expect(full.container.querySelector('#card-dose')!.textContent).toBe('Stay for 4 slow breaths · each side · 3 rounds');
    expect(full.queryByTestId('full-dose')).toBeNull();
    cleanup();
    expect(render(<StretchCard exercise={neck} />).queryByTestId('full-dose')).toBeNull();
  });

  it('times the eyes and the walk as what they are, not as a hold', () => {
    const look = render(<StretchCard exercise={exerciseById('look-far')!} />);
    expect(look.container.querySelector('#card-dose')!.textContent).toBe('Look far away for 20 s');
    expect(look.getByTestId('phase').textContent).toBe('Look far away and blink');
    cleanup();
    const walk = render(<StretchCard exercise={exerciseById('stand-and-walk')!} />);
    expect(walk.container.querySelector('#card-dose')!.textContent).toBe('Walk for 1.5 min');
    expect(walk.getByTestId('phase').textContent).toBe('Walk');
    expect(walk.getByTestId('seconds-left').textContent).toBe('90');
  });

  it('rests between sides, says so, and mirrors the picture for the second side', () => {
    vi.useFakeTimers({ now: 2_000_000 });
    try {
      const { container, getByTestId } = render(<StretchCard exercise={neck} />);
      const picture = () => container.querySelector('.illustration')!.getAttribute('data-mirrored');
      expect(picture()).toBe('false');
      act(() => { vi.advanceTimersByTime(21_000); });
      expect(getByTestId('phase').textContent).toBe('Switch sides');
      expect(container.querySelector('.hold-timer')!.getAttribute('data-rest')).toBe('true');
      expect(getByTestId('seconds-left').textContent).toBe('4');
      expect(picture()).toBe('true');
      act(() => { vi.advanceTimersByTime(5_000); });
      expect(getByTestId('phase').textContent).toBe('Other side');
      expect(container.querySelector('.hold-timer')!.getAttribute('data-rest')).toBe('false');
      expect(picture()).toBe('true');
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives the twist one breath facing forward between sides, with the breath pacer', () => {
    vi.useFakeTimers({ now: 3_000_000 });
    try {
      const { getByTestId } = render(<StretchCard exercise={exerciseById('seated-twist')!} />);
      act(() => { vi.advanceTimersByTime(16_000); });
      expect(getByTestId('phase').textContent).toBe('Face forward: one breath');
      expect(getByTestId('breath-pacer')).not.toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the safety note', () => {
  const neck = exerciseById('neck-release')!;
  it('opens over the first card ever shown; its keys are its own; dismissing it is remembered by the caller', async () => {
    const seen = vi.fn();
    const close = vi.fn();
    const { getByTestId, queryByTestId, container } = render(<StretchCard exercise={neck} safetyFirst onSafetySeen={seen} shortcuts={{ close }} />);
    // The dialog's code loads when it is first wanted (a chunk of its own), then it opens.
    await act(() => vi.dynamicImportSettled());
    const dialog = getByTestId('safety-dialog') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.textContent).toContain('Stretch only until you feel a mild pull, never into pain.');
    expect(dialog.textContent).toContain('Stop if you feel pain, numbness, tingling or dizziness.');
    // Esc belongs to the dialog, not to the card's Skip.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(close).not.toHaveBeenCalled();
    fireEvent.click(getByTestId('safety-ok'));
    expect(seen).toHaveBeenCalledTimes(1);
    expect(queryByTestId('safety-dialog')).toBeNull();
    expect(document.activeElement).toBe(container.querySelector('article'));
    fireEvent.keyDown(container.querySelector('article')!, { key: 'Escape' });
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('is one click away from every card, and not in the way otherwise', async () => {
    const { getByTestId, queryByTestId } = render(<StretchCard exercise={neck} />);
    await act(() => vi.dynamicImportSettled());
    expect(queryByTestId('safety-dialog')).toBeNull();
    fireEvent.click(getByTestId('safety-open'));
    await act(() => vi.dynamicImportSettled());
    expect((getByTestId('safety-dialog') as HTMLDialogElement).open).toBe(true);
    expect(getByTestId('safety-dialog').getAttribute('aria-labelledby')).toBe('safety-dialog-title');
  });
});
