/**
 * The one settings schema: each field's default, bounds and validation live here (the checks, and
 * the two numbers the break card also reads from its URL, in core/fields.ts).
 * Stored shape: `{ version, ...fields }`. A bad or foreign value falls back per field.
 */
import { isExerciseId, type Target } from './exercise';
import { PAUSE_PRESETS, type PausePreset } from './pause';
import { MINUTES_PER_DAY } from './time';
import { migrateFrom, type Migration } from './migrations';
import type { Firmness } from './firmness';
import { CARD_FIELD_VALIDATORS, fail, numberIn, ok, oneOf, type FieldProblem, type FieldResult, type Validator } from './fields';

export type { FieldProblem, FieldResult } from './fields';

export const SETTINGS_VERSION = 1;

export type NudgeStyle = 'window' | 'popup' | 'notification' | 'badge';
export const NUDGE_STYLES: readonly NudgeStyle[] = ['window', 'popup', 'notification', 'badge'];
/** How hard a stretch break is to put off: see core/firmness.ts. */
export { FIRMNESS_LEVELS, type Firmness } from './firmness';
/** Head to feet. */
export const TARGETS: readonly Target[] = [
  'eyes', 'neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'chest', 'sides', 'arms', 'wrists', 'hips', 'legs',
];
/** The areas a desk day strains, each with desk-friendly stretches the rotation can favour. */
export const PROBLEM_AREAS: readonly Target[] = [
  'eyes', 'neck', 'shoulders', 'upper-back', 'mid-back', 'lower-back', 'chest', 'wrists', 'hips', 'legs',
];

export interface Settings {
  /** Minutes of sitting before a break is due. */
  readonly intervalMin: number;
  /** Minutes away (idle or locked) that count as a break taken. */
  readonly breakLengthMin: number;
  /** Minutes without keyboard or mouse before the browser calls the user idle. */
  readonly idleThresholdMin: number;
  readonly snoozeMin: number;
  /** Snoozes offered in a row before the card offers only Done or Skip. */
  readonly snoozeLimit: number;
  readonly nudgeStyle: NudgeStyle;
  /** Focus the break window when it opens. */
  readonly focusWindow: boolean;
  /** A heads-up 30 s before a break. */
  readonly headsUp: boolean;
  /** Hold a nudge while a window is fullscreen or a tab plays sound. */
  readonly holdWhilePresenting: boolean;
  readonly sound: boolean;
  /** Working days, 0 = Sunday. */
  readonly workDays: readonly number[];
  /** Working window in minutes after local midnight; start == 0 and end == 1440 means all day. */
  readonly workStartMin: number;
  readonly workEndMin: number;
  /** The pauses the toolbar popup offers, in PAUSE_PRESETS order; none hides them. */
  readonly pausePresets: readonly PausePreset[];
  readonly problemAreas: readonly Target[];
  /** Exercise ids in the rotation; null means "the desk-friendly defaults". */
  readonly enabledExercises: readonly string[] | null;
  readonly favourites: readonly string[];
  /** Scales every hold: 0.5 easier, 2 harder. */
  readonly holdMultiplier: number;
  readonly dailyGoal: number;
  /** Short eye and posture breaks between the stretch breaks. */
  readonly shortBreaks: boolean;
  /** Minutes of sitting before a short break is due. */
  readonly shortIntervalMin: number;
  readonly firmness: Firmness;
  /** Hold nudges while a web meeting tab is in a call (needs the optional meeting-site permission). */
  readonly holdDuringMeetings: boolean;
  /** Minutes the meeting hold lasts after the call goes quiet. */
  readonly meetingGraceMin: number;
}

export const DEFAULT_SETTINGS: Settings = {
  intervalMin: 30,
  breakLengthMin: 5,
  idleThresholdMin: 1,
  snoozeMin: 5,
  snoozeLimit: 2,
  nudgeStyle: 'window',
  focusWindow: false,
  headsUp: false,
  holdWhilePresenting: true,
  sound: false,
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMin: 0,
  workEndMin: MINUTES_PER_DAY,
  pausePresets: PAUSE_PRESETS,
  problemAreas: [],
  enabledExercises: null,
  favourites: [],
  holdMultiplier: 1,
  dailyGoal: 6,
  shortBreaks: false,
  shortIntervalMin: 20,
  firmness: 'gentle',
  holdDuringMeetings: false,
  meetingGraceMin: 2,
};

export type SettingKey = keyof Settings;


const bool: Validator<boolean> = (raw) => (typeof raw === 'boolean' ? ok(raw) : fail({ kind: 'not-boolean' }));

function listOf<T>(item: (x: unknown) => x is T, maxItems: number): Validator<readonly T[]> {
  return (raw) => {
    if (!Array.isArray(raw) || raw.length > maxItems) return fail({ kind: 'not-a-list' });
    for (const x of raw) if (!item(x)) return fail({ kind: 'bad-item', item: describeValue(x) });
    return ok([...new Set(raw)]);
  };
}

