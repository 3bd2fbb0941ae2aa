import { useEffect, useState } from 'preact/hooks';
import { exerciseById } from '../../data/exercises';
import { StretchCard } from '../../components/StretchCard';
import { NoExercise } from '../../components/NoExercise';
import { send, type BreakAction } from '../../platform/messages';
import { loadSettings } from '../../platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import { t } from '../../platform/i18n';
import './break.css';

export interface BreakParams {
  readonly breakId: number | null;
  readonly exerciseId: string | null;
  readonly canSnooze: boolean;
}

export function paramsFromLocation(search: string): BreakParams {
  const q = new URLSearchParams(search);
  const id = Number(q.get('break'));
  return { breakId: Number.isInteger(id) && id > 0 ? id : null, exerciseId: q.get('exercise'), canSnooze: q.get('snooze') !== '0' };
}

/** The break window: one card and the four ways out of it. */
export function BreakApp(params: BreakParams) {
  const [exerciseId, setExerciseId] = useState(params.exerciseId);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [busy, setBusy] = useState(false);
  useEffect(() => void loadSettings().then(setSettings), []);

  const exercise = exerciseId ? exerciseById(exerciseId) : undefined;

  const act = async (action: BreakAction) => {
    setBusy(true);
    await send('break-action', { action, breakId: params.breakId, exerciseId: exerciseId ?? '' });
    window.close();
  };
  const another = async () => {
    const { exerciseId: next } = await send('next-exercise', { after: exerciseId });
    if (next) setExerciseId(next);
  };

  if (!exercise) return <NoExercise />;
  return (
    <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier}>
      <button type="button" class="primary" disabled={busy} onClick={() => act('done')} data-testid="done">{t('btnDone')}</button>
      <button type="button" disabled={busy} onClick={another} data-testid="another">{t('btnAnother')}</button>
      {params.canSnooze && (
        <button type="button" disabled={busy} onClick={() => act('snooze')} data-testid="snooze">{t('btnSnooze', settings.snoozeMin)}</button>
      )}
      <button type="button" disabled={busy} onClick={() => act('skip')} data-testid="skip">{t('btnSkip')}</button>
    </StretchCard>
  );
}
