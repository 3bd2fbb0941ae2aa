import { useState } from 'preact/hooks';
import type { Settings } from '../../core/settings';
import type { OwnStretch, OwnStretchSave } from '../../core/own-stretch';
import { IMPORT_MAX_BYTES, settingsFileText, type ImportProblem, type ImportResult } from '../../core/settings-import';
import { t } from '../../platform/i18n';
import { problemText } from '../field-problem';
import { formatValue } from '../format';
import { ConfirmDialog } from './ConfirmDialog';
import { dateStamp, downloadText } from './download';

type Report =
  | { kind: 'imported'; ignored: readonly string[]; ownOnThisDevice: boolean }
  | { kind: 'refused'; problems: readonly ImportProblem[] }
  | { kind: 'reset' }
  | { kind: 'failed' };

/** Export to a file (the settings and the user's own stretches), import from one (all or nothing), and reset to defaults after a confirm. */
export function SettingsTransfer({ settings, ownStretches, onImport, onReset }: {
  settings: Settings;
  readonly ownStretches: readonly OwnStretch[];
  /**
   * The page checks the file's text and saves it only when all of it is right; rejects if the save
   * failed. `ownStretchSave`: how the file's own stretches were kept, when it had any.
   */
  onImport: (text: string) => Promise<ImportResult & { readonly ownStretchSave?: OwnStretchSave }>;
  /** The page puts every setting back to its default; rejects if the save failed. */
  onReset: () => Promise<void>;
}) {
  const [report, setReport] = useState<Report | null>(null);
  const [confirming, setConfirming] = useState(false);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      // Refuse a huge file before reading it at all.
      const text = file.size > IMPORT_MAX_BYTES ? 'x'.repeat(IMPORT_MAX_BYTES + 1) : await file.text();
      const result = await onImport(text);
      setReport(result.ok
        ? { kind: 'imported', ignored: result.ignored, ownOnThisDevice: result.ownStretchSave === 'sync-refused' }
        : { kind: 'refused', problems: result.problems });
    } catch {
      setReport({ kind: 'failed' });
    }
  };

  const reset = async () => {
    try {
      await onReset();
      setReport({ kind: 'reset' });
    } catch {
      setReport({ kind: 'failed' });
    }
  };

  return (
    <div class="transfer">
      <p class="field-help">{t('optTransferHelp')}</p>
      <div class="button-row">
        <button type="button" data-testid="export-settings"
          onClick={() => downloadText(`limber-settings-${dateStamp()}.json`, settingsFileText(settings, ownStretches), 'application/json')}>
          {t('optExport')}
        </button>
        <label class="button-like">
          {t('optImport')}
          <input type="file" accept="application/json,.json" class="visually-hidden" data-testid="import-settings"
            onChange={(e) => void onFile(e.target as HTMLInputElement)} />
        </label>
        <button type="button" class="danger" data-testid="reset-settings" onClick={() => setConfirming(true)}>{t('optReset')}</button>
      </div>
      <div role="status" data-testid="transfer-report">
        {report?.kind === 'imported' && (
          <p class="ok-note">
            {t('optImported')}
            {report.ignored.length > 0 && ` ${t('optImportIgnored', report.ignored.slice(0, 10).join(', '))}`}
            {report.ownOnThisDevice && ` ${t('ownImportOnThisDevice')}`}
          </p>
        )}
        {report?.kind === 'reset' && <p class="ok-note">{t('optResetDone')}</p>}
        {report?.kind === 'failed' && <p class="field-error">{t('optSaveFailed')}</p>}
      </div>
      {report?.kind === 'refused' && (
        <div class="import-problems" role="alert" data-testid="import-problems">
          <p class="field-error">{t('optImportRefused')}</p>
          <table>
            <thead><tr><th scope="col">{t('colField')}</th><th scope="col">{t('colValue')}</th><th scope="col">{t('colWhy')}</th></tr></thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}><td><code>{p.field || t('optWholeFile')}</code></td><td><code>{formatValue(p.value)}</code></td><td>{problemText(p.why)}</td></tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming && (
        <ConfirmDialog id="confirm-reset" title={t('optResetTitle')} body={t('optResetBody')} confirmLabel={t('optReset')}
          onConfirm={() => void reset()} onClose={() => setConfirming(false)} />
      )}
    </div>
  );
}
