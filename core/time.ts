/** Units of time, and local calendar days. Pure: every moment is an argument. */

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
/** A day of 24 hours; a local calendar day can be 23 or 25 (DST): use the helpers below for those. */
export const DAY = 24 * HOUR;
/** Minutes from midnight to midnight: the end of a working window that lasts all day. */
export const MINUTES_PER_DAY = 24 * 60;

/** Local midnight that starts the day holding `ts`. */
export function startOfDay(ts: number): number {
  return dayStartOffset(ts, 0);
}

/** Local midnight `offset` days from the day holding `ts` (negative goes back). DST-safe. */
export function dayStartOffset(ts: number, offset: number): number {
  const d = new Date(ts);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + offset).getTime();
}

/** Whether two moments fall on the same local calendar day. */
export function sameDay(a: number, b: number): boolean {
  return startOfDay(a) === startOfDay(b);
}
