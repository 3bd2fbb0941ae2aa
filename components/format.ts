import { t } from '../platform/i18n';

/** "12 min", "1 h 5 min", "less than a minute". */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / 60_000);
  if (minutes < 1) return t('lessThanMinute');
  if (minutes < 60) return t('minutesShort', minutes);
  return t('hoursMinutes', Math.floor(minutes / 60), minutes % 60);
}

/** "4:05" for a countdown. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

export function formatTimeOfDay(at: number): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' }).format(at);
}
