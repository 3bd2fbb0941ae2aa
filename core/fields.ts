/**
 * A setting's value checked: the checks the settings schema (core/settings.ts) builds its
 * validators from, and the validators of the settings the break card reads from its URL (hold
 * length, Snooze minutes, firmness). Those live here, apart from the rest of the schema, so the break
 * page checks its URL without loading the whole schema (its defaults, lists, repair and migration),
 * which it needs only for a URL without settings, and then after its first paint.
 */

/** Why a value was refused, as a key the UI can phrase. */
import { FIRMNESS_LEVELS } from './firmness';

export type FieldProblem =
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'not-whole' }
  | { readonly kind: 'out-of-range'; readonly min: number; readonly max: number }
  | { readonly kind: 'not-one-of'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-boolean' }
  | { readonly kind: 'not-a-list' }
  | { readonly kind: 'bad-item'; readonly item: string }
  /** Text: none, or blank. */
  | { readonly kind: 'not-text' }
  /** Text, too short or too long: `min` to `max` characters. */
  | { readonly kind: 'text-length'; readonly min: number; readonly max: number }
  /** A list (cues, positions, own stretches) with too few or too many items. */
  | { readonly kind: 'item-count'; readonly min: number; readonly max: number }
  /** An own stretch that is not an object at all. */
  | { readonly kind: 'not-a-stretch' }
  /** Two own stretches with one id. */
  | { readonly kind: 'duplicate-id' };

export type FieldResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FieldProblem };

export type Validator<T> = (raw: unknown) => FieldResult<T>;

export const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
export const fail = <T>(problem: FieldProblem): FieldResult<T> => ({ ok: false, problem });

export function numberIn(min: number, max: number, whole: boolean): Validator<number> {
  return (raw) => {
    const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isFinite(n)) return fail({ kind: 'not-a-number' });
    if (whole && !Number.isInteger(n)) return fail({ kind: 'not-whole' });
    if (n < min || n > max) return fail({ kind: 'out-of-range', min, max });
    return ok(n);
  };
}

export function oneOf<T extends string>(allowed: readonly T[]): Validator<T> {
  return (raw) =>
    typeof raw === 'string' && (allowed as readonly string[]).includes(raw)
      ? ok(raw as T)
      : fail({ kind: 'not-one-of', allowed });
}

/** The schema's validators of the settings the break card takes from its URL (FIELD_VALIDATORS uses these). */
export const CARD_FIELD_VALIDATORS = {
  snoozeMin: numberIn(1, 30, true),
  /** Scales every hold: 0.5 easier, 2 harder. */
  holdMultiplier: numberIn(0.5, 2, false),
  firmness: oneOf(FIRMNESS_LEVELS),
} as const;
