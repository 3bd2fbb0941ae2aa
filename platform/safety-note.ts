/** Whether the general safety note has been shown (and dismissed) once, kept in storage.local. */
import { browser } from 'wxt/browser';
import { KEYS } from './storage-keys';

/** True once the note was dismissed; false when never shown or the storage can't be read. */
export async function safetyNoteSeen(): Promise<boolean> {
  try {
    return (await browser.storage.local.get(KEYS.safetyNoteSeen))[KEYS.safetyNoteSeen] === true;
  } catch {
    return false;
  }
}

export async function markSafetyNoteSeen(): Promise<void> {
  await browser.storage.local.set({ [KEYS.safetyNoteSeen]: true });
}
