/** How long without input before the browser reports the user idle. */
import { browser } from 'wxt/browser';
import { MINUTE, SECOND } from '../core/time';

/** The browser's floor for the detection interval. */
const MIN_DETECTION_S = 15;

/** Sets the idle threshold to the user's setting (in minutes). */
export function setIdleThreshold(minutes: number): void {
  browser.idle.setDetectionInterval(Math.max(MIN_DETECTION_S, (minutes * MINUTE) / SECOND));
}
