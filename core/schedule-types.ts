/** The shapes of the scheduler: its state, the events it reacts to and the effects it asks for. */
import type { Answer } from './answer';

/** The stored state's version; older ones are migrated on read (core/schedule-repair.ts). */
export const SCHEDULE_VERSION = 4;

/** A stretch break (the card, every 30 minutes) or a short eye or posture break (about 20 s). */
export type BreakKind = 'stretch' | 'short';

export interface ScheduleState {
  readonly v: typeof SCHEDULE_VERSION;
  /** Sitting time accumulated up to `seenAt`. */
  readonly sitMs: number;
  /** Wall-clock time up to which `sitMs` is accounted. */
  readonly seenAt: number;
  /** Idle or locked since `since`; `reset` once it has counted as a break. */
  readonly away: null | { readonly since: number; readonly reset: boolean };
  /**
   * A break is due. `shownAt` is when the nudge was shown (null while it is held because the user
   * is presenting or on a call); `attempt` 1 once the single repeat of an unanswered nudge went out.
   */
  readonly due: null | Due;
  readonly snoozedUntil: number | null;
  readonly snoozesInRow: number;
  /** Paused until a time, or indefinitely (`until: null`). */
  readonly paused: null | { readonly until: number | null };
  /** Outside working hours at the last event. */
  readonly offHours: boolean;
  readonly lastBreakId: number;
  /** What the shell last saw: a fullscreen window, a tab playing sound. */
  readonly attention: Attention;
  /** Idle reported while a tab played sound (watching is not being away): since when. */
  readonly idleWhileAudible: number | null;
  /** The heads-up for the coming break has been given. */
  readonly headsUpGiven: boolean;
  /** The last stretch with no wake while counting (the machine suspended), counted as sitting for now. */
  readonly silence: null | { readonly from: number; readonly to: number };
  /** The ids of the last answers handled (core/answer.ts), saved with their effect in one write. */
  readonly answered: readonly string[];
  /** Sitting time (`sitMs`) at which the count towards the next short break last started over. */
  readonly shortSinceMs: number;
  /** A web meeting tab in a call, and when the last call went quiet (the hold lasts a grace period more). */
  readonly meeting: MeetingSeen;
  /** The current count began with a break taken away from the desk (time away, or "I just took a break"). */
  readonly naturalBreak: null | { readonly at: number; readonly reported: boolean };
  /** The last stretch break skipped (and its card, if known): the popup offers it for a while. */
  readonly skipped: null | { readonly at: number; readonly exerciseId: string | null };
}

export interface MeetingSeen {
  readonly inCall: boolean;
  readonly endedAt: number | null;
}

export interface Due {
  readonly breakId: number;
  readonly kind: BreakKind;
  readonly since: number;
  readonly shownAt: number | null;
  readonly attempt: 0 | 1;
}

export interface Attention {
  readonly fullscreen: boolean;
  readonly audible: boolean;
}

export type ScheduleEvent =
  | { readonly type: 'startup' }
  | { readonly type: 'alarm' }
  | { readonly type: 'idle' }
  | { readonly type: 'locked' }
  | { readonly type: 'active' }
  | { readonly type: 'snooze' }
  /** `kind`: what the card answered was (absent: whatever is due, else a stretch). */
  | { readonly type: 'done'; readonly exerciseId?: string; readonly kind?: BreakKind }
  | { readonly type: 'skip'; readonly exerciseId?: string; readonly kind?: BreakKind }
  /** "I just took a break": the user says they were away from the desk. */
  | { readonly type: 'took-break' }
  /** The break window was closed by the user. */
  | { readonly type: 'dismissed'; readonly breakId: number }
  | { readonly type: 'pause'; readonly until: number | null }
  | { readonly type: 'resume' }
  | { readonly type: 'settings-changed' }
  /** A user's answer from a page or a notification, at least once: duplicates and stale ones change nothing. */
  | { readonly type: 'answer'; readonly answer: Answer }
  /**
   * The shell's look at the browser: a fullscreen window (presenting), a tab playing sound (a call, a
   * video), a web meeting tab in a call (only seen with the optional meeting-site permission).
   */
  | { readonly type: 'attention'; readonly fullscreen: boolean; readonly audible: boolean; readonly meeting?: boolean };

export type BreakOutcome = 'done' | 'skipped' | 'snoozed' | 'away';

export interface BreakLogEntry {
  readonly at: number;
  readonly outcome: BreakOutcome;
  /** Sitting time that the break ended (or, for a snooze, that had built up). */
  readonly sittingMs: number;
  readonly exerciseId?: string;
  /** A user's own stretch's name when it was done: the history shows it after the stretch is deleted. */
  readonly exerciseName?: string;
  /** The answer that ended the break: applied twice, its entry is written twice under one key. */
  readonly answerId?: string;
  /** Absent for a stretch break (and in every record written before short breaks existed). */
  readonly kind?: 'short';
}

export type BadgeTone = 'counting' | 'due' | 'paused' | 'idle';
export interface Badge {
  readonly text: string;
  readonly tone: BadgeTone;
}

export type Effect =
  | { readonly type: 'wake-at'; readonly at: number }
  | { readonly type: 'no-wake' }
  /**
   * Show the break. `attempt` 1 is the single, more visible repeat of an unanswered nudge.
   * `restore`: the worker restarted while this break was due; reopen its window if it is gone, quietly.
   */
  | { readonly type: 'nudge'; readonly breakId: number; readonly kind: BreakKind; readonly canSnooze: boolean; readonly attempt?: 0 | 1; readonly restore?: boolean }
  /** The break is 30 s away (the badge shows it too); a notification if the user allowed them. */
  | { readonly type: 'heads-up'; readonly dueAt: number }
  | { readonly type: 'close-nudge' }
  | { readonly type: 'badge'; readonly badge: Badge }
  | { readonly type: 'log'; readonly entry: BreakLogEntry };

/** The scheduler's request to show a break: its card, and which attempt this is. */
export type NudgeEffect = Extract<Effect, { readonly type: 'nudge' }>;

export interface Transition {
  readonly state: ScheduleState;
  readonly effects: readonly Effect[];
}
