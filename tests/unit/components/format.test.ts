/** Numbers, dates and lists follow the browser's UI language (Intl); words come from the catalogue. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogue, speak, speakEnglish } from '../ui-language';
import {
  formatDayLabel, formatDayOfMonth, formatDuration, formatList, formatTimeOfDay, formatValue,
  formatWeekday, formatWeekdayTime, secondsUnit,
} from '../../../components/format';

beforeEach(speakEnglish);

// 2026-11-26 is a Thursday.
const THU_1430 = new Date(2026, 10, 26, 14, 30).getTime();

describe('format in German', () => {
  beforeEach(() => speak('de'));
  it('times of day on the 24-hour clock, day names in German', () => {
    expect(formatTimeOfDay(THU_1430)).toBe('14:30');
    expect(formatWeekdayTime(THU_1430)).toMatch(/^Do\.?,? 14:30$/);
    expect(formatWeekday(THU_1430)).toMatch(/^Do\.?$/);
    expect(formatDayLabel(THU_1430)).toMatch(/^Do\.?, 26\.$/);
    expect(formatDayOfMonth(THU_1430)).toBe('26');
  });
  it('durations from the German catalogue with German numbers', () => {
    const de = catalogue('de');
    expect(formatDuration(12 * 60_000)).toBe(de.minutesShort!.message.replace(/\$\w+\$/, '12'));
    expect(formatDuration(30_000)).toBe(de.lessThanMinute!.message);
  });
  it('lists, seconds and import-report values', () => {
    expect(formatList(['Nacken', 'Schultern', 'Hüften'])).toBe('Nacken, Schultern und Hüften');
    expect(secondsUnit(20)).toBe('Sek.');
    const de = catalogue('de');
    expect(formatValue('nothing')).toBe(de.valueNothing!.message);
    expect(formatValue('an object')).toBe(de.valueObject!.message);
    expect(formatValue('a list of 3')).toBe(de.valueListOf!.message.replace('$COUNT$', '3'));
    expect(formatValue('"nothing"')).toBe('"nothing"');
    expect(formatValue('42')).toBe('42');
  });
});

describe('format in English and Japanese', () => {
  it('English: 12-hour clock, commas, "s"', () => {
    expect(formatTimeOfDay(THU_1430)).toMatch(/^2:30\sPM$/);
    expect(formatWeekday(THU_1430)).toBe('Thu');
    expect(formatList(['Neck', 'Shoulders'])).toBe('Neck, Shoulders');
    expect(secondsUnit(20)).toBe('s');
    expect(formatDuration(65 * 60_000)).toBe('1 h 5 min');
    expect(formatValue('a list of 2')).toBe('a list of 2');
  });
  it('the seconds unit is formatted with one Intl formatter per language, not one per timer tick', () => {
    speak('fr');
    const Original = Intl.NumberFormat;
    const made = vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (...args: ConstructorParameters<typeof Original>) {
      return new Original(...args);
    } as unknown as typeof Original);
    const units = Array.from({ length: 30 }, (_, i) => secondsUnit(30 - i));
    expect(new Set(units)).toEqual(new Set(['s']));
    expect(made.mock.calls.filter(([, options]) => options?.style === 'unit')).toHaveLength(1);
    made.mockRestore();
  });
  it('Japanese: the list separator and day of the month', () => {
    speak('ja');
    expect(formatList(['首', '肩'])).toBe('首、肩');
    expect(formatDayOfMonth(THU_1430)).toBe('26日');
  });
});
