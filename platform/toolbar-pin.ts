/** Whether Limber's toolbar button is pinned, where the browser says (action.getUserSettings). */
import { browser } from 'wxt/browser';

type UserSettings = { isOnToolbar?: boolean };
interface ActionWithUserSettings {
  getUserSettings?: () => Promise<UserSettings>;
  onUserSettingsChanged?: { addListener(cb: (s: UserSettings) => void): void; removeListener(cb: (s: UserSettings) => void): void };
}
const action = () => browser.action as unknown as ActionWithUserSettings | undefined;

/** true or false where the browser tells; null where it cannot (older browsers). */
export async function isPinnedToToolbar(): Promise<boolean | null> {
  const api = action();
  if (typeof api?.getUserSettings !== 'function') return null;
  try {
    const settings = await api.getUserSettings();
    return typeof settings.isOnToolbar === 'boolean' ? settings.isOnToolbar : null;
  } catch {
    return null;
  }
}

/** Calls back when the user pins or unpins the button, where the browser reports it; returns a stop function. */
export function onPinChanged(callback: (pinned: boolean) => void): () => void {
  const event = action()?.onUserSettingsChanged;
  if (!event) return () => undefined;
  const listener = (s: UserSettings) => {
    if (typeof s.isOnToolbar === 'boolean') callback(s.isOnToolbar);
  };
  event.addListener(listener);
  return () => event.removeListener(listener);
}
