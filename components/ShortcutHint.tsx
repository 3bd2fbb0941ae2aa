import { t } from '../platform/i18n';
import './ShortcutHint.css';

/**
 * "Shortcut for a stretch now: Alt+Shift+L". `keys`: what the browser reports (the user may have
 * changed them); null when none are set; undefined while not known yet (nothing is shown).
 */
export function ShortcutHint({ keys }: { keys: string | null | undefined }) {
  if (keys === undefined) return null;
  return (
    <p class="shortcut-hint" data-testid="shortcut-hint">
      {keys ? t('popupShortcut', keys) : t('popupShortcutUnset')}
    </p>
  );
}
