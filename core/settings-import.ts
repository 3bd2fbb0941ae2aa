/**
 * Reading a settings file someone hands us. Pure: text in, either complete settings (and the
 * user's own stretches, when the file has any) or a list of problems out. Everything is checked
 * before anything could be written, so a bad file changes nothing. Unknown keys are dropped (and
 * listed), `__proto__` / `constructor` / `prototype` are ignored, and older files are migrated by
 * their `version`.
 */
import {
  DEFAULT_SETTINGS,
  FIELD_VALIDATORS,
  SETTINGS_VERSION,
  SETTING_KEYS,
  describeValue,
  migrate,
  toStored,
  type FieldProblem,
  type Settings,
} from './settings';
import { MAX_OWN_STRETCHES, checkOwnStretchList, type OwnStretch } from './own-stretch';

/**
 * Largest settings file we read, in bytes (UTF-8): the settings (an exported file of them alone is
 * well under 2 kB) and up to 50 own stretches at their longest, each under 6 kB as exported even
 * in the characters JSON must escape (tests/unit/core/settings-import.test.ts checks it).
 */
export const IMPORT_MAX_BYTES = 16 * 1024 + MAX_OWN_STRETCHES * 6 * 1024;
/** The file's key for the user's own stretches; a file without it leaves theirs as they are. */
export const OWN_STRETCHES_KEY = 'ownStretches';

export type FileProblem =
  | { readonly kind: 'too-large'; readonly bytes: number; readonly max: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'not-an-object' }
  | { readonly kind: 'bad-version' }
  | { readonly kind: 'newer-version'; readonly version: number }
  | { readonly kind: 'end-before-start' };

export interface ImportProblem {
  /** The field at fault, or '' for the file as a whole. */
  readonly field: string;
  /** A short, safe rendering of the value found. */
  readonly value: string;
  readonly why: FieldProblem | FileProblem;
}

export type ImportResult =
  | {
      readonly ok: true; readonly settings: Settings; readonly ignored: readonly string[];
      /** The own stretches the file holds, to take the place of the user's; absent: it holds none, keep theirs. */
      readonly ownStretches?: readonly OwnStretch[];
    }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

const whole = (problem: FileProblem, value = ''): ImportResult => ({ ok: false, problems: [{ field: '', value, why: problem }] });

/** Validates a whole settings file. Never throws. */
export function parseSettingsFile(text: string): ImportResult {
  if (typeof text !== 'string') return whole({ kind: 'not-json' });
  const bytes = byteLength(text);
  if (bytes > IMPORT_MAX_BYTES) return whole({ kind: 'too-large', bytes, max: IMPORT_MAX_BYTES });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return whole({ kind: 'not-json' });
  }
  return validateSettingsObject(parsed);
}

/** Strictly validates an already parsed value: every field must be right, or nothing is taken. */
export function validateSettingsObject(parsed: unknown): ImportResult {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return whole({ kind: 'not-an-object' }, describeValue(parsed));
  }
  // Copy own, safe keys into a prototype-less record: nothing read later can reach Object.prototype.
  const clean: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const ignored: string[] = [];
  for (const key of Object.keys(parsed)) {
    if (FORBIDDEN.has(key)) {
      ignored.push(key);
      continue;
    }
    clean[key] = (parsed as Record<string, unknown>)[key];
  }

  const hasVersion = Object.prototype.hasOwnProperty.call(clean, 'version');
  const version = clean.version;
  if (hasVersion && (typeof version !== 'number' || !Number.isInteger(version) || version < 0)) {
    return whole({ kind: 'bad-version' }, describeValue(version));
  }
  if (typeof version === 'number' && version > SETTINGS_VERSION) {
    return whole({ kind: 'newer-version', version }, String(version));
  }

  const data = migrate(clean);
  const problems: ImportProblem[] = [];
  const out: Record<string, unknown> = {};
  const known = new Set<string>([...SETTING_KEYS, 'version', OWN_STRETCHES_KEY]);
  for (const key of Object.keys(data)) if (!known.has(key) && !FORBIDDEN.has(key)) ignored.push(key);

  for (const key of SETTING_KEYS) {
    if (!Object.prototype.hasOwnProperty.call(data, key)) {
      out[key] = DEFAULT_SETTINGS[key];
      continue;
    }
    const raw = data[key];
    // A file holds JSON values: numbers must be numbers, not text that looks like one.
    if (typeof DEFAULT_SETTINGS[key] === 'number' && typeof raw !== 'number') {
      problems.push({ field: key, value: describeValue(raw), why: { kind: 'not-a-number' } });
      continue;
    }
    const result = FIELD_VALIDATORS[key](raw as never);
    if (result.ok) out[key] = result.value;
    else problems.push({ field: key, value: describeValue(raw), why: result.problem });
  }
  if (problems.length === 0 && (out.workEndMin as number) <= (out.workStartMin as number)) {
    problems.push({ field: 'workEndMin', value: String(out.workEndMin), why: { kind: 'end-before-start' } });
  }
  const own = Object.prototype.hasOwnProperty.call(data, OWN_STRETCHES_KEY) ? checkOwnStretches(data[OWN_STRETCHES_KEY]) : null;
  if (own && !own.ok) problems.push(...own.problems);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: out as unknown as Settings, ignored, ...(own?.ok ? { ownStretches: own.stretches } : {}) };
}

/** The file's own stretches, all right, or each problem named by its place (`ownStretches.2.name`). */
function checkOwnStretches(raw: unknown): { ok: true; stretches: readonly OwnStretch[] } | { ok: false; problems: ImportProblem[] } {
  const checked = checkOwnStretchList(raw);
  if (checked.ok) return checked;
  return {
    ok: false,
    problems: checked.problems.map(({ field, why }) => ({
      field: field ? `${OWN_STRETCHES_KEY}.${field}` : OWN_STRETCHES_KEY,
      value: describeValue(valueAt(raw, field)),
      why,
    })),
  };
}

/** The value at a dotted path (`2.cues.1`) inside what was parsed; never throws. */
function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const step of path ? path.split('.') : []) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** The file we write on export: the stored shape, pretty-printed, with the user's own stretches when there are any. */
export function settingsFileText(settings: Settings, ownStretches: readonly OwnStretch[] = []): string {
  const file = ownStretches.length > 0 ? { ...toStored(settings), [OWN_STRETCHES_KEY]: ownStretches } : toStored(settings);
  return `${JSON.stringify(file, null, 2)}\n`;
}
