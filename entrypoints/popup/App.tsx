import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { ScheduleState } from '../../core/schedule-types';
import { describeStatus } from '../../core/status';
import { NoExercise } from '../../components/NoExercise';
import { ShortcutHint } from '../../components/ShortcutHint';
import { PauseControls, StatusPanel } from '../../components/StatusPanel';
import { pauseEnd, type PausePreset } from '../../core/pause';
import { MINUTE } from '../../core/schedule';
import { send } from '../../platform/messages';
import { loadSettings } from '../../platform/settings-store';
import { onScheduleChanged, readScheduleState } from '../../platform/status-source';
import { t } from '../../platform/i18n';
import { WhatsNew } from '../../components/WhatsNew';
import { takeWhatsNew } from '../../platform/first-run';
import './popup.css';

/** The quick card's code (card, hold timer, exercise texts) loads on "Stretch now", not with the popup. */
const loadQuickCard = () =>
  Promise.all([import('../../components/StretchCard'), import('../../platform/exercises')])
    .then(([card, data]) => ({ StretchCard: card.StretchCard, exerciseById: data.exerciseById }));
type QuickCard = Awaited<ReturnType<typeof loadQuickCard>>;

/** The toolbar popup: when the next break comes, a stretch right now, pause and resume. */
export function PopupApp() {
  const [state, setState] = useState<ScheduleState | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [now, setNow] = useState(Date.now());
  const [quick, setQuick] = useState<string | null | undefined>(undefined);
  const [card, setCard] = useState<QuickCard | null>(null);
  /** After an update: the new version, whose news this popup shows (once). */
  const [whatsNew, setWhatsNew] = useState<string | null>(null);
  const stretchButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void readScheduleState(Date.now()).then(setState);
    void loadSettings().then(setSettings);
    void takeWhatsNew().then(setWhatsNew, () => undefined);
    const stop = onScheduleChanged(setState);
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => { stop(); clearInterval(id); };
  }, []);

  const pause = (preset: PausePreset) => {
    const at = Date.now();
    const end = pauseEnd(preset, at, settings);
    void send('pause', { minutes: end === null ? null : (end - at) / MINUTE });
  };
  const stretchNow = async () => {
    const [loaded, { exerciseId }] = await Promise.all([loadQuickCard(), send('next-exercise', { after: null })]);
    setCard(() => loaded);
    setQuick(exerciseId);
  };
  const another = async () => setQuick((await send('next-exercise', { after: quick ?? null })).exerciseId);
  const done = async (exerciseId: string) => {
    await send('break-action', { action: 'done', breakId: null, exerciseId });
    window.close();
  };

  if (quick !== undefined && card) {
    const { StretchCard, exerciseById } = card;
    const exercise = quick ? exerciseById(quick) : undefined;
    if (!exercise) return <NoExercise />;
    return (
      <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier}>
        <button type="button" class="primary" onClick={() => done(exercise.id)} data-testid="done">{t('btnDone')}</button>
        <button type="button" onClick={another} data-testid="another">{t('btnAnother')}</button>
        <button type="button" onClick={() => setQuick(undefined)} data-testid="close-card">{t('btnClose')}</button>
      </StretchCard>
    );
  }

  const status = state ? describeStatus(state, now, settings) : null;
  return (
    <div class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      {whatsNew && <WhatsNew version={whatsNew} onDismiss={() => { setWhatsNew(null); stretchButton.current?.focus(); }} />}
      <StatusPanel status={status} now={now} />
      <button type="button" class="primary" ref={stretchButton} onClick={stretchNow} data-testid="stretch-now">{t('btnStretchNow')}</button>
      <PauseControls paused={status?.mode === 'paused'} presets={settings.pausePresets} onPause={pause} onResume={() => send('resume', {})} />
      <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>{t('openOptions')}</button>
      <ShortcutHint />
    </div>
  );
}
