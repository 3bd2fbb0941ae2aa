/** The shapes of the scheduler: its state, the events it reacts to and the effects it asks for. */

export interface ScheduleState {
  readonly v: 1;
  /** Sitting time accumulated up to `seenAt`. */
  readonly sitMs: number;
  /** Wall-clock time up to which `sitMs` is accounted. */
  readonly seenAt: number;
  /** Idle or locked since `since`; `reset` once it has counted as a break. */
  readonly away: null | { readonly since: number; readonly reset: boolean };
  /** A break is due and has been nudged. */
  readonly due: null | { readonly breakId: number; readonly since: number };
  readonly snoozedUntil: number | null;
  readonly snoozesInRow: number;
  /** Paused until a time, or indefinitely (`until: null`). */
  readonly paused: null | { readonly until: number | null };
  /** Outside working hours at the last event. */
  readonly offHours: boolean;
  readonly lastBreakId: number;
}

export type ScheduleEvent =
  | { readonly type: 'startup' }
  | { readonly type: 'alarm' }
  | { readonly type: 'idle' }
  | { readonly type: 'locked' }
  | { readonly type: 'active' }
  | { readonly type: 'snooze' }
  | { readonly type: 'done'; readonly exerciseId?: string }
  | { readonly type: 'skip'; readonly exerciseId?: string }
  /** The break window was closed by the user. */
  | { readonly type: 'dismissed'; readonly breakId: number }
  | { readonly type: 'pause'; readonly until: number | null }
  | { readonly type: 'resume' }
  | { readonly type: 'settings-changed' };

export type BreakOutcome = 'done' | 'skipped' | 'snoozed' | 'away';

export interface BreakLogEntry {
  readonly at: number;
  readonly outcome: BreakOutcome;
  /** Sitting time that the break ended (or, for a snooze, that had built up). */
  readonly sittingMs: number;
  readonly exerciseId?: string;
}

export type BadgeTone = 'counting' | 'due' | 'paused' | 'idle';
export interface Badge {
  readonly text: string;
  readonly tone: BadgeTone;
}

export type Effect =
  | { readonly type: 'wake-at'; readonly at: number }
  | { readonly type: 'no-wake' }
  /** Show the break. `attempt` 1 is the single, more visible repeat of an unanswered nudge. */
  | { readonly type: 'nudge'; readonly breakId: number; readonly canSnooze: boolean; readonly attempt?: 0 | 1 }
  | { readonly type: 'close-nudge' }
  | { readonly type: 'badge'; readonly badge: Badge }
  | { readonly type: 'log'; readonly entry: BreakLogEntry };

export interface Transition {
  readonly state: ScheduleState;
  readonly effects: readonly Effect[];
}
