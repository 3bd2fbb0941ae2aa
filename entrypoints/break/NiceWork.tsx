import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/i18n';
import './NiceWork.css';

/** How long "nice work" stays before the window closes by itself. */
export const NICE_WORK_MS = 2500;

/**
 * What the break window shows after Done, until it closes: a module of its own, loaded after Done
 * (with the break log that counts today's stretches), not with the card.
 */
export function NiceWork({ count }: { count: number | null }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const id = setTimeout(() => window.close(), NICE_WORK_MS);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === 'Enter' || e.key === ' ') window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(id);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <section class="nice-work" ref={ref} tabIndex={-1} role="status" aria-live="polite" data-testid="nice-work">
      <h1>{t('niceWork')}</h1>
      {count !== null && count > 0 && <p data-testid="today-count">{count === 1 ? t('niceWorkFirst') : t('niceWorkCount', count)}</p>}
    </section>
  );
}
