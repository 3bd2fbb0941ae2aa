// @vitest-environment happy-dom
/** The "Your breaks" view: numbers from the log, and a visible note when the log lives in storage.local. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from './english-messages';
import type { BreakLogEntry } from '../../core/schedule-types';
import { initialState } from '../../core/schedule';
import { saveSchedule } from '../../platform/schedule-store';

const log: { entries: BreakLogEntry[]; backend: 'indexeddb' | 'storage' } = { entries: [], backend: 'indexeddb' };
vi.mock('../../platform/history', () => ({
  listBreaks: async () => ({ entries: [...log.entries], backend: log.backend }),
  pruneBreaks: async () => 0,
  clearBreaks: async () => undefined,
}));
const { BreaksView } = await import('../../components/options/BreaksView');


const NOW = new Date(2026, 10, 25, 15).getTime();
const MIN = 60_000;

describe('BreaksView', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  });
  afterEach(cleanup);

  it('says so when the history falls back to storage.local', async () => {
    log.backend = 'storage';
    log.entries = [{ at: NOW - 60 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }];
    const view = render(<BreaksView dailyGoal={1} now={() => NOW} />);
    const note = await view.findByTestId('history-fallback');
    expect(note.textContent).toContain('kept in extension storage');
    expect(view.getByTestId('today-done').textContent).toBe('1');
    expect(view.getByTestId('today-longest').textContent).toBe('40 min');
    expect(view.getByTestId('streak').textContent).toContain('Streak: 1 day(s)');
  });

  it('shows no note with IndexedDB, and an accessible table with 14 days', async () => {
    log.backend = 'indexeddb';
    log.entries = [];
    const view = render(<BreaksView dailyGoal={6} now={() => NOW} />);
    await view.findByTestId('breaks-view');
    expect(view.queryByTestId('history-fallback')).toBeNull();
    expect(view.getByTestId('break-chart').getAttribute('role')).toBe('img');
    expect(view.getByTestId('days-table').querySelectorAll('tbody tr')).toHaveLength(14);
    expect(view.getByTestId('streak').textContent).toContain('No streak yet');
  });

  it('counts the stretch going on now as today\'s longest when it is', async () => {
    log.backend = 'indexeddb';
    log.entries = [{ at: NOW - 120 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }];
    // Sitting for 65 minutes: 60 saved with the schedule 5 minutes ago, and 5 since.
    await saveSchedule({ ...initialState(NOW - 5 * MIN), sitMs: 60 * MIN });
    const view = render(<BreaksView dailyGoal={6} now={() => NOW} />);
    await waitFor(() => expect(view.getByTestId('today-longest').textContent).toBe('1 h 5 min'));
  });
});
