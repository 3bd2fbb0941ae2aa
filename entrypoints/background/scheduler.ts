/**
 * The shell around the pure scheduler: each event is handled alone, in arrival order:
 * load -> look at the browser (presenting? sound?) -> reduce -> save -> run effects. State is
 * cached while the worker lives (the background is its only writer) and reloaded after a restart.
 */
import { reduce } from '../../core/schedule';
import { serialQueue } from '../../core/serial-queue';
import { isAnswerLog } from '../../core/answer';
import type { Effect, ScheduleEvent, ScheduleState } from '../../core/schedule-types';
import type { Settings } from '../../core/settings';
import { readAttention } from '../../platform/attention';
import { runEffects } from '../../platform/effects';
import { loadSchedule, saveSchedule } from '../../platform/schedule-store';
import { loadSettings } from '../../platform/settings-store';

let cachedState: ScheduleState | null = null;
let cachedSettings: Settings | null = null;

/** Every event, and every read-modify-write of background state, runs alone, in arrival order. */
export const serially = serialQueue();

export async function currentSettings(): Promise<Settings> {
  cachedSettings ??= await loadSettings();
  return cachedSettings;
}

/** Wake and badge effects of an earlier step in the same dispatch are replaced by the last step's. */
const superseded = (e: Effect) => e.type === 'wake-at' || e.type === 'no-wake' || e.type === 'badge';
const isWakeAt = (e: Effect) => e.type === 'wake-at';

export function dispatch(event: ScheduleEvent): Promise<void> {
  return serially(async () => {
    const settings = await currentSettings();
    let state = cachedState ?? (await loadSchedule(Date.now()));
    const effects: Effect[] = [];
    // What the browser shows now decides whether a nudge may interrupt and whether idle is away.
    const seen = await readAttention(settings.holdDuringMeetings);
    const now = Date.now();
    const changed = seen && (seen.fullscreen !== state.attention.fullscreen || seen.audible !== state.attention.audible || seen.meeting !== state.meeting.inCall);
    if (changed) {
      const step = reduce(state, { type: 'attention', ...seen }, now, settings);
      state = step.state;
      effects.push(...step.effects.filter((e) => !superseded(e)));
    }
    const { state: next, effects: last } = reduce(state, event, now, settings);
    effects.push(...last);
    // An answer's log entry goes first, under the answer's key: stopped before the save below, the
    // answer is applied again later and its entry replaced, not doubled (nor lost).
    await runEffects(effects.filter(isAnswerLog), settings);
    // The next wake is armed before the state that wants it is saved: a worker stopped in between
    // would otherwise sleep until the minute's repeat (an early wake finds nothing to do).
    await runEffects(effects.filter(isWakeAt).slice(-1), settings);
    await saveSchedule(next);
    cachedState = next;
    await runEffects(effects.filter((e) => !isAnswerLog(e)), settings);
  });
}

export function settingsChanged(settings: Settings): Promise<void> {
  cachedSettings = settings;
  return dispatch({ type: 'settings-changed' });
}
