/**
 * Tells a break's card when its break is no longer due: answered somewhere else (the notification,
 * another window), paused, or ended by time away, even when the worker stopped before it could
 * close the window. Reads the saved schedule's raw `due` only, so the card's page stays small.
 */
import { browser } from 'wxt/browser';
import { KEYS } from './storage-keys';

type Changes = Record<string, { newValue?: unknown }>;

export function onBreakOver(breakId: number, callback: () => void): () => void {
  const listener = (changes: Changes, area: string) => {
    if (area !== 'local' || !(KEYS.schedule in changes)) return;
    const due = (changes[KEYS.schedule]!.newValue as { due?: { breakId?: unknown } | null } | undefined)?.due;
    if (due?.breakId !== breakId) callback();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
