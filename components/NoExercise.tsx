import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';

/** Shown in place of a card when the user has switched every stretch off. */
export function NoExercise() {
  return (
    <div class="stretch-card" role="alert">
      <p>{t('noExercises')}</p>
      <button type="button" onClick={() => browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
    </div>
  );
}
