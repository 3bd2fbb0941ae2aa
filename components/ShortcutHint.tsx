import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';

import { START_STRETCH_COMMAND } from '../platform/commands';

/** "Shortcut for a stretch now: Alt+Shift+L", read from the browser (the user may have changed it). */
export function ShortcutHint() {
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    const commands = (browser as unknown as { commands?: typeof browser.commands }).commands;
    if (!commands?.getAll) return setKeys(null);
    void commands.getAll().then(
      (all) => setKeys(all.find((c) => c.name === START_STRETCH_COMMAND)?.shortcut || null),
      () => setKeys(null),
    );
  }, []);
  if (keys === undefined) return null;
  return (
    <p class="shortcut-hint" data-testid="shortcut-hint">
      {keys ? t('popupShortcut', keys) : t('popupShortcutUnset')}
    </p>
  );
}
