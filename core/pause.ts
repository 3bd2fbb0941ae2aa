/** The pause presets offered in the popup, and when each ends. Pure. */
import type { Settings } from './settings';
import { nextWorkingStart } from './working-hours';
import { MINUTE, dayStartOffset } from './time';

export type PausePreset = '30m' | '1h' | '2h' | 'tomorrow' | 'indefinitely';
export const PAUSE_PRESETS: readonly PausePreset[] = ['30m', '1h', '2h', 'tomorrow', 'indefinitely'];

const FIXED: Partial<Record<PausePreset, number>> = { '30m': 30, '1h': 60, '2h': 120 };

/** When a pause chosen at `now` ends; null means until the user resumes. */
export function pauseEnd(preset: PausePreset, now: number, settings: Pick<Settings, 'workDays' | 'workStartMin' | 'workEndMin'>): number | null {
  const minutes = FIXED[preset];
  if (minutes !== undefined) return now + minutes * MINUTE;
  if (preset === 'indefinitely') return null;
  // Until tomorrow: the first working-hours start on a later day than today (local time).
  const tomorrow = dayStartOffset(now, 1);
  return nextWorkingStart(tomorrow - 1, settings) ?? tomorrow;
}
