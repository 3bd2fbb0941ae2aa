// @vitest-environment happy-dom
/** The hold timer: what it announces, when it raises a chime, and the breath pacer. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { StretchCard } from '../../../components/StretchCard';
import { HoldTimer, announcement, chimeFor } from '../../../components/HoldTimer';
import { holdPlan, timerAt } from '../../../core/hold-timer';
import { exerciseDataById } from '../../../data/exercises';
import { withText } from '../../../core/exercise';

/** A card in English, without going through the browser. */
const exerciseById = (id: string) => withText(exerciseDataById(id)!, (key) => getMessage(key));

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('the breath pacer', () => {
  it('breathes one breath per cycle with the timer, and holds still while it is paused', () => {
    const twist = render(<StretchCard exercise={exerciseById('seated-twist')!} />);
    const pacer = () => twist.getByTestId('breath-pacer');
    expect(pacer().style.animationDuration).toBe('5s');
    expect(pacer().style.animationPlayState).toBe('running');
    fireEvent.click(twist.getByTestId('timer-toggle'));
    expect(pacer().style.animationPlayState).toBe('paused');
    fireEvent.click(twist.getByTestId('timer-toggle'));
    expect(pacer().style.animationPlayState).toBe('running');
  });
});

describe('timer announcements and chimes', () => {
  const plan = holdPlan({ kind: 'hold', seconds: 20, reps: 1, perSide: true });
  const at = (s: number) => timerAt(plan, s * 1000);

  it('speaks at the start, at switch sides, at 5 s left and at the end, and not in between', () => {
    expect(announcement(null, at(0), true)).toBe('First side. 20 seconds left');
    expect(announcement(at(3), at(4), true)).toBeNull();
    expect(announcement(at(14.9), at(15.1), true)).toBe('5 seconds left.');
    expect(announcement(at(19.9), at(20.1), true)).toBe('Switch sides. Other side. 20 seconds left');
    expect(announcement(at(39.9), at(40), true)).toMatch(/stretch done/);
    expect(announcement(at(40), at(41), true)).toBeNull();
  });

  it('chimes at switch sides and at the end only', () => {
    expect(chimeFor(null, at(0))).toBeNull();
    expect(chimeFor(at(5), at(6))).toBeNull();
    expect(chimeFor(at(19.9), at(20.1))).toBe('switch');
    expect(chimeFor(at(39.9), at(40))).toBe('done');
    expect(chimeFor(at(40), at(41))).toBeNull();
  });
});

describe('the chime is the page\'s to play', () => {
  const plan = holdPlan({ kind: 'hold', seconds: 5, reps: 1, perSide: true });

  it('raises onChime at switch sides and at the end while the timer runs', () => {
    vi.useFakeTimers();
    const onChime = vi.fn();
    render(<HoldTimer plan={plan} onChime={onChime} />);
    act(() => void vi.advanceTimersByTime(5_200));
    expect(onChime.mock.calls).toEqual([['switch']]);
    act(() => void vi.advanceTimersByTime(5_000));
    expect(onChime.mock.calls).toEqual([['switch'], ['done']]);
  });

  it('raises nothing while paused', () => {
    vi.useFakeTimers();
    const onChime = vi.fn();
    const view = render(<HoldTimer plan={plan} onChime={onChime} />);
    fireEvent.click(view.getByTestId('timer-toggle'));
    act(() => void vi.advanceTimersByTime(12_000));
    expect(onChime).not.toHaveBeenCalled();
  });
});
