// @vitest-environment happy-dom
/** The popup's schedule parts: the paused state with when it ends, the pause presets, Resume, a held break. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../english-messages';
import { PauseControls, StatusPanel } from '../../../components/StatusPanel';
import type { Status } from '../../../core/status';
import { PAUSE_PRESETS } from '../../../core/pause';

/** browser.i18n from the English messages (the fake browser has none). */
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
});
afterEach(cleanup);

const NOW = new Date(2026, 10, 25, 10, 0).getTime();
const status = (s: Partial<Status>): Status => ({ mode: 'counting', sittingMs: 0, nextBreakAt: null, kind: 'stretch', pausedUntil: null, ...s });

describe('popup: pause and resume', () => {
  it('offers the five presets while counting and reports which one was chosen', () => {
    const onPause = vi.fn();
    const { getByTestId } = render(<PauseControls paused={false} presets={PAUSE_PRESETS} onPause={onPause} onResume={() => undefined} />);
    for (const p of ['30m', '1h', '2h', 'tomorrow', 'indefinitely']) {
      fireEvent.click(getByTestId(`pause-${p}`));
      expect(onPause).toHaveBeenLastCalledWith(p);
    }
    expect(onPause).toHaveBeenCalledTimes(5);
  });

  it('offers only the pauses the user chose, in their usual order, and none when none were chosen', () => {
    const { container } = render(<PauseControls paused={false} presets={['indefinitely', '30m']} onPause={() => undefined} onResume={() => undefined} />);
    expect([...container.querySelectorAll('button')].map((b) => b.dataset.testid)).toEqual(['pause-30m', 'pause-indefinitely']);
    cleanup();
    const none = render(<PauseControls paused={false} presets={[]} onPause={() => undefined} onResume={() => undefined} />);
    expect(none.queryByTestId('pause-presets')).toBeNull();
  });

  it('offers only Resume while paused', () => {
    const onResume = vi.fn();
    const { getByTestId, queryByTestId } = render(<PauseControls paused presets={PAUSE_PRESETS} onPause={() => undefined} onResume={onResume} />);
    fireEvent.click(getByTestId('resume'));
    expect(onResume).toHaveBeenCalledOnce();
    expect(queryByTestId('pause-1h')).toBeNull();
  });

  it('shows when a pause ends: a time today, the weekday for another day, or until resumed', () => {
    const today = render(<StatusPanel status={status({ mode: 'paused', pausedUntil: NOW + 60 * 60_000 })} now={NOW} />);
    expect(today.getByTestId('paused').textContent).toMatch(/^Paused until .*11:00/);
    cleanup();
    const tomorrow = render(<StatusPanel status={status({ mode: 'paused', pausedUntil: new Date(2026, 10, 26, 9, 0).getTime() })} now={NOW} />);
    expect(tomorrow.getByTestId('paused').textContent).toMatch(/^Paused until Thu.*9:00/);
    cleanup();
    const forever = render(<StatusPanel status={status({ mode: 'paused', pausedUntil: null })} now={NOW} />);
    expect(forever.getByTestId('paused').textContent).toBe('Paused until you resume.');
  });

  it('a held break says it waits for the presentation or call to end', () => {
    const { getByTestId } = render(<StatusPanel status={status({ mode: 'held', sittingMs: 31 * 60_000 })} now={NOW} />);
    expect(getByTestId('held').textContent).toMatch(/waits until your presentation or call ends/);
    expect(getByTestId('sitting')).toBeTruthy();
  });
});
