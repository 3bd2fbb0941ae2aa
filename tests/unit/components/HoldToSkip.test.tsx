// @vitest-environment happy-dom
/** A firm break's Skip: held for 2 s (pointer, Space or Enter, or Esc anywhere), announced as it goes. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { HoldToSkip } from '../../../components/HoldToSkip';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('HoldToSkip', () => {
  it('skips only after 2 s held; letting go sooner cancels; both are announced', () => {
    const onSkip = vi.fn();
    const { getByTestId } = render(<HoldToSkip onSkip={onSkip} />);
    const button = getByTestId('skip');
    expect(button.getAttribute('aria-describedby')).toBe('hold-to-skip-help');
    fireEvent.keyDown(button, { key: ' ' });
    expect(getByTestId('hold-to-skip-status').textContent).toBe('Keep holding to skip…');
    act(() => { vi.advanceTimersByTime(1500); });
    fireEvent.keyUp(button, { key: ' ' });
    expect(getByTestId('hold-to-skip-status').textContent).toBe('Let go: the break stays.');
    act(() => { vi.advanceTimersByTime(5000); });
    expect(onSkip).not.toHaveBeenCalled();
    fireEvent.pointerDown(button);
    act(() => { vi.advanceTimersByTime(1999); });
    expect(onSkip).not.toHaveBeenCalled();
    act(() => { vi.advanceTimersByTime(1); });
    expect(onSkip).toHaveBeenCalledTimes(1);
  });

  it('Esc held anywhere on the page works the same; a key repeat does not restart the hold; a click does nothing', () => {
    const onSkip = vi.fn();
    const { getByTestId } = render(<HoldToSkip onSkip={onSkip} />);
    fireEvent.click(getByTestId('skip'));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    act(() => { vi.advanceTimersByTime(1000); });
    fireEvent.keyDown(document.body, { key: 'Escape', repeat: true });
    act(() => { vi.advanceTimersByTime(1000); });
    expect(onSkip).toHaveBeenCalledTimes(1);
  });
});