/**
 * A short, safe rendering of any value for a message: never throws (objects with a hostile
 * `toString`, deep nesting), never longer than about 40 characters.
 */
export function describeValue(x: unknown): string {
  if (x === null) return 'null';
  if (x === undefined) return 'nothing';
  if (Array.isArray(x)) return `a list of ${x.length}`;
  switch (typeof x) {
    case 'string':
      return JSON.stringify(x.length > 32 ? `${x.slice(0, 32)}…` : x);
    case 'number':
    case 'boolean':
      return String(x);
    case 'object':
      return 'an object';
    default:
      return typeof x;
  }
}

const isDay = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 6;
const isPausePreset = (x: unknown): x is PausePreset => typeof x === 'string' && (PAUSE_PRESETS as readonly string[]).includes(x);
const isTarget = (x: unknown): x is Target => typeof x === 'string' && (TARGETS as readonly string[]).includes(x);

/**
 * At most 40 ids a list (the library has 34): with 40-character ids, two full lists and every
 * other field still fit in one storage.sync item (8,192 bytes).
 */
export const MAX_ID_LIST = 40;
const idList = listOf(isExerciseId, MAX_ID_LIST);
const nullableIdList: Validator<readonly string[] | null> = (raw) => (raw === null ? ok(null) : idList(raw));

/** One validator per field; the record's type keeps it complete. */
export const FIELD_VALIDATORS: { readonly [K in SettingKey]: Validator<Settings[K]> } = {
  intervalMin: numberIn(5, 180, true),
  breakLengthMin: numberIn(1, 60, true),
  idleThresholdMin: numberIn(1, 30, true),
  snoozeMin: CARD_FIELD_VALIDATORS.snoozeMin,
  snoozeLimit: numberIn(0, 5, true),
  nudgeStyle: oneOf(NUDGE_STYLES),
  focusWindow: bool,
  headsUp: bool,
  holdWhilePresenting: bool,
  sound: bool,
  workDays: listOf(isDay, 7),
  workStartMin: numberIn(0, MINUTES_PER_DAY - 1, true),
  workEndMin: numberIn(1, MINUTES_PER_DAY, true),
  pausePresets: listOf(isPausePreset, PAUSE_PRESETS.length),
  problemAreas: listOf(isTarget, TARGETS.length),
  enabledExercises: nullableIdList,
  favourites: idList,
  holdMultiplier: CARD_FIELD_VALIDATORS.holdMultiplier,
  dailyGoal: numberIn(1, 30, true),
  shortBreaks: bool,
  shortIntervalMin: numberIn(5, 120, true),
  firmness: CARD_FIELD_VALIDATORS.firmness,
  holdDuringMeetings: bool,
  meetingGraceMin: numberIn(0, 10, true),
};

export const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as SettingKey[];

export function validateField<K extends SettingKey>(key: K, raw: unknown): FieldResult<Settings[K]> {
  return FIELD_VALIDATORS[key](raw) as FieldResult<Settings[K]>;
}

export interface Repair {
  readonly key: string;
  readonly problem: FieldProblem;
}

/** Migrations from version N to N+1, in order, from version 0; each a tiny pure function. */
export const MIGRATIONS: readonly Migration[] = [
  // v0 (before versioning) -> v1: nothing renamed yet.
  (old) => old,
  // Fields added since (short breaks, firmness, the meeting hold) need no step: a stored value
  // without them takes their defaults, field by field, in repairSettings.
];

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Brings any stored or imported value up to the current version. */
export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  const version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  return migrateFrom(raw, version, 0, MIGRATIONS);
}

/**
 * Repairs a stored value: each valid field is kept, each bad one falls back to its default and
 * is reported. Never throws, whatever it is given.
 */
export function repairSettings(raw: unknown): { settings: Settings; repairs: Repair[] } {
  const source = isRecord(raw) ? migrate(raw) : {};
  const repairs: Repair[] = [];
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(source, key)) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const result = FIELD_VALIDATORS[key](source[key] as never);
    if (result.ok) out[key] = result.value;
    else {
      out[key] = DEFAULT_SETTINGS[key];
      repairs.push({ key, problem: result.problem });
    }
  }
  return { settings: withConsistentHours(out as unknown as Settings), repairs };
}

/** A window whose end is not after its start means "all day". */
function withConsistentHours(s: Settings): Settings {
  return s.workEndMin > s.workStartMin ? s : { ...s, workStartMin: 0, workEndMin: MINUTES_PER_DAY };
}

export function toStored(settings: Settings): Record<string, unknown> {
  return { version: SETTINGS_VERSION, ...settings };
}
