/**
 * "Your breaks": everything the stats view shows, computed from the break log. Pure: the log and
 * `now` come in as arguments; days are local calendar days of the timestamps given.
 */
import type { BreakLogEntry, BreakOutcome } from './schedule-types';
import { DAY, MINUTE, dayStartOffset, startOfDay } from './time';
import { isExerciseId } from './exercise';
import { NAME_LENGTH, isOwnStretchId } from './own-stretch';

const isNameLength = (name: string) => name.trim() !== '' && [...name].length <= NAME_LENGTH.max;

/** History older than this is pruned; everything more recent is kept. */
export const HISTORY_KEEP_DAYS = 731;
export const CHART_DAYS = 14;

const OUTCOMES: readonly BreakOutcome[] = ['done', 'skipped', 'snoozed', 'away'];
/** Longest sitting time we believe in (a day); anything larger is a clock glitch. */
const MAX_SITTING_MS = DAY;

/** A stored record as a log entry, or null when it is not one (a foreign or damaged record). */
export function readEntry(raw: unknown): BreakLogEntry | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (r.v !== undefined && r.v !== 1) return null;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at) || r.at < 0) return null;
  if (typeof r.outcome !== 'string' || !(OUTCOMES as readonly string[]).includes(r.outcome)) return null;
  const sittingMs = typeof r.sittingMs === 'number' && Number.isFinite(r.sittingMs) ? Math.min(Math.max(0, r.sittingMs), MAX_SITTING_MS) : 0;
  const entry: { -readonly [K in keyof BreakLogEntry]: BreakLogEntry[K] } = {
    at: r.at,
    outcome: r.outcome as BreakOutcome,
    sittingMs,
  };
  if (isExerciseId(r.exerciseId)) entry.exerciseId = r.exerciseId;
  if (isOwnStretchId(r.exerciseId) && typeof r.exerciseName === 'string' && isNameLength(r.exerciseName)) entry.exerciseName = r.exerciseName;
  // Short breaks are marked; everything else (and every record from before them) is a stretch break.
  if (r.kind === 'short') entry.kind = 'short';
  return entry;
}

/** Entries older than this timestamp may be pruned. */
export function historyCutoff(now: number): number {
  return dayStartOffset(now, -HISTORY_KEEP_DAYS);
}

export interface DayCounts {
  /** Local midnight that starts the day. */
  readonly day: number;
  readonly done: number;
  readonly skipped: number;
  readonly snoozed: number;
  readonly away: number;
  /** Short breaks done (the other counts are stretch breaks). */
  readonly short: number;
}

export interface BreakStats {
  readonly today: DayCounts;
  /** The longest sitting stretch today: one a break (or snooze) in today's log ended, or the one going on now. */
  readonly longestSittingTodayMs: number;
  /** Days in a row meeting the goal, counting today only once it is met. */
  readonly streak: number;
  readonly goalMetToday: boolean;
  /** The last CHART_DAYS days, oldest first, today last. */
  readonly days: readonly DayCounts[];
  /** Stretches done, most first (ties by id), at most five; an own stretch with the name the log kept last. */
  readonly topExercises: readonly { readonly id: string; readonly count: number; readonly name?: string }[];
  readonly total: number;
}

function emptyDay(day: number): DayCounts {
  return { day, done: 0, skipped: 0, snoozed: 0, away: 0, short: 0 };
}

/** Breaks that count towards the daily goal: stretches done. */
export function goalCount(day: DayCounts): number {
  return day.done;
}

/** Stretches done on the local day holding `now` ("nice work" counts them; short breaks are not stretches). */
export function doneToday(entries: readonly BreakLogEntry[], now: number): number {
  const today = startOfDay(now);
  return entries.filter((e) => e.outcome === 'done' && e.kind !== 'short' && startOfDay(e.at) === today).length;
}

/** `sittingNowMs`: the stretch going on now (only its part since midnight counts for today). */
export function computeStats(entries: readonly BreakLogEntry[], now: number, dailyGoal: number, sittingNowMs = 0): BreakStats {
  const byDay = new Map<number, { done: number; skipped: number; snoozed: number; away: number; short: number }>();
  const exerciseCounts = new Map<string, number>();
  const exerciseNames = new Map<string, string>();
  const todayStart = startOfDay(now);
  const tomorrowStart = dayStartOffset(now, 1);
  let longest = Math.min(Math.max(0, sittingNowMs), now - todayStart, MAX_SITTING_MS);

  for (const entry of entries) {
    if (entry.at >= tomorrowStart) continue; // from a clock that ran ahead: not part of any day shown
    const day = startOfDay(entry.at);
    const counts = byDay.get(day) ?? { done: 0, skipped: 0, snoozed: 0, away: 0, short: 0 };
    // A short break counts apart (only when done): the goal and the chart are about stretch breaks.
    if (entry.kind === 'short') counts.short += entry.outcome === 'done' ? 1 : 0;
    else counts[entry.outcome] += 1;
    byDay.set(day, counts);
    if (day === todayStart) longest = Math.max(longest, Math.min(entry.sittingMs, MAX_SITTING_MS));
    if (entry.outcome === 'done' && entry.exerciseId && entry.kind !== 'short') {
      exerciseCounts.set(entry.exerciseId, (exerciseCounts.get(entry.exerciseId) ?? 0) + 1);
      if (entry.exerciseName) exerciseNames.set(entry.exerciseId, entry.exerciseName);
    }
  }

  const countsOf = (day: number): DayCounts => ({ ...emptyDay(day), ...byDay.get(day), day });
  const days: DayCounts[] = [];
  for (let i = CHART_DAYS - 1; i >= 0; i -= 1) days.push(countsOf(dayStartOffset(now, -i)));

  const today = countsOf(todayStart);
  const goal = Math.max(1, dailyGoal);
  const goalMetToday = goalCount(today) >= goal;
  let streak = 0;
  for (let i = goalMetToday ? 0 : 1; i <= HISTORY_KEEP_DAYS; i += 1) {
    if (goalCount(countsOf(dayStartOffset(now, -i))) >= goal) streak += 1;
    else break;
  }

  const topExercises = [...exerciseCounts.entries()]
    .map(([id, count]) => {
      const name = exerciseNames.get(id);
      return name === undefined ? { id, count } : { id, count, name };
    })
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, 5);

  return { today, longestSittingTodayMs: longest, streak, goalMetToday, days, topExercises, total: entries.length };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Local date and time as `YYYY-MM-DD HH:MM`. */
export function localStamp(ts: number): string {
  const d = new Date(ts);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A CSV cell that a spreadsheet will not treat as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Which kind of break a log entry was; a natural break (time away) ended both kinds. */
const kindColumn = (e: BreakLogEntry) => (e.outcome === 'away' ? '' : (e.kind ?? 'stretch'));

/** The log as CSV, oldest first: ISO time (UTC), local time, outcome, sitting minutes, exercise id, kind. */
export function historyCsv(entries: readonly BreakLogEntry[]): string {
  const rows = [['time_utc', 'local_time', 'outcome', 'sitting_minutes', 'exercise', 'kind'].join(',')];
  for (const e of [...entries].sort((a, b) => a.at - b.at)) {
    rows.push(
      [new Date(e.at).toISOString(), localStamp(e.at), e.outcome, (e.sittingMs / MINUTE).toFixed(1), e.exerciseId ?? '', kindColumn(e)]
        .map(cell)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
