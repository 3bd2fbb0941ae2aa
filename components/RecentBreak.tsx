import type { ScheduleState } from '../core/schedule-types';
import { SKIPPED_OFFER_MS } from '../core/status';
import { t } from '../platform/i18n';
import { formatTimeOfDay } from './format';

/**
 * What the popup says of the last break: that time away (or "I just took a break") started the
 * count over, so the user can trust the idle detection; and, for a while after a skipped stretch,
 * an offer to do it now.
 */
export function RecentBreak({ state, now, onStretchSkipped }: {
  state: Pick<ScheduleState, 'naturalBreak' | 'skipped'>;
  now: number;
  onStretchSkipped: () => void;
}) {
  const natural = state.naturalBreak;
  const skipped = state.skipped && now - state.skipped.at < SKIPPED_OFFER_MS && now >= state.skipped.at ? state.skipped : null;
  if (!natural && !skipped) return null;
  return (
    <>
      {natural && (
        <p class="recent-break" data-testid="natural-break">
          {t(natural.reported ? 'popupBreakNoted' : 'popupNaturalCounted', formatTimeOfDay(natural.at))}
        </p>
      )}
      {skipped && (
        <p class="recent-break skipped-offer">
          <span>{t('popupSkipped')}</span>{' '}
          <button type="button" onClick={onStretchSkipped} data-testid="stretch-skipped">{t('btnStretchNow')}</button>
        </p>
      )}
    </>
  );
}
