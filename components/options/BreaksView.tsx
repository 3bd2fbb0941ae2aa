import { useState } from 'preact/hooks';
import type { BreakLogEntry } from '../../core/schedule-types';
import { computeStats, historyCsv } from '../../core/stats';
import { exerciseById } from '../../platform/exercises';
import { t } from '../../platform/i18n';
import { formatDuration } from '../format';
import { BreakChart, dayLabel } from './BreakChart';
import { ConfirmDialog } from './ConfirmDialog';
import { dateStamp, downloadText } from './download';

/** The break log as the page read it. `fallback`: it lives in storage.local (IndexedDB is unavailable). */
export type BreakLogState =
  | { readonly status: 'loading' }
  | { readonly status: 'failed' }
  | { readonly status: 'loaded'; readonly entries: readonly BreakLogEntry[]; readonly fallback: boolean };

export interface BreaksViewProps {
  readonly dailyGoal: number;
  readonly log: BreakLogState;
  /** The stretch of sitting going on now (it can be today's longest). */
  readonly sittingNowMs: number;
  /** The user confirmed clearing the log. */
  readonly onClear: () => void;
  readonly now?: () => number;
}

/** "Your breaks": today at a glance, the streak, the last 14 days, favourite stretches, CSV, clear. */
export function BreaksView({ dailyGoal, log, sittingNowMs, onClear, now = Date.now }: BreaksViewProps) {
  const [confirming, setConfirming] = useState(false);
  if (log.status === 'failed') return <p class="field-error" role="alert">{t('statsLoadFailed')}</p>;
  if (log.status === 'loading') return <p class="field-help">{t('statsLoading')}</p>;
  const stats = computeStats(log.entries, now(), dailyGoal, sittingNowMs);

  return (
    <div class="breaks-view" data-testid="breaks-view">
      {log.fallback && <p class="note" data-testid="history-fallback">{t('statsFallbackNote')}</p>}
      <h3>{t('statsToday')}</h3>
      <dl class="today-grid">
        <div><dt>{t('statsDone')}</dt><dd data-testid="today-done">{stats.today.done}</dd></div>
        <div><dt>{t('statsSkipped')}</dt><dd data-testid="today-skipped">{stats.today.skipped}</dd></div>
        <div><dt>{t('statsSnoozed')}</dt><dd data-testid="today-snoozed">{stats.today.snoozed}</dd></div>
        <div><dt>{t('statsShort')}</dt><dd data-testid="today-short">{stats.today.short}</dd></div>
        <div><dt>{t('statsNatural')}</dt><dd data-testid="today-natural">{stats.today.away}</dd></div>
        <div>
          <dt>{t('statsLongest')}</dt>
          <dd data-testid="today-longest">{stats.longestSittingTodayMs > 0 ? formatDuration(stats.longestSittingTodayMs) : '\u2013'}</dd>
        </div>
      </dl>
      <p data-testid="streak">
        {stats.streak > 0 ? t('statsStreak', stats.streak, dailyGoal) : t('statsNoStreak', dailyGoal)}
        {' '}
        {stats.goalMetToday ? t('statsGoalMet') : t('statsGoalToGo', Math.max(0, dailyGoal - stats.today.done))}
      </p>

      <h3 id="chart-heading">{t('statsLast14')}</h3>
      <BreakChart days={stats.days} goal={dailyGoal} />
      <details class="chart-table">
        <summary>{t('statsAsTable')}</summary>
        <table data-testid="days-table" aria-labelledby="chart-heading">
          <thead>
            <tr>
              <th scope="col">{t('statsDay')}</th><th scope="col">{t('statsDone')}</th><th scope="col">{t('statsSkipped')}</th>
              <th scope="col">{t('statsSnoozed')}</th><th scope="col">{t('statsAway')}</th><th scope="col">{t('statsShort')}</th>
            </tr>
          </thead>
          <tbody>
            {[...stats.days].reverse().map((d) => (
              <tr key={d.day}><th scope="row">{dayLabel(d.day)}</th><td>{d.done}</td><td>{d.skipped}</td><td>{d.snoozed}</td><td>{d.away}</td><td>{d.short}</td></tr>
            ))}
          </tbody>
        </table>
      </details>

      <h3>{t('statsTopExercises')}</h3>
      {stats.topExercises.length === 0 ? (
        <p class="field-help">{t('statsNoExercises')}</p>
      ) : (
        <ol class="top-exercises" data-testid="top-exercises">
          {stats.topExercises.map((x) => (
            <li key={x.id} data-exercise={x.id}>{exerciseById(x.id)?.name ?? x.name ?? x.id}: {t('statsTimes', x.count)}</li>
          ))}
        </ol>
      )}

      <div class="button-row">
        <button type="button" data-testid="export-history" disabled={log.entries.length === 0}
          onClick={() => downloadText(`limber-history-${dateStamp()}.csv`, historyCsv(log.entries), 'text/csv')}>
          {t('statsExportCsv')}
        </button>
        <button type="button" class="danger" data-testid="clear-history" disabled={log.entries.length === 0}
          onClick={() => setConfirming(true)}>{t('statsClear')}</button>
      </div>
      <p class="field-help">{t('statsKept', log.entries.length)}</p>
      {confirming && (
        <ConfirmDialog id="confirm-clear" title={t('statsClearTitle')} body={t('statsClearBody')} confirmLabel={t('statsClear')}
          onConfirm={onClear} onClose={() => setConfirming(false)} />
      )}
    </div>
  );
}
