import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage } from '../../platform/messages';
import { onSettingsChanged } from '../../platform/settings-store';
import { WAKE_ALARM } from '../../platform/wake-alarm';
import { registerNudgeListeners } from '../../platform/nudge';
import { applyIdleThreshold, idleEvent, messageHandlers, onWindowRemoved } from './handlers';
import { dispatch, settingsChanged } from './scheduler';

export default defineBackground(() => {
  // Every listener is registered synchronously, before any await, so the event that woke the
  // worker is never missed.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void dispatch({ type: 'alarm' });
  });
  browser.idle.onStateChanged.addListener((state) => void dispatch(idleEvent(state)));
  browser.runtime.onStartup.addListener(() => void dispatch({ type: 'startup' }));
  browser.runtime.onInstalled.addListener(() => void dispatch({ type: 'startup' }));
  browser.windows.onRemoved.addListener((windowId) => void onWindowRemoved(windowId));
  browser.runtime.onMessage.addListener((message: unknown) => dispatchMessage(messageHandlers, message));
  registerNudgeListeners((breakId) => messageHandlers['break-action']({ type: 'break-action', action: 'snooze', breakId, exerciseId: '' }));
  onSettingsChanged((settings) => {
    void settingsChanged(settings).then(applyIdleThreshold);
  });

  // Each worker start checks the schedule: a missing alarm is re-armed, a due break re-shown.
  void applyIdleThreshold();
  void dispatch({ type: 'startup' });
});
