import type { Status } from '../core/status';
import type { PausePreset } from '../core/pause';
import { PAUSE_PRESETS } from '../core/pause';
import { sameDay } from '../core/time';
import { t } from '../platform/i18n';
import { PRESET_LABELS } from './pause-labels';
import { formatClock, formatDuration, formatTimeOfDay, formatWeekdayTime } from './format';

/**
 * Next break countdown and sitting time, worded for the current mode. With short breaks on
 * (`kinds`), the countdown says which kind of break comes next.
 */
export function StatusPanel({ status, now, kinds = false }: { status: Status | null; now: number; kinds?: boolean }) {
  if (!status) return <p class="status" aria-busy="true">…</p>;
  return (
    <section class="status" data-mode={status.mode} data-kind={status.kind ?? undefined}>
      {headline(status, now, kinds)}
      {(status.mode === 'counting' || status.mode === 'snoozed' || status.mode === 'due' || status.mode === 'held') && (
        <p class="status-sitting" data-testid="sitting">{t('popupSitting', formatDuration(status.sittingMs))}</p>
      )}
    </section>
  );
}

/** The pauses the user chose to be offered while counting (none: no pause buttons); Resume while paused. */
export function PauseControls({ paused, presets, onPause, onResume }: {
  paused: boolean;
  presets: readonly PausePreset[];
  onPause: (p: PausePreset) => void;
  onResume: () => void;
}) {
  if (paused) {
    return <button type="button" class="primary" onClick={onResume} data-testid="resume">{t('btnResumeCount')}</button>;
  }
  const offered = PAUSE_PRESETS.filter((p) => presets.includes(p));
  if (offered.length === 0) return null;
  return (
    <fieldset class="pause-presets" data-testid="pause-presets">
      <legend>{t('popupPauseFor')}</legend>
      {offered.map((p) => (
        <button type="button" key={p} onClick={() => onPause(p)} data-testid={`pause-${p}`}>{t(PRESET_LABELS[p])}</button>
      ))}
    </fieldset>
  );
}

/** "14:30" today, "Thu 09:00" on another day. */
function pausedEnd(at: number, now: number): string {
  if (sameDay(at, now)) return formatTimeOfDay(at);
  return formatWeekdayTime(at);
}

/** "Next break in", or with short breaks on, which kind comes next. */
function nextLabel(status: Status, kinds: boolean) {
  if (status.mode === 'snoozed') return t('popupSnoozed');
  if (!kinds) return t('popupNextBreak');
  return t(status.kind === 'short' ? 'popupNextShort' : 'popupNextStretch');
}

function headline(status: Status, now: number, kinds: boolean) {
  switch (status.mode) {
    case 'counting':
    case 'snoozed':
      return (
        <p class="status-next">
          {nextLabel(status, kinds)}{' '}
          <strong data-testid="next-break">{formatClock((status.nextBreakAt ?? now) - now)}</strong>
        </p>
      );
    case 'due':
      return <p class="status-next"><strong>{t(status.kind === 'short' ? 'popupDueShort' : 'popupDue')}</strong></p>;
    case 'held':
      return <p class="status-next" data-testid="held"><strong>{t('popupHeld')}</strong></p>;
    case 'paused':
      return (
        <p class="status-next" data-testid="paused">
          {status.pausedUntil ? t('popupPausedUntilDay', pausedEnd(status.pausedUntil, now)) : t('popupPausedIndefinitely')}
        </p>
      );
    case 'away':
      return <p class="status-next">{t('popupAway')}</p>;
    case 'off-hours':
      return <p class="status-next">{t('popupOffHours')}</p>;
  }
}
