/**
 * The shell around the pure scheduler: each event is handled alone, in arrival order:
 * load -> reduce -> save -> run effects. State is cached while the worker lives (the background
 * is its only writer) and reloaded after a restart.
 */
import { reduce } from '../../core/schedule';
import type { ScheduleEvent, ScheduleState } from '../../core/schedule-types';
import type { Settings } from '../../core/settings';
import { runEffects } from '../../platform/effects';
import { loadSchedule, saveSchedule } from '../../platform/schedule-store';
import { loadSettings } from '../../platform/settings-store';

let queue: Promise<unknown> = Promise.resolve();
let cachedState: ScheduleState | null = null;
let cachedSettings: Settings | null = null;

/** Runs `task` after every task queued before it, whatever they did. */
export function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export async function currentSettings(): Promise<Settings> {
  cachedSettings ??= await loadSettings();
  return cachedSettings;
}

export function dispatch(event: ScheduleEvent): Promise<void> {
  return serially(async () => {
    const now = Date.now();
    const settings = await currentSettings();
    const state = cachedState ?? (await loadSchedule(now));
    const { state: next, effects } = reduce(state, event, now, settings);
    await saveSchedule(next);
    cachedState = next;
    await runEffects(effects, settings);
  });
}

export function settingsChanged(settings: Settings): Promise<void> {
  cachedSettings = settings;
  return dispatch({ type: 'settings-changed' });
}
