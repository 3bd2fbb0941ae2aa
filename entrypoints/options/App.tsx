import { useEffect, useState } from 'preact/hooks';
import { validateField, type Settings } from '../../core/settings';
import { NumberField } from '../../components/NumberField';
import { ExerciseChecklist } from '../../components/ExerciseChecklist';
import { loadSettings, saveSettings } from '../../platform/settings-store';
import { t } from '../../platform/i18n';
import './options.css';

type NumberKey = 'intervalMin' | 'idleThresholdMin' | 'breakLengthMin';

/** Settings apply as they are typed: every valid change is saved and the schedule follows at once. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);
  if (!settings) return null;

  const update = async (patch: Partial<Settings>) => {
    const next = { ...settings, ...patch };
    setSettings(next);
    await saveSettings(next);
    setSaved(true);
  };

  const numberField = (key: NumberKey, label: string, help: string) => (
    <NumberField id={key} label={label} help={help} value={settings[key]}
      validate={(raw) => validateField(key, raw)} onValid={(value) => update({ [key]: value })} />
  );

  return (
    <div class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class="saved" role="status" data-testid="saved">{saved ? t('optSaved') : ''}</p>
      </header>
      <section aria-labelledby="breaks-heading">
        <h2 id="breaks-heading">{t('optBreaks')}</h2>
        {numberField('intervalMin', t('optInterval'), t('optIntervalHelp'))}
        {numberField('idleThresholdMin', t('optIdle'), t('optIdleHelp'))}
        {numberField('breakLengthMin', t('optBreakLength'), t('optBreakLengthHelp'))}
      </section>
      <ExerciseChecklist settings={settings} onChange={(enabledExercises) => update({ enabledExercises })} />
    </div>
  );
}
