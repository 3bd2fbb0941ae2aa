/**
 * Reading a settings file someone hands us. Pure: text in, either complete settings or a list of
 * problems out. Everything is checked before anything could be written, so a bad file changes
 * nothing. Unknown keys are dropped (and listed), `__proto__` / `constructor` / `prototype` are
 * ignored, and older files are migrated by their `version`.
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

/** Largest settings file we read, in bytes (UTF-8). An exported file is well under 2 kB. */
export const IMPORT_MAX_BYTES = 16 * 1024;

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
  | { readonly ok: true; readonly settings: Settings; readonly ignored: readonly string[] }
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
  const known = new Set<string>([...SETTING_KEYS, 'version']);
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
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, settings: out as unknown as Settings, ignored };
}

/** The file we write on export: the stored shape, pretty-printed. */
export function settingsFileText(settings: Settings): string {
  return `${JSON.stringify(toStored(settings), null, 2)}\n`;
}
