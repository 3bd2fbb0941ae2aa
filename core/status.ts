/** What the popup shows: a read-only view of the schedule at a moment. */
import type { Settings } from './settings';
import type { BreakKind, ScheduleState } from './schedule-types';
import { nextBreak } from './schedule';
import { MINUTE } from './time';

/** After a skipped stretch, the popup offers that stretch for this long. */
export const SKIPPED_OFFER_MS = 10 * MINUTE;

/** `held`: a break is due but waits while the user presents or is on a call. */
export type StatusMode = 'counting' | 'due' | 'held' | 'snoozed' | 'paused' | 'away' | 'off-hours';

export interface Status {
  readonly mode: StatusMode;
  readonly sittingMs: number;
  /** When the next nudge comes if the user stays; null when not counting. */
  readonly nextBreakAt: number | null;
  /** The due (or held) break's kind, else the next break's; null when not counting. */
  readonly kind: BreakKind | null;
  /** Set when paused; null inside means "until resumed". */
  readonly pausedUntil: number | null;
}

/** Sitting time so far in the stretch going on now (time since the last save counts if the user is here). */
export function sittingMsAt(s: ScheduleState, now: number): number {
  const present = !s.paused && !s.offHours && !s.away;
  return Math.max(0, s.sitMs + (present ? Math.max(0, now - s.seenAt) : 0));
}

export function describeStatus(s: ScheduleState, now: number, settings: Settings): Status {
  const sittingMs = sittingMsAt(s, now);
  const next = nextBreak(s, now, settings);
  return {
    mode: modeOf(s),
    sittingMs,
    nextBreakAt: next?.at ?? null,
    kind: s.due?.kind ?? next?.kind ?? null,
    pausedUntil: s.paused ? s.paused.until : null,
  };
}

function modeOf(s: ScheduleState): StatusMode {
  if (s.paused) return 'paused';
  if (s.offHours) return 'off-hours';
  if (s.away) return 'away';
  if (s.due) return s.due.shownAt === null ? 'held' : 'due';
  if (s.snoozedUntil !== null) return 'snoozed';
  return 'counting';
}
