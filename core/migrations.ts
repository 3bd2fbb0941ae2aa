/** Stored shapes change by versions; each change is one small, pure step from a version to the next. */
export type Migration = (old: Readonly<Record<string, unknown>>) => Record<string, unknown>;

/**
 * Brings `data`, stored at `version`, up through `steps`, where `steps[i]` takes version
 * `first + i` to the next. A version before `first` or at or past the last step is left as it is
 * (the caller's validation decides what to make of it).
 */
export function migrateFrom(
  data: Readonly<Record<string, unknown>>,
  version: number,
  first: number,
  steps: readonly Migration[],
): Record<string, unknown> {
  let out: Record<string, unknown> = data;
  for (let v = version; v >= first && v < first + steps.length; v += 1) out = steps[v - first]!(out);
  return out;
}
