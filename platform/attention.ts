/**
 * Is the user presenting or on a call? A fullscreen window (a slideshow, a video) or a tab playing
 * sound (a call, a talk). Neither query needs the `tabs` permission.
 */
import { browser } from 'wxt/browser';

export interface AttentionReading {
  readonly fullscreen: boolean;
  readonly audible: boolean;
}

/** The current reading, or null when the browser would not say (the schedule keeps its last one). */
export async function readAttention(): Promise<AttentionReading | null> {
  try {
    const [windows, audibleTabs] = await Promise.all([
      browser.windows.getAll(),
      browser.tabs.query({ audible: true }),
    ]);
    return { fullscreen: windows.some((w) => w.state === 'fullscreen'), audible: audibleTabs.length > 0 };
  } catch {
    return null;
  }
}
