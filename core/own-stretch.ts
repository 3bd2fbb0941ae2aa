/**
 * A stretch the user wrote: their own words (shown as typed, in every language, never
 * translated), a dose, where it can be done, what it works and, if they like, a picture borrowed
 * from the library. Pure: checking one (from the editor, an import or storage, all untrusted
 * alike) and making it the `Exercise` that the rotation, the break card and "Stretch now" use.
 */
import { DOSE_BOUNDS, isDoseInBounds } from './dose-bounds';
import { isExerciseId, type Dose, type Exercise, type Position, type Target } from './exercise';
import { fail, numberIn, ok, type FieldProblem, type FieldResult } from './fields';
import { TARGETS, describeValue } from './settings';
import type { RotationPrefs } from './rotation';

/** The id of a stretch the user wrote (`own-…`): no library id starts so, and it is still an exercise id. */
export function isOwnStretchId(x: unknown): x is string {
  return isExerciseId(x) && x.startsWith('own-');
}

/** Where a stretch can be done (the picker filters by it too). */
export const POSITIONS: readonly Position[] = ['seated', 'standing', 'floor'];

export interface OwnStretch {
  /** `own-…` (isOwnStretchId): never a library id. */
  readonly id: string;
  readonly name: string;
  /** 1 to 4 cues. */
  readonly cues: readonly string[];
  readonly dose: OwnDose;
  readonly positions: readonly Position[];
  readonly targets: readonly Target[];
  readonly caution?: string;
  /** The library exercise whose picture the card shows, or null for none. */
  readonly picture: string | null;
  /** In the rotation (the library's are in settings.enabledExercises). */
  readonly inRotation: boolean;
  readonly favourite: boolean;
}

/** A hold in seconds, breaths or repetitions; once or per side; 1-5 rounds. */
export type OwnDose = Extract<Dose, { readonly kind: 'hold' | 'breaths' | 'reps' }>;
export type OwnDoseKind = OwnDose['kind'];
export const OWN_DOSE_KINDS: readonly OwnDoseKind[] = ['hold', 'breaths', 'reps'];

/** How saving one went: 'saved' where the settings are kept, or 'sync-refused': kept on this device only. */
export type OwnStretchSave = 'saved' | 'sync-refused';

export const MAX_OWN_STRETCHES = 50;
export const NAME_LENGTH = { min: 1, max: 60 } as const;
export const CUE_LENGTH = { min: 1, max: 140 } as const;
export const CAUTION_LENGTH = { min: 1, max: 140 } as const;
export const CUE_COUNT = { min: 1, max: 4 } as const;
/**
 * The shape of an own stretch as stored (one storage item each, `{ v, ...stretch }`). An item of
 * another version is left alone (a newer Limber on another device wrote it), never misread.
 */
export const OWN_STRETCH_VERSION = 1;

/** A dose as the editor holds it: how many of what, once or per side, how many rounds. */
export interface DoseParts {
  readonly kind: OwnDoseKind;
  /** Seconds of a hold, breaths, or repetitions. */
  readonly amount: number;
  readonly rounds: number;
  readonly perSide: boolean;
}

/** Where each kind of dose keeps its amount and its rounds. */
const AMOUNT_FIELD = { hold: 'seconds', breaths: 'breaths', reps: 'count' } as const;
const ROUNDS_FIELD = { hold: 'reps', breaths: 'reps', reps: 'sets' } as const;
export const AMOUNT_BOUNDS = { hold: DOSE_BOUNDS.seconds, breaths: DOSE_BOUNDS.breaths, reps: DOSE_BOUNDS.count } as const;

export function ownDose({ kind, amount, rounds, perSide }: DoseParts): OwnDose {
  if (kind === 'hold') return { kind, seconds: amount, reps: rounds, perSide };
  if (kind === 'breaths') return { kind, breaths: amount, reps: rounds, perSide };
  return { kind, count: amount, sets: rounds, perSide };
}

export function doseParts(dose: OwnDose): DoseParts {
  const fields = dose as unknown as Record<string, number>;
  return { kind: dose.kind, amount: fields[AMOUNT_FIELD[dose.kind]]!, rounds: fields[ROUNDS_FIELD[dose.kind]]!, perSide: dose.perSide };
}

/** The field of the check that names a dose's amount or rounds (`dose.seconds`, `dose.sets`...). */
export const amountField = (kind: OwnDoseKind) => `dose.${AMOUNT_FIELD[kind]}`;
export const roundsField = (kind: OwnDoseKind) => `dose.${ROUNDS_FIELD[kind]}`;

export interface OwnStretchProblem {
  /** `name`, `cues.2`, `dose.seconds`...; '' for the stretch as a whole. */
  readonly field: string;
  readonly why: FieldProblem;
}

