import { t } from '../../platform/i18n';

/**
 * How to pin the toolbar button, in the words of the browser Limber was built for; once the
 * browser says it is pinned, a line saying so. `pinned` null: the browser cannot tell.
 */
export function PinHint({ pinned, browser }: { pinned: boolean | null; browser: 'chrome' | 'firefox' }) {
  return (
    <section class="welcome-box pin-hint" aria-labelledby="pin-heading" data-testid="pin-hint" data-pinned={String(pinned)}>
      <h2 id="pin-heading">{t('welcomePinHeading')}</h2>
      <p aria-live="polite">{pinned ? t('welcomePinned') : t(browser === 'firefox' ? 'welcomePinFirefox' : 'welcomePinChrome')}</p>
    </section>
  );
}
