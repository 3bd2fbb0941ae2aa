import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../platform/i18n';

/** An in-page confirmation (a modal <dialog>), so a destructive action never happens by one click. */
export function ConfirmDialog({ id, title, body, confirmLabel, onConfirm, onClose }: {
  id: string;
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid={id}
      onClose={onClose}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div class="dialog-actions">
        <button type="button" autoFocus onClick={() => ref.current?.close()}>{t('btnCancel')}</button>
        <button type="button" class="danger" data-testid={`${id}-confirm`}
          onClick={() => {
            onConfirm();
            ref.current?.close();
          }}>{confirmLabel}</button>
      </div>
    </dialog>
  );
}
