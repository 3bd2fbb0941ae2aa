/** The keyboard shortcut (manifest `commands` in wxt.config.ts) and the keys the user gave it. */
import { commandsApi } from './browser-apis';

export const START_STRETCH_COMMAND = 'start-stretch';

/** The keys that start a stretch now ("Alt+Shift+L"; the user may have changed them), or null if none are set. */
export async function readStretchShortcut(): Promise<string | null> {
  const commands = commandsApi();
  if (!commands?.getAll) return null;
  try {
    return (await commands.getAll()).find((c) => c.name === START_STRETCH_COMMAND)?.shortcut || null;
  } catch {
    return null;
  }
}
