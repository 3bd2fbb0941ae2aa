import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { dispatchMessage } from '../../platform/messages';
import { onSettingsChanged } from '../../platform/settings-store';
import { WAKE_ALARM, wakeIsArmed } from '../../platform/wake-alarm';
import { registerNudgeListeners } from '../../platform/nudge-listeners';
import { onInstalled } from '../../platform/first-run';
import { applyIdleThreshold, idleEvent, messageHandlers, onWindowRemoved } from './handlers';
import { dispatch, settingsChanged } from './scheduler';
import { applyPendingAnswers, snoozeFromNotification } from './answers';
import { onAnswerPosted } from '../../platform/answer-outbox';
import type { ScheduleEvent } from '../../core/schedule-types';

export default defineBackground(() => {
  // An answer the last worker did not finish (or a page left behind) is applied before any other
  // event: a break the user just snoozed must not be shown again by the alarm that woke this worker.
  const answered = applyPendingAnswers().catch(() => undefined);
  const afterAnswers = (event: ScheduleEvent) => answered.then(() => dispatch(event));

  // Every listener is registered synchronously, before any await, so the event that woke the
  // worker is never missed.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void afterAnswers({ type: 'alarm' });
  });
  browser.idle.onStateChanged.addListener((state) => void afterAnswers(idleEvent(state)));
  browser.runtime.onStartup.addListener(() => void afterAnswers({ type: 'startup' }));
  // Install or update: the schedule starts (its wake alarm armed) first; then the welcome page on a
  // first install, or a "what's new" note for the popup on an update. (A page loading while the
  // worker starts can outlast a busy Firefox's idle timeout and unload it before the alarm is set.)
  browser.runtime.onInstalled.addListener((details) => {
    void afterAnswers({ type: 'startup' }).catch(() => undefined).then(() => onInstalled(details));
  });
  browser.windows.onRemoved.addListener((windowId) => void onWindowRemoved(windowId));
  browser.runtime.onMessage.addListener((message: unknown) => dispatchMessage(messageHandlers, message));
  registerNudgeListeners(snoozeFromNotification);
  onAnswerPosted(() => void applyPendingAnswers());
  onSettingsChanged((settings) => {
    void settingsChanged(settings).then(applyIdleThreshold);
  });

  // A worker start with a live wake alarm needs nothing (the alarm or event that woke it is on its
  // way); without one, the schedule is checked and the alarm re-armed. Browser start and install
  // always check (onStartup, onInstalled above), which also re-shows a due break.
  void applyIdleThreshold();
  void wakeIsArmed().then((armed) => (armed ? undefined : afterAnswers({ type: 'startup' })));
});
