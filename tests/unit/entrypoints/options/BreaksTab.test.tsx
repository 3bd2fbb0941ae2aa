// @vitest-environment happy-dom
/** The "Your breaks" tab's I/O: it reads (and prunes) the break log, follows the schedule, and clears the log. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import type { BreakLogEntry } from '../../../../core/schedule-types';
import { initialState } from '../../../../core/schedule';
import { saveSchedule } from '../../../../platform/schedule-store';

const log: { entries: BreakLogEntry[]; backend: 'indexeddb' | 'storage' } = { entries: [], backend: 'indexeddb' };
const history = vi.hoisted(() => ({ pruned: 0, cleared: 0 }));
vi.mock('../../../../platform/history', () => ({
  listBreaks: async () => ({ entries: [...log.entries], backend: log.backend }),
  pruneBreaks: async () => {
    history.pruned += 1;
    return 0;
  },
  clearBreaks: async () => {
    history.cleared += 1;
    log.entries = [];
  },
}));
const { BreaksTab } = await import('../../../../entrypoints/options/BreaksTab');

const NOW = new Date(2026, 10, 25, 15).getTime();
const MIN = 60_000;

describe('BreaksTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
    history.pruned = 0;
    history.cleared = 0;
  });
  afterEach(cleanup);

  it('prunes old history on opening, then shows the log, noting a storage.local fallback', async () => {
    log.backend = 'storage';
    log.entries = [{ at: NOW - 60 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }];
    const view = render(<BreaksTab dailyGoal={1} now={() => NOW} />);
    await view.findByTestId('history-fallback');
    expect(history.pruned).toBe(1);
    expect(view.getByTestId('today-done').textContent).toBe('1');
  });

  it('counts the stretch going on now, from the stored schedule, as today\'s longest when it is', async () => {
    log.backend = 'indexeddb';
    log.entries = [{ at: NOW - 120 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }];
    // Sitting for 65 minutes: 60 saved with the schedule 5 minutes ago, and 5 since.
    await saveSchedule({ ...initialState(NOW - 5 * MIN), sitMs: 60 * MIN });
    const view = render(<BreaksTab dailyGoal={6} now={() => NOW} />);
    await waitFor(() => expect(view.getByTestId('today-longest').textContent).toBe('1 h 5 min'));
  });

  it('clears the log when the user confirms, and shows it empty', async () => {
    log.backend = 'indexeddb';
    log.entries = [{ at: NOW - 60 * MIN, outcome: 'done', sittingMs: 40 * MIN }];
    const view = render(<BreaksTab dailyGoal={6} now={() => NOW} />);
    fireEvent.click(await view.findByTestId('clear-history'));
    fireEvent.click(view.getByTestId('confirm-clear-confirm'));
    await waitFor(() => expect(view.getByTestId('today-done').textContent).toBe('0'));
    expect(history.cleared).toBe(1);
  });
});
