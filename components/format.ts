/**
 * Numbers, durations, times and dates for people to read, in the browser's UI language
 * (the language the catalogue is picked by: uiLanguage() in platform/i18n.ts) through Intl.
 * Words come from the catalogue; digits, separators, day names and clock style from Intl.
 */
import { MINUTE } from '../core/time';
import { formatNumber, t, uiLanguage } from '../platform/i18n';

export { formatNumber };

const cache = new Map<string, Intl.DateTimeFormat>();
function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const lang = uiLanguage();
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      format = new Intl.DateTimeFormat('en', options);
    }
    cache.set(key, format);
  }
  return format;
}

/** "12 min", "1 h 5 min", "less than a minute" (the words from the catalogue, the numbers from Intl). */
export function formatDuration(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return t('lessThanMinute');
  if (minutes < 60) return t('minutesShort', minutes);
  return t('hoursMinutes', Math.floor(minutes / 60), minutes % 60);
}

/** "4:05" for a countdown (digits and colon read the same in every language Limber ships). */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** "2:30 PM" in English, "14:30" in German. */
export function formatTimeOfDay(at: number): string {
  return dateFormat({ hour: 'numeric', minute: '2-digit' }).format(at);
}

/** "Thu 9:00 AM", "Do., 09:00". */
export function formatWeekdayTime(at: number): string {
  return dateFormat({ weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
}

/** Short day name: "Mon", "Mo", "lun". */
export function formatWeekday(at: number | Date): string {
  return dateFormat({ weekday: 'short' }).format(at);
}

/** Day name and day of the month: "Mon 24", "Mo., 24.". */
export function formatDayLabel(at: number | Date): string {
  return dateFormat({ weekday: 'short', day: 'numeric' }).format(at);
}

/** Day of the month alone: "24", "24.", "24日". */
export function formatDayOfMonth(at: number | Date): string {
  return dateFormat({ day: 'numeric' }).format(at);
}

/** A list with the language's own separators: "Neck, Shoulders, Hips", "Nacken, Schultern und Hüften", "首、肩、腰". */
export function formatList(items: readonly string[]): string {
  try {
    return new Intl.ListFormat(uiLanguage(), { style: 'narrow', type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

const secondsFormats = new Map<string, Intl.NumberFormat | null>();
/** One formatter per language: the hold timer asks for the unit five times a second. */
function secondsFormat(lang: string): Intl.NumberFormat | null {
  if (!secondsFormats.has(lang)) {
    let format: Intl.NumberFormat | null = null;
    try {
      format = new Intl.NumberFormat(lang, { style: 'unit', unit: 'second', unitDisplay: 'narrow' });
    } catch {
      // An unknown language tag: the plain symbol below.
    }
    secondsFormats.set(lang, format);
  }
  return secondsFormats.get(lang) ?? null;
}

/** The symbol for seconds after a count ("s", "Sek."), from Intl's unit formatting. */
export function secondsUnit(n: number): string {
  const unit = secondsFormat(uiLanguage())?.formatToParts(n).filter((p) => p.type === 'unit').map((p) => p.value).join('');
  return unit || 's';
}

/**
 * A value from a settings file as core/settings' describeValue put it, in the UI language: its
 * words ("nothing", "a list of 3", "an object") are English sentinels; quoted strings and numbers
 * pass through as they are.
 */
export function formatValue(described: string): string {
  if (described === 'nothing') return t('valueNothing');
  if (described === 'an object') return t('valueObject');
  const list = /^a list of (\d+)$/.exec(described);
  if (list) return t('valueListOf', Number(list[1]));
  return described;
}
