import { useEffect, useRef } from 'preact/hooks';
import { SafetyNote } from './SafetyNote';
import { t } from '../platform/i18n';
import './SafetyDialog.css';

/** The safety note in a modal dialog: mounted to open, raises onClose when dismissed (button or Esc). */
export function SafetyDialog({ onClose }: { readonly onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="safety-dialog" aria-labelledby="safety-dialog-title" data-testid="safety-dialog" onClose={onClose}>
      <SafetyNote headingId="safety-dialog-title" />
      <button type="button" class="primary" data-testid="safety-ok" onClick={() => ref.current?.close()}>{t('safetyGotIt')}</button>
    </dialog>
  );
}
