// @vitest-environment happy-dom
/** The card's picture: a layer per keyframe, moved in step with the timer, mirrored for the second side, still under reduced motion. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { Illustration } from '../../../components/Illustration';
import { StretchCard } from '../../../components/StretchCard';
import { exerciseDataById } from '../../../data/exercises';
import { PICTURE_MOTION } from '../../../data/picture-motion';
import { withText } from '../../../core/exercise';
import type { PictureClock } from '../../../core/pictures/motion';

const exerciseById = (id: string) => withText(exerciseDataById(id)!, (key) => getMessage(key));

/** Animations as the card starts them, recorded instead of run. */
interface Recorded { el: Element; keyframes: Keyframe[]; options: KeyframeAnimationOptions; playing: boolean; currentTime: number | null; cancelled: boolean }
let started: Recorded[] = [];
let reduceMotion = false;

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  started = [];
  reduceMotion = false;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({ matches: reduceMotion && query.includes('reduce'), media: query } as MediaQueryList));
  vi.spyOn(HTMLElement.prototype, 'animate').mockImplementation(function (this: Element, keyframes, options) {
    const record: Recorded = { el: this, keyframes: keyframes as Keyframe[], options: options as KeyframeAnimationOptions, playing: true, currentTime: 0, cancelled: false };
    started.push(record);
    return {
      pause: () => void (record.playing = false),
      play: () => void (record.playing = true),
      cancel: () => void (record.cancelled = true),
      finished: Promise.resolve(),
      get currentTime() { return record.currentTime; },
      set currentTime(t) { record.currentTime = t as number; },
    } as unknown as Animation;
  });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const breaths = { kind: 'breaths', breaths: 4, reps: 1, perSide: true } as const;
/** A moving picture loads the code that moves it on use: wait for it, and for the render after. */
const loaded = () => act(async () => {
  await vi.dynamicImportSettled();
});
const frames = (container: Element) => [...container.querySelectorAll('.illustration img')].map((img) => img.getAttribute('src')?.replace(/^.*#/, ''));

describe('Illustration', () => {
  it('puts each keyframe of a drawn picture on a layer of its own, the whole labelled once', () => {
    const { container } = render(<Illustration exerciseId="cat-cow" alt="On all fours" size={160} dose={breaths} />);
    const picture = container.querySelector('[role=img]')!;
    expect(picture.getAttribute('aria-label')).toBe('On all fours');
    expect(frames(container)).toEqual(Array.from({ length: PICTURE_MOTION['cat-cow']!.frames }, (_, i) => `k${i}`));
    for (const img of container.querySelectorAll('img')) expect(img.getAttribute('alt')).toBe('');
    expect((picture as HTMLElement).style.height).toBe('160px');
  });

  it('cross-fades the layers over one breath, paused until the timer runs, then in step with it', async () => {
    const clock = (c: Partial<PictureClock>): PictureClock => ({ running: true, phaseElapsedMs: 0, at: Date.now(), ...c });
    const { rerender } = render(<Illustration exerciseId="seated-twist" alt="" dose={breaths} />);
    await loaded();
    expect(started).toHaveLength(2);
    expect(started.map((a) => a.options.duration)).toEqual([5000, 5000]);
    expect(started.every((a) => a.options.iterations === Infinity && !a.playing)).toBe(true);
    expect(started.every((a) => a.keyframes.every((k) => Object.keys(k).sort().join() === 'offset,opacity'))).toBe(true);

    rerender(<Illustration exerciseId="seated-twist" alt="" dose={breaths} clock={clock({ phaseElapsedMs: 7500 })} />);
    expect(started.every((a) => a.playing)).toBe(true);
    expect(started[0]!.currentTime).toBeGreaterThanOrEqual(2500);
    expect(started[0]!.currentTime).toBeLessThan(2600);

    rerender(<Illustration exerciseId="seated-twist" alt="" dose={breaths} clock={clock({ running: false, phaseElapsedMs: 9000 })} />);
    expect(started.every((a) => !a.playing && a.currentTime === 4000)).toBe(true);
  });

  it('shows the mirror image for the second side', () => {
    const { container } = render(<Illustration exerciseId="seated-twist" alt="" dose={breaths} mirrored clock={{ running: true, phaseElapsedMs: 0, at: Date.now() }} />);
    expect(container.querySelector('.illustration')?.getAttribute('data-mirrored')).toBe('true');
  });

  it('shows no picture for an id with none drawn', () => {
    const { container } = render(<Illustration exerciseId="not-an-exercise" alt="Nothing" size={160} dose={breaths} />);
    expect(container.querySelector('[role=img]')).toBeNull();
  });

  it('stands still on the stretch, with its arrow, under reduced motion', () => {
    reduceMotion = true;
    const { container } = render(<Illustration exerciseId="cat-cow" alt="" dose={breaths} />);
    expect(frames(container)).toEqual(['still']);
    expect(started).toEqual([]);
  });

  it('shows only the stretch where asked to (the picker), and where no timer drives it', () => {
    expect(frames(render(<Illustration exerciseId="cobra" alt="" size={96} still dose={breaths} />).container)).toEqual(['still']);
    expect(frames(render(<Illustration exerciseId="cobra" alt="" size={96} />).container)).toEqual(['still']);
    expect(started).toEqual([]);
  });

  it('stops its animations when the card moves on', async () => {
    const { rerender } = render(<Illustration exerciseId="cat-cow" alt="" dose={breaths} />);
    await loaded();
    const first = [...started];
    expect(first).toHaveLength(2);
    rerender(<Illustration exerciseId="cobra" alt="" dose={breaths} />);
    expect(first.every((a) => a.cancelled)).toBe(true);
  });
});

describe('the card\'s picture and its timer', () => {
  it('starts moving with the timer, stands still in the rest, pauses with it, and turns to the mirror image when the sides switch', async () => {
    vi.useFakeTimers({ now: 1_000_000, toFake: ['Date', 'setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] });
    const neck = exerciseById('neck-release');
    const { container, getByTestId } = render(<StretchCard exercise={neck} />);
    await loaded();
    const picture = () => container.querySelector('.stretch-card .illustration')!;
    expect(picture().getAttribute('data-mirrored')).toBe('false');
    expect(started.length).toBeGreaterThan(1);
    expect(started.every((a) => a.playing)).toBe(true);

    // The rest before the second side: mirrored already, standing still on the first keyframe.
    await act(() => void vi.advanceTimersByTime(21_000));
    expect(container.querySelector('.hold-timer')!.getAttribute('data-rest')).toBe('true');
    expect(picture().getAttribute('data-mirrored')).toBe('true');
    expect(started.every((a) => !a.playing && a.currentTime === 0)).toBe(true);

    // The second side: moving again, from the start of a cycle.
    await act(() => void vi.advanceTimersByTime(5_000));
    expect(container.querySelector('.hold-timer')!.getAttribute('data-rest')).toBe('false');
    expect(picture().getAttribute('data-mirrored')).toBe('true');
    expect(started.every((a) => a.playing && a.currentTime! < 4000)).toBe(true);

    await act(() => void fireEvent.click(getByTestId('timer-toggle')));
    expect(started.every((a) => !a.playing)).toBe(true);
  });
});
