/** Answers the pages' messages. Every change to the schedule goes through `dispatch`. */
import type { Handlers } from '../../platform/messages';
import { takeNextExercise } from '../../platform/rotation-store';
import { breakOfClosedWindow } from '../../platform/break-window';
import { setIdleThreshold } from '../../platform/idle';
import { MINUTE } from '../../core/time';
import { currentSettings, dispatch, serially } from './scheduler';

export const messageHandlers: Handlers = {
  async 'break-action'({ action, exerciseId }) {
    if (action === 'snooze') await dispatch({ type: 'snooze' });
    else await dispatch(exerciseId ? { type: action, exerciseId } : { type: action });
    return { ok: true };
  },
  async 'next-exercise'() {
    const settings = await currentSettings();
    return { exerciseId: await serially(() => takeNextExercise(settings)) };
  },
  async pause({ minutes }) {
    await dispatch({ type: 'pause', until: minutes === null ? null : Date.now() + minutes * MINUTE });
    return { ok: true };
  },
  async resume() {
    await dispatch({ type: 'resume' });
    return { ok: true };
  },
};

export async function onWindowRemoved(windowId: number): Promise<void> {
  const breakId = await serially(() => breakOfClosedWindow(windowId));
  if (breakId !== null) await dispatch({ type: 'dismissed', breakId });
}

export function idleEvent(state: string) {
  return state === 'locked' ? ({ type: 'locked' } as const) : state === 'idle' ? ({ type: 'idle' } as const) : ({ type: 'active' } as const);
}

export async function applyIdleThreshold(): Promise<void> {
  setIdleThreshold((await currentSettings()).idleThresholdMin);
}
