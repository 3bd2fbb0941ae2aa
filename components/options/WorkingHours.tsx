import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import { ANY_TIME, WEEKDAYS_9_TO_5 } from '../../core/working-hours';
import { MINUTES_PER_DAY } from '../../core/time';
import { t } from '../../platform/i18n';
import { formatWeekday } from '../format';

type Hours = Pick<Settings, 'workDays' | 'workStartMin' | 'workEndMin'>;

const DAY_ORDER = [1, 2, 3, 4, 5, 6, 0];

function dayName(day: number): string {
  // 2023-01-01 was a Sunday: day 0.
  return formatWeekday(new Date(2023, 0, 1 + day));
}

const toClock = (min: number) => `${String(Math.floor(min / 60) % 24).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
function fromClock(text: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

interface Draft {
  days: number[];
  allDay: boolean;
  start: string;
  end: string;
}

function draftOf(h: Hours): Draft {
  const allDay = h.workStartMin === 0 && h.workEndMin >= MINUTES_PER_DAY;
  return {
    days: [...h.workDays],
    allDay,
    start: allDay ? '09:00' : toClock(h.workStartMin),
    end: allDay ? '17:00' : toClock(h.workEndMin),
  };
}

type Problem = { field: 'days' | 'start' | 'end'; text: string } | null;

function check(d: Draft): { hours: Hours; problem: null } | { hours: null; problem: Problem } {
  if (d.days.length === 0) return { hours: null, problem: { field: 'days', text: t('errNoDays') } };
  if (d.allDay) return { hours: { workDays: d.days, workStartMin: 0, workEndMin: MINUTES_PER_DAY }, problem: null };
  const start = fromClock(d.start);
  if (start === null) return { hours: null, problem: { field: 'start', text: t('errTime') } };
  let end = fromClock(d.end);
  if (end === null) return { hours: null, problem: { field: 'end', text: t('errTime') } };
  if (end === 0) end = MINUTES_PER_DAY; // "until midnight"
  if (end <= start) return { hours: null, problem: { field: 'end', text: t('errEndBeforeStart') } };
  return { hours: { workDays: d.days, workStartMin: start, workEndMin: end }, problem: null };
}

/** Days and a daily window when Limber counts and nudges; outside them it stays quiet. */
export function WorkingHours({ value, onChange }: { value: Hours; onChange: (hours: Hours) => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(value));
  const [problem, setProblem] = useState<Problem>(null);
  useEffect(() => {
    if (problem === null) setDraft(draftOf(value));
  }, [value.workDays.join(), value.workStartMin, value.workEndMin]);

  const change = (next: Draft) => {
    setDraft(next);
    const result = check(next);
    setProblem(result.problem);
    if (result.hours) onChange(result.hours);
  };
  const preset = (h: Hours) => change(draftOf(h));
  const toggleDay = (day: number, on: boolean) =>
    change({ ...draft, days: DAY_ORDER.filter((d) => (d === day ? on : draft.days.includes(d))) });
  const invalid = (field: 'days' | 'start' | 'end') => problem?.field === field;
  const describe = (field: 'days' | 'start' | 'end') => (invalid(field) ? 'hours-error hours-help' : 'hours-help');

  return (
    <fieldset class="hours" aria-describedby="hours-help">
      <legend>{t('optHours')}</legend>
      <p id="hours-help" class="field-help">{t('optHoursHelp')}</p>
      <div class="preset-row">
        <button type="button" data-testid="preset-weekdays" onClick={() => preset(WEEKDAYS_9_TO_5)}>{t('optPresetWeekdays')}</button>
        <button type="button" data-testid="preset-anytime" onClick={() => preset(ANY_TIME)}>{t('optPresetAnyTime')}</button>
      </div>
      <div class="day-row" role="group" aria-label={t('optDays')} aria-invalid={invalid('days')} aria-describedby={describe('days')}>
        {DAY_ORDER.map((day) => (
          <label key={day} class="day-chip">
            <input type="checkbox" data-day={day} checked={draft.days.includes(day)}
              onChange={(e) => toggleDay(day, (e.target as HTMLInputElement).checked)} />
            <span>{dayName(day)}</span>
          </label>
        ))}
      </div>
      <label class="inline">
        <input type="checkbox" id="all-day" checked={draft.allDay}
          onChange={(e) => change({ ...draft, allDay: (e.target as HTMLInputElement).checked })} />
        <span>{t('optAllDay')}</span>
      </label>
      {!draft.allDay && (
        <div class="time-row">
          <label for="work-start">{t('optFrom')}</label>
          <input id="work-start" type="time" value={draft.start} aria-invalid={invalid('start')} aria-describedby={describe('start')}
            onChange={(e) => change({ ...draft, start: (e.target as HTMLInputElement).value })} />
          <label for="work-end">{t('optUntil')}</label>
          <input id="work-end" type="time" value={draft.end} aria-invalid={invalid('end')} aria-describedby={describe('end')}
            onChange={(e) => change({ ...draft, end: (e.target as HTMLInputElement).value })} />
        </div>
      )}
      {problem && <p id="hours-error" class="field-error" role="alert">{problem.text}</p>}
    </fieldset>
  );
}
