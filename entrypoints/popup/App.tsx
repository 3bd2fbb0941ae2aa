import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { ScheduleState } from '../../core/schedule-types';
import { describeStatus } from '../../core/status';
import { NoExercise } from '../../components/NoExercise';
import { ShortcutHint } from '../../components/ShortcutHint';
import { PauseControls, StatusPanel } from '../../components/StatusPanel';
import { pauseEnd, type PausePreset } from '../../core/pause';
import { readStretchShortcut } from '../../platform/commands';
import { deliverAnswer, requestNextExercise } from '../../platform/answer-delivery';
import { newAnswer } from '../../platform/answer-outbox';
import { AnswerStatus } from '../../components/AnswerStatus';
import { openOptionsPage } from '../../platform/options-page';
import { loadSettings } from '../../platform/settings-store';
import { onScheduleChanged, readScheduleState } from '../../platform/status-source';
import { t } from '../../platform/i18n';
import { WhatsNew } from '../../components/WhatsNew';
import { takeWhatsNew } from '../../platform/first-run';
import './popup.css';

/** The quick card's code (card, hold timer, exercise texts) loads on "Stretch now", not with the popup. */
const loadQuickCard = () =>
  Promise.all([import('../../components/StretchCard'), import('../../platform/exercises'), import('../../platform/safety-note')])
    .then(async ([card, data, safety]) => ({
      StretchCard: card.StretchCard, exerciseById: data.exerciseById,
      // The first card ever shown opens the safety note over it.
      safetyFirst: !(await safety.safetyNoteSeen()), markSafetyNoteSeen: safety.markSafetyNoteSeen,
    }));
type QuickCard = Awaited<ReturnType<typeof loadQuickCard>>;

const showOptions = () => void openOptionsPage();

/** The toolbar popup: when the next break comes, a stretch right now, pause and resume. */
export function PopupApp() {
  const [state, setState] = useState<ScheduleState | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [now, setNow] = useState(Date.now());
  const [quick, setQuick] = useState<string | null | undefined>(undefined);
  const [card, setCard] = useState<QuickCard | null>(null);
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const progress = { onSlow: () => setSlow(true) };
  /** After an update: the new version, whose news this popup shows (once). */
  const [whatsNew, setWhatsNew] = useState<string | null>(null);
  const stretchButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void readScheduleState(Date.now()).then(setState);
    void loadSettings().then(setSettings);
    void readStretchShortcut().then(setShortcut);
    void takeWhatsNew().then(setWhatsNew, () => undefined);
    const stop = onScheduleChanged(setState);
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => { stop(); clearInterval(id); };
  }, []);

  // Each answer and request is kept trying until the background confirms it (it may be restarting).
  const pause = (preset: PausePreset) => {
    const answer = newAnswer(null, { type: 'pause', until: pauseEnd(preset, Date.now(), settings) });
    void deliverAnswer(answer, progress).then(() => setSlow(false));
  };
  const resume = () => void deliverAnswer(newAnswer(null, { type: 'resume' }), progress).then(() => setSlow(false));
  const stretchNow = async () => {
    const [loaded, exerciseId] = await Promise.all([loadQuickCard(), requestNextExercise(progress)]);
    setSlow(false);
    setCard(() => loaded);
    setQuick(exerciseId);
  };
  const another = async () => {
    setBusy(true);
    setQuick(await requestNextExercise(progress));
    setSlow(false);
    setBusy(false);
  };
  const done = async (exerciseId: string) => {
    setBusy(true);
    await deliverAnswer(newAnswer(null, { type: 'done', exerciseId }), progress);
    window.close();
  };

  if (quick !== undefined && card) {
    const { StretchCard, exerciseById, safetyFirst, markSafetyNoteSeen } = card;
    const exercise = quick ? exerciseById(quick) : undefined;
    if (!exercise) return <NoExercise onOpenOptions={showOptions} />;
    const safetySeen = () => {
      setCard({ ...card, safetyFirst: false });
      void markSafetyNoteSeen().catch(() => undefined);
    };
    return (
      <>
        <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier} safetyFirst={safetyFirst} onSafetySeen={safetySeen}>
          <button type="button" class="primary" disabled={busy} onClick={() => done(exercise.id)} data-testid="done">{t('btnDone')}</button>
          <button type="button" disabled={busy} onClick={another} data-testid="another">{t('btnAnother')}</button>
          <button type="button" disabled={busy} onClick={() => setQuick(undefined)} data-testid="close-card">{t('btnClose')}</button>
        </StretchCard>
        <AnswerStatus slow={slow} />
      </>
    );
  }

  const status = state ? describeStatus(state, now, settings) : null;
  return (
    <div class="popup">
      <h1 class="visually-hidden">{t('extName')}</h1>
      {whatsNew && <WhatsNew version={whatsNew} onDismiss={() => { setWhatsNew(null); stretchButton.current?.focus(); }} />}
      <StatusPanel status={status} now={now} />
      <button type="button" class="primary" ref={stretchButton} onClick={stretchNow} data-testid="stretch-now">{t('btnStretchNow')}</button>
      <PauseControls paused={status?.mode === 'paused'} presets={settings.pausePresets} onPause={pause} onResume={resume} />
      <button type="button" class="link" onClick={showOptions}>{t('openOptions')}</button>
      <ShortcutHint keys={shortcut} />
      <AnswerStatus slow={slow} />
    </div>
  );
}
