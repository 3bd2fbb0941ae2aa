// @vitest-environment happy-dom
/** The "Your breaks" view: numbers from the log it is given, and a visible note when the log lives in storage.local. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage } from '../../english-messages';
import type { BreakLogEntry } from '../../../../core/schedule-types';
import { BreaksView, type BreakLogState } from '../../../../components/options/BreaksView';

const NOW = new Date(2026, 10, 25, 15).getTime();
const MIN = 60_000;
const loaded = (entries: BreakLogEntry[], fallback = false): BreakLogState => ({ status: 'loaded', entries, fallback });

describe('BreaksView', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessage as never);
  });
  afterEach(cleanup);

  it('says so when the history falls back to storage.local', () => {
    const log = loaded([{ at: NOW - 60 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }], true);
    const view = render(<BreaksView dailyGoal={1} log={log} sittingNowMs={0} onClear={() => undefined} now={() => NOW} />);
    expect(view.getByTestId('history-fallback').textContent).toContain('kept in extension storage');
    expect(view.getByTestId('today-done').textContent).toBe('1');
    expect(view.getByTestId('today-longest').textContent).toBe('40 min');
    expect(view.getByTestId('streak').textContent).toContain('Streak: 1 day(s)');
  });

  it('names a deleted own stretch by the name its entries kept, as text', () => {
    const own = { outcome: 'done' as const, sittingMs: 30 * MIN, exerciseId: 'own-mhx0a1b2-000001', exerciseName: '<i>Wall angels</i>' };
    const log = loaded([{ ...own, at: NOW - 90 * MIN }, { ...own, at: NOW - 30 * MIN }, { at: NOW - 60 * MIN, outcome: 'done', sittingMs: 1, exerciseId: 'cobra' }]);
    const view = render(<BreaksView dailyGoal={6} log={log} sittingNowMs={0} onClear={() => undefined} now={() => NOW} />);
    expect([...view.getByTestId('top-exercises').querySelectorAll('li')].map((li) => li.textContent)).toEqual(['<i>Wall angels</i>: 2 times', 'Cobra: 1 times']);
    expect(view.getByTestId('top-exercises').querySelector('i')).toBeNull();
  });

  it('shows no note with IndexedDB, and an accessible table with 14 days', () => {
    const view = render(<BreaksView dailyGoal={6} log={loaded([])} sittingNowMs={0} onClear={() => undefined} now={() => NOW} />);
    expect(view.queryByTestId('history-fallback')).toBeNull();
    expect(view.getByTestId('break-chart').getAttribute('role')).toBe('img');
    expect(view.getByTestId('days-table').querySelectorAll('tbody tr')).toHaveLength(14);
    expect(view.getByTestId('streak').textContent).toContain('No streak yet');
  });

  it('counts the stretch going on now as today\'s longest when it is', () => {
    const log = loaded([{ at: NOW - 120 * MIN, outcome: 'done', sittingMs: 40 * MIN, exerciseId: 'cobra' }]);
    const view = render(<BreaksView dailyGoal={6} log={log} sittingNowMs={65 * MIN} onClear={() => undefined} now={() => NOW} />);
    expect(view.getByTestId('today-longest').textContent).toBe('1 h 5 min');
  });

  it('says it is loading, or that the log could not be read', () => {
    const loading = render(<BreaksView dailyGoal={6} log={{ status: 'loading' }} sittingNowMs={0} onClear={() => undefined} />);
    expect(loading.queryByTestId('breaks-view')).toBeNull();
    cleanup();
    const failed = render(<BreaksView dailyGoal={6} log={{ status: 'failed' }} sittingNowMs={0} onClear={() => undefined} />);
    expect(failed.getByRole('alert').textContent).toBe(getMessage('statsLoadFailed'));
  });

  it('raises onClear only after the user confirms', () => {
    const onClear = vi.fn();
    const log = loaded([{ at: NOW - 60 * MIN, outcome: 'done', sittingMs: 40 * MIN }]);
    const view = render(<BreaksView dailyGoal={6} log={log} sittingNowMs={0} onClear={onClear} now={() => NOW} />);
    fireEvent.click(view.getByTestId('clear-history'));
    expect(onClear).not.toHaveBeenCalled();
    fireEvent.click(view.getByTestId('confirm-clear-confirm'));
    expect(onClear).toHaveBeenCalledTimes(1);
  });
});
