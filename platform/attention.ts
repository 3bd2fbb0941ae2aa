/**
 * Is the user presenting or on a call? A fullscreen window (a slideshow, a video), a tab playing
 * sound (a call, a talk), and, with the meeting hold on and its permission granted, a web meeting
 * tab in a call. None of these queries needs the `tabs` permission.
 */
import { browser } from 'wxt/browser';
import { meetingInCall } from './meeting-tabs';

export interface AttentionReading {
  readonly fullscreen: boolean;
  readonly audible: boolean;
  /** A web meeting tab in a call; false when not looked for or not visible (no permission). */
  readonly meeting: boolean;
}

/**
 * The current reading, or null when the browser would not say (the schedule keeps its last one).
 * `lookForMeetings`: the user turned the meeting hold on.
 */
export async function readAttention(lookForMeetings = false): Promise<AttentionReading | null> {
  try {
    const [windows, audibleTabs] = await Promise.all([
      browser.windows.getAll(),
      browser.tabs.query({ audible: true }),
    ]);
    const focused = windows.find((w) => w.focused)?.id;
    const meeting = lookForMeetings ? ((await meetingInCall(focused)) ?? false) : false;
    return { fullscreen: windows.some((w) => w.state === 'fullscreen'), audible: audibleTabs.length > 0, meeting };
  } catch {
    return null;
  }
}
