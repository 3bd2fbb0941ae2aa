/**
 * A user's answer to the scheduler (Done, Skip, Snooze, pause, resume), as it travels from a page
 * to the background: through a durable outbox and, for speed, a message, possibly more than once.
 * The rules that make that safe are here: an answer carries its own id and the break it answers;
 * one already handled, or one for a break no longer due, changes nothing.
 */
import { isExerciseId } from './exercise';
import type { BreakKind, Effect, ScheduleEvent, ScheduleState } from './schedule-types';

export type AnswerAction =
  /** `kind`: what the card answered was (a stretch from the popup while a short break is due ends both). */
  | { readonly type: 'done'; readonly exerciseId?: string; readonly kind?: BreakKind }
  | { readonly type: 'skip'; readonly exerciseId?: string; readonly kind?: BreakKind }
  | { readonly type: 'snooze' }
  | { readonly type: 'pause'; readonly until: number | null }
  | { readonly type: 'resume' }
  /** "I just took a break" (the popup). */
  | { readonly type: 'took-break' };

export interface Answer {
  /** Unique per click: the same answer delivered twice is recognised by it. */
  readonly id: string;
  /** The break it answers; null when it answers none (a stretch the user started, pause, resume). */
  readonly breakId: number | null;
  /** When the user gave it (wall clock): the time its log entry carries. */
  readonly at: number;
  readonly action: AnswerAction;
}

/** How many handled answer ids the schedule remembers: far more than can be in flight at once. */
export const ANSWERS_REMEMBERED = 16;

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isAnswerId = (x: unknown): x is string => typeof x === 'string' && ID.test(x);
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A well-formed answer copied from untrusted input (storage, a message), or null. */
export function parseAnswer(x: unknown): Answer | null {
  try {
    if (!isObj(x) || !isAnswerId(x.id) || !isTime(x.at) || !isObj(x.action)) return null;
    const breakId = x.breakId === null ? null : Number.isSafeInteger(x.breakId) && (x.breakId as number) > 0 ? (x.breakId as number) : undefined;
    const action = parseAction(x.action);
    if (breakId === undefined || !action) return null;
    return { id: x.id, breakId, at: x.at, action };
  } catch {
    return null;
  }
}

function parseAction(a: Record<string, unknown>): AnswerAction | null {
  switch (a.type) {
    case 'done':
    case 'skip': {
      // The stretch is a detail of the log: one that is not a stretch id is dropped, the answer kept.
      const exercise = isExerciseId(a.exerciseId) ? { exerciseId: a.exerciseId } : {};
      const kind: { kind?: BreakKind } = a.kind === 'short' || a.kind === 'stretch' ? { kind: a.kind } : {};
      return a.type === 'done' ? { type: 'done', ...exercise, ...kind } : { type: 'skip', ...exercise, ...kind };
    }
    case 'snooze':
    case 'resume':
    case 'took-break':
      return { type: a.type };
    case 'pause':
      return a.until === null || isTime(a.until) ? { type: 'pause', until: a.until } : null;
    default:
      return null;
  }
}

/** The answered ids as stored; null when malformed. */
export function parseAnswered(x: unknown): readonly string[] | null {
  if (!Array.isArray(x) || !x.every(isAnswerId)) return null;
  return x.slice(-ANSWERS_REMEMBERED);
}

function wasHandled(state: Pick<ScheduleState, 'answered'>, id: string): boolean {
  return state.answered.includes(id);
}

/**
 * What the scheduler makes of an answer: the event to apply (null for a duplicate, or for an answer
 * to a break that is no longer due) and the handled ids with this one recorded. A stale answer is
 * recorded too, so the page that sent it knows it was heard.
 */
export function admitAnswer(state: ScheduleState, answer: Answer): { answered: readonly string[]; event: ScheduleEvent | null } {
  if (wasHandled(state, answer.id)) return { answered: state.answered, event: null };
  const answered = [...state.answered, answer.id].slice(-ANSWERS_REMEMBERED);
  const stale = answer.breakId !== null && state.due?.breakId !== answer.breakId;
  return { answered, event: stale ? null : answer.action };
}

/**
 * The log entries an answer caused carry its id and its time: written again after a restart in the
 * middle of applying it, the entry replaces itself instead of doubling.
 */
export function markAnswerLogs(effects: Effect[], from: number, answer: Answer): void {
  for (let i = from; i < effects.length; i += 1) {
    const e = effects[i]!;
    if (e.type === 'log') effects[i] = { ...e, entry: { ...e.entry, at: answer.at, answerId: answer.id } };
  }
}

export const isAnswerLog = (e: Effect): boolean => e.type === 'log' && e.entry.answerId !== undefined;