export type OwnStretchCheck =
  | { readonly ok: true; readonly stretch: OwnStretch }
  | { readonly ok: false; readonly problems: readonly OwnStretchProblem[] };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Text, trimmed, of `min` to `max` characters (counted as the user sees them, not UTF-16 units). */
function text(raw: unknown, length: { readonly min: number; readonly max: number }): FieldResult<string> {
  if (typeof raw !== 'string') return fail({ kind: 'not-text' });
  const trimmed = raw.trim();
  const count = [...trimmed].length;
  return count < length.min || count > length.max ? fail({ kind: 'text-length', ...length }) : ok(trimmed);
}

/** Some of `allowed`, in its order, each once; at least one. */
function someOf<T>(raw: unknown, allowed: readonly T[]): FieldResult<T[]> {
  if (!Array.isArray(raw)) return fail({ kind: 'not-a-list' });
  const stray = raw.find((x) => !allowed.includes(x as T));
  if (stray !== undefined) return fail({ kind: 'bad-item', item: describeValue(stray) });
  const chosen = allowed.filter((a) => raw.includes(a));
  return chosen.length === 0 ? fail({ kind: 'item-count', min: 1, max: allowed.length }) : ok(chosen);
}

/** A whole number of a JSON file or a form: a number, never text that looks like one. */
function count(raw: unknown, bounds: { readonly min: number; readonly max: number }): FieldResult<number> {
  return typeof raw === 'number' ? numberIn(bounds.min, bounds.max, true)(raw) : fail({ kind: 'not-a-number' });
}

const flag = (raw: unknown): FieldResult<boolean> => (typeof raw === 'boolean' ? ok(raw) : fail({ kind: 'not-boolean' }));

/** Checks everything the user (or a file, or another device) says a stretch is; each problem names its field. */
export function checkOwnStretch(raw: unknown): OwnStretchCheck {
  if (!isRecord(raw)) return { ok: false, problems: [{ field: '', why: { kind: 'not-a-stretch' } }] };
  const problems: OwnStretchProblem[] = [];
  const take = <T>(field: string, result: FieldResult<T>): T => {
    if (!result.ok) problems.push({ field, why: result.problem });
    return (result.ok ? result.value : undefined) as T;
  };
  const id = take<string>('id', isOwnStretchId(raw.id) ? ok(raw.id) : fail({ kind: 'bad-item', item: describeValue(raw.id) }));
  const name = take('name', text(raw.name, NAME_LENGTH));
  const cues = take<string[]>('cues', Array.isArray(raw.cues) && raw.cues.length >= CUE_COUNT.min && raw.cues.length <= CUE_COUNT.max
    ? ok(raw.cues.map((cue, i) => take(`cues.${i}`, text(cue, CUE_LENGTH))))
    : fail({ kind: 'item-count', ...CUE_COUNT }));
  const dose = checkDose(raw.dose, take);
  const positions = take('positions', someOf(raw.positions, POSITIONS));
  const targets = take('targets', someOf(raw.targets, TARGETS));
  const caution = raw.caution === undefined ? undefined : take('caution', text(raw.caution, CAUTION_LENGTH));
  const picture = take<string | null>('picture', raw.picture === null || (isExerciseId(raw.picture) && !isOwnStretchId(raw.picture))
    ? ok(raw.picture)
    : fail({ kind: 'bad-item', item: describeValue(raw.picture) }));
  const inRotation = take('inRotation', flag(raw.inRotation));
  const favourite = take('favourite', flag(raw.favourite));
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    stretch: { id, name, cues, dose: dose!, positions, targets, ...(caution === undefined ? {} : { caution }), picture, inRotation, favourite },
  };
}

function checkDose(raw: unknown, take: <T>(field: string, result: FieldResult<T>) => T): OwnDose | undefined {
  const kind = isRecord(raw) && (OWN_DOSE_KINDS as readonly unknown[]).includes(raw.kind) ? (raw.kind as OwnDoseKind) : undefined;
  if (!isRecord(raw) || kind === undefined) {
    take('dose.kind', fail({ kind: 'not-one-of', allowed: OWN_DOSE_KINDS }));
    return undefined;
  }
  const amount = take(amountField(kind), count(raw[AMOUNT_FIELD[kind]], AMOUNT_BOUNDS[kind]));
  const rounds = take(roundsField(kind), count(raw[ROUNDS_FIELD[kind]], DOSE_BOUNDS.rounds));
  const perSide = take('dose.perSide', flag(raw.perSide));
  if (amount === undefined || rounds === undefined || perSide === undefined) return undefined;
  const dose = ownDose({ kind, amount, rounds, perSide });
  // The bounds above are the schema's own; this keeps the two from ever drifting apart.
  return isDoseInBounds(dose) ? dose : take('dose', fail({ kind: 'out-of-range', ...AMOUNT_BOUNDS[kind] }));
}

