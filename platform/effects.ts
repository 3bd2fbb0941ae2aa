/** Carries out what the scheduler asked for. The only place its effects meet the browser. */
import type { Effect } from '../core/schedule-types';
import type { Settings } from '../core/settings';
import { showBadge } from './badge';
import { closeBreakWindow } from './break-window';
import { showNudge } from './nudge';
import { appendBreak } from './history';
import { takeNextExercise } from './rotation-store';
import { clearWake, ensureWakeAt } from './wake-alarm';

export async function runEffect(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'wake-at':
      return ensureWakeAt(effect.at);
    case 'no-wake':
      return clearWake();
    case 'badge':
      return showBadge(effect.badge);
    case 'log':
      await appendBreak(effect.entry);
      return;
    case 'close-nudge':
      return closeBreakWindow();
    case 'nudge':
      await showNudge(effect, settings, () => takeNextExercise(settings));
      return;
  }
}

/** Runs effects in order; one failing (a window already closed, a full disk) does not stop the rest. */
export async function runEffects(effects: readonly Effect[], settings: Settings): Promise<void> {
  for (const effect of effects) {
    try {
      await runEffect(effect, settings);
    } catch (error) {
      console.warn('Limber: effect failed', effect.type, error);
    }
  }
}
