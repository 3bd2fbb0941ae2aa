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
  const say = (prev: number | null, now: number) => announcement(plan, prev === null ? null : at(prev), at(now), true);

  it('speaks at the start, at each rest and side, at 5 s left and at the end, and not in between', () => {
    expect(say(null, 0)).toBe('First side. 20 seconds left');
    expect(say(3, 4)).toBeNull();
    expect(say(14.9, 15.1)).toBe('5 seconds left.');
    expect(say(19.9, 20.1)).toBe('Switch sides. 5 seconds left');
    expect(say(24.9, 25.1)).toBe('Other side. 20 seconds left');
    expect(say(44.9, 45)).toMatch(/stretch done/);
    expect(say(45, 46)).toBeNull();
  });

  it('names the round that comes next in a rest between rounds', () => {
    const rounds = holdPlan({ kind: 'hold', seconds: 10, reps: 3, perSide: false });
    expect(announcement(rounds, timerAt(rounds, 9900), timerAt(rounds, 10_100), true)).toBe('Rest, then round 2 of 3. 5 seconds left');
    expect(announcement(rounds, timerAt(rounds, 14_900), timerAt(rounds, 15_100), true)).toBe('Round 2 of 3. 10 seconds left');
  });

  it('chimes when a hold ends, when the next one starts, and at the end only', () => {
    expect(chimeFor(null, at(0))).toBeNull();
    expect(chimeFor(at(5), at(6))).toBeNull();
    expect(chimeFor(at(19.9), at(20.1))).toBe('switch');
    expect(chimeFor(at(24.9), at(25.1))).toBe('switch');
    expect(chimeFor(at(44.9), at(45))).toBe('done');
    expect(chimeFor(at(45), at(46))).toBeNull();
  });
});

describe('the chime is the page\'s to play', () => {
  const plan = holdPlan({ kind: 'hold', seconds: 5, reps: 1, perSide: true });

  it('raises onChime when the first side ends, when the second starts after the rest, and at the end', () => {
    vi.useFakeTimers();
    const onChime = vi.fn();
    render(<HoldTimer plan={plan} onChime={onChime} />);
    act(() => void vi.advanceTimersByTime(5_200));
    expect(onChime.mock.calls).toEqual([['switch']]);
    act(() => void vi.advanceTimersByTime(5_000));
    expect(onChime.mock.calls).toEqual([['switch'], ['switch']]);
    act(() => void vi.advanceTimersByTime(5_000));
    expect(onChime.mock.calls).toEqual([['switch'], ['switch'], ['done']]);
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
