import { useEffect, useRef } from 'preact/hooks';
import type { Exercise } from '../../core/exercise';
import { StretchCard } from '../StretchCard';
import { t } from '../../platform/i18n';

/** A real stretch card in a modal dialog: Done (then closes), Another stretch, Close (also Esc). */
export function TryStretchDialog({ exercise, holdMultiplier, onDone, onAnother, onClose }: {
  exercise: Exercise;
  holdMultiplier: number;
  onDone: () => void;
  onAnother: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  // Closing the dialog (rather than removing it) gives the focus back to the button that opened it.
  const close = () => ref.current?.close();
  const done = () => {
    onDone();
    close();
  };
  return (
    <dialog ref={ref} class="try-dialog" aria-label={t('welcomeTryDialog')} data-testid="try-dialog" onClose={onClose}>
      <StretchCard key={exercise.id} exercise={exercise} holdMultiplier={holdMultiplier}
        shortcuts={{ done, another: onAnother, close }}>
        <button type="button" class="primary" onClick={done} data-testid="done">{t('btnDone')}</button>
        <button type="button" onClick={onAnother} data-testid="another">{t('btnAnother')}</button>
        <button type="button" onClick={close} data-testid="close-card">{t('btnClose')}</button>
      </StretchCard>
    </dialog>
  );
}
