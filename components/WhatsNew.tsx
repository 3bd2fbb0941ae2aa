import { t } from '../platform/i18n';

/** The popup's note after an update: what this version brings, shown once, dismissed with a click. */
export function WhatsNew({ version, onDismiss }: { version: string; onDismiss: () => void }) {
  return (
    <section class="whats-new" aria-labelledby="whats-new-title" data-testid="whats-new">
      <h2 id="whats-new-title">{t('whatsNewTitle', version)}</h2>
      <p>{t('whatsNewBody')}</p>
      <button type="button" onClick={onDismiss} data-testid="whats-new-dismiss">{t('whatsNewDismiss')}</button>
    </section>
  );
}
