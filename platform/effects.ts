/** Carries out what the scheduler asked for: each effect to the platform module that does it. */
import type { Effect } from '../core/schedule-types';
import type { Settings } from '../core/settings';
import { showBadge } from './badge';
import { breakWindowOpen, closeBreakWindow } from './break-window';
import { showNudge } from './nudge';
import { appendBreak } from './history';
import { withOwnStretchName } from './own-stretch-store';
import { takeNextExercise } from './rotation-store';
import { clearWake, ensureWakeAt } from './wake-alarm';
import { clearHeadsUp, showHeadsUp } from './heads-up';

export async function runEffect(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'wake-at':
      return ensureWakeAt(effect.at);
    case 'no-wake':
      return clearWake();
    case 'badge':
      return showBadge(effect.badge);
    case 'log':
      await appendBreak(await withOwnStretchName(effect.entry));
      return;
    case 'close-nudge':
      await clearHeadsUp();
      return closeBreakWindow();
    case 'heads-up':
      return showHeadsUp();
    case 'nudge':
      await clearHeadsUp();
      // After a worker restart: the break's window still open means nothing to do (no flashing
      // every time Chrome recycles the worker); gone (browser restarted) means show it again.
      // Other styles are not re-sent on a restart (the badge still says "!"): no notification storms.
      if (effect.restore) {
        const windowStyle = effect.attempt === 1 || settings.nudgeStyle === 'window';
        if (!windowStyle || (await breakWindowOpen(effect.breakId))) return;
      }
      await showNudge(effect, settings, () => takeNextExercise(settings, undefined, effect.kind));
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
