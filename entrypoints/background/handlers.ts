/** Answers the pages' messages. Every change to the schedule goes through `dispatch`. */
import type { Handlers } from '../../platform/messages';
import { takeNextExercise } from '../../platform/rotation-store';
import { breakOfClosedWindow } from '../../platform/break-window';
import { setIdleThreshold } from '../../platform/idle';
import { parseAnswer } from '../../core/answer';
import { applyAnswer, applyPendingAnswers } from './answers';
import { currentSettings, dispatch, serially } from './scheduler';

export const messageHandlers: Handlers = {
  async answer(msg) {
    const answer = parseAnswer(msg.answer);
    if (answer) await applyAnswer(answer);
    return { handled: answer !== null };
  },
  async 'next-exercise'({ requestId, kind }) {
    const settings = await currentSettings();
    return { exerciseId: await serially(() => takeNextExercise(settings, requestId, kind === 'short' ? 'short' : 'stretch')) };
  },
};

export async function onWindowRemoved(windowId: number): Promise<void> {
  // An answer still on its way from that window is what the user said, not the close.
  await applyPendingAnswers();
  const breakId = await serially(() => breakOfClosedWindow(windowId));
  if (breakId !== null) await dispatch({ type: 'dismissed', breakId });
}

export function idleEvent(state: string) {
  return state === 'locked' ? ({ type: 'locked' } as const) : state === 'idle' ? ({ type: 'idle' } as const) : ({ type: 'active' } as const);
}

export async function applyIdleThreshold(): Promise<void> {
  setIdleThreshold((await currentSettings()).idleThresholdMin);
}