/** A stored item as an own stretch, or null (damaged, foreign, or another version's). */
export function readOwnStretch(raw: unknown): OwnStretch | null {
  if (!isRecord(raw) || raw.v !== OWN_STRETCH_VERSION) return null;
  const checked = checkOwnStretch(raw);
  return checked.ok ? checked.stretch : null;
}

/** What the rotation and the break log need of a stored stretch. */
export type RotationView = Pick<OwnStretch, 'id' | 'name' | 'targets' | 'inRotation' | 'favourite'>;

/**
 * A stored item as the background reads it: only what it picks by and logs. The whole check
 * stays out of the worker (its code is most of a kilobyte, against the worker's byte budget); a
 * page that shows the stretch reads it in full (readOwnStretch), and one that fails there shows
 * no card, never a wrong one.
 */
export function readRotationView(raw: unknown): RotationView | null {
  if (!isRecord(raw) || raw.v !== OWN_STRETCH_VERSION || !isOwnStretchId(raw.id) || typeof raw.name !== 'string' || !Array.isArray(raw.targets)) return null;
  const targets = TARGETS.filter((t) => (raw.targets as unknown[]).includes(t));
  return { id: raw.id, name: raw.name, targets, inRotation: raw.inRotation === true, favourite: raw.favourite === true };
}

export const toStoredOwnStretch = (stretch: OwnStretch) => ({ v: OWN_STRETCH_VERSION, ...stretch });

export type OwnStretchListCheck =
  | { readonly ok: true; readonly stretches: readonly OwnStretch[] }
  | { readonly ok: false; readonly problems: readonly OwnStretchProblem[] };

/** A whole list (a settings file's): at most MAX_OWN_STRETCHES, each right, no id twice; or every problem, `2.name`-style. */
export function checkOwnStretchList(raw: unknown): OwnStretchListCheck {
  if (!Array.isArray(raw)) return { ok: false, problems: [{ field: '', why: { kind: 'not-a-list' } }] };
  if (raw.length > MAX_OWN_STRETCHES) return { ok: false, problems: [{ field: '', why: { kind: 'item-count', min: 0, max: MAX_OWN_STRETCHES } }] };
  const problems: OwnStretchProblem[] = [];
  const stretches: OwnStretch[] = [];
  const ids = new Set<string>();
  raw.forEach((item, i) => {
    const checked = checkOwnStretch(item);
    if (!checked.ok) problems.push(...checked.problems.map((p) => ({ field: p.field ? `${i}.${p.field}` : String(i), why: p.why })));
    else if (ids.has(checked.stretch.id)) problems.push({ field: `${i}.id`, why: { kind: 'duplicate-id' } });
    else {
      ids.add(checked.stretch.id);
      stretches.push(checked.stretch);
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, stretches };
}

/** A new stretch's id, from the time and a random number: ids sort in the order they were made. */
export function newOwnStretchId(now: number, random: () => number): string {
  return `own-${Math.max(0, Math.floor(now)).toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** Oldest first (their ids say when each was made). */
export function inCreationOrder(stretches: readonly OwnStretch[]): OwnStretch[] {
  return [...stretches].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The stretch as the card shows it: the user's words exactly, no "why" line, and the alt text of
 * the picture it borrows (ours, in the user's language: it describes our drawing).
 */
export function ownExercise(stretch: OwnStretch, pictureAlt: (exerciseId: string) => string): Exercise {
  const { id, name, cues, dose, positions, targets, caution, picture } = stretch;
  return {
    id, name, cues, dose, positions, targets, equipment: ['none'], why: '',
    imageAlt: picture === null ? '' : pictureAlt(picture),
    ...(picture === null ? {} : { picture }),
    ...(caution === undefined ? {} : { caution }),
  };
}

/**
 * The rotation's catalogue and choices with the user's stretches in: each counts its areas for
 * the problem areas, and joins the rotation and the favourites by its own flags only (an own id
 * in the settings' lists, from a hand-made file, counts for nothing).
 */
export function withOwnStretches<C extends Pick<Exercise, 'id' | 'targets' | 'long'>>(
  catalogue: readonly C[],
  prefs: RotationPrefs,
  own: readonly RotationView[],
): { catalogue: readonly (C | RotationView)[]; prefs: RotationPrefs } {
  const ids = (keep: (s: RotationView) => boolean) => own.filter(keep).map((s) => s.id);
  const library = (list: readonly string[]) => list.filter((id) => !isOwnStretchId(id));
  return {
    catalogue: [...catalogue, ...own],
    prefs: {
      ...prefs,
      enabled: [...library(prefs.enabled), ...ids((s) => s.inRotation)],
      favourites: [...library(prefs.favourites), ...ids((s) => s.favourite)],
    },
  };
}
