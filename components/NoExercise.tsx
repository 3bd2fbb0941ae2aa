import { t } from '../platform/i18n';

/** Shown in place of a card when the user has switched every stretch off. */
export function NoExercise({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <div class="stretch-card" role="alert">
      <p>{t('noExercises')}</p>
      <button type="button" onClick={onOpenOptions}>{t('openOptions')}</button>
    </div>
  );
}
