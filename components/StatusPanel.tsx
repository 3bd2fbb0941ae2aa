import type { Status } from '../core/status';
import { t } from '../platform/i18n';
import { formatClock, formatDuration, formatTimeOfDay } from './format';

/** Next break countdown and sitting time, worded for the current mode. */
export function StatusPanel({ status, now }: { status: Status | null; now: number }) {
  if (!status) return <p class="status" aria-busy="true">…</p>;
  return (
    <section class="status" data-mode={status.mode}>
      {headline(status, now)}
      {(status.mode === 'counting' || status.mode === 'snoozed' || status.mode === 'due') && (
        <p class="status-sitting" data-testid="sitting">{t('popupSitting', formatDuration(status.sittingMs))}</p>
      )}
    </section>
  );
}

function headline(status: Status, now: number) {
  switch (status.mode) {
    case 'counting':
    case 'snoozed':
      return (
        <p class="status-next">
          {t(status.mode === 'snoozed' ? 'popupSnoozed' : 'popupNextBreak')}{' '}
          <strong data-testid="next-break">{formatClock((status.nextBreakAt ?? now) - now)}</strong>
        </p>
      );
    case 'due':
      return <p class="status-next"><strong>{t('popupDue')}</strong></p>;
    case 'paused':
      return <p class="status-next">{status.pausedUntil ? t('popupPausedUntil', formatTimeOfDay(status.pausedUntil)) : t('popupPaused')}</p>;
    case 'away':
      return <p class="status-next">{t('popupAway')}</p>;
    case 'off-hours':
      return <p class="status-next">{t('popupOffHours')}</p>;
  }
}
