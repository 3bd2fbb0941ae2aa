import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../core/settings';
import type { ScheduleState } from '../../core/schedule-types';
import type { Exercise } from '../../core/exercise';
import { describeStatus } from '../../core/status';
import { NoExercise } from '../../components/NoExercise';
import { ShortcutHint } from '../../components/ShortcutHint';
import { PauseControls, StatusPanel } from '../../components/StatusPanel';
import { RecentBreak } from '../../components/RecentBreak';
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
      StretchCard: card.StretchCard, findExercise: data.findExercise,
      // The first card ever shown opens the safety note over it.
      safetyFirst: !(await safety.safetyNoteSeen()), markSafetyNoteSeen: safety.markSafetyNoteSeen,
    }));
type QuickCard = Awaited<ReturnType<typeof loadQuickCard>>;

const showOptions = () => void openOptionsPage();

/**
 * The toolbar popup: when the next break comes (and of which kind), a stretch right now, "I just
 * took a break", the last break as counted, pause and resume.
 */
export function PopupApp() {
  const [state, setState] = useState<ScheduleState | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [now, setNow] = useState(Date.now());
  /** The quick card's stretch: undefined while none is asked for, null when the rotation has none. */
  const [quick, setQuick] = useState<Exercise | null | undefined>(undefined);
  const [card, setCard] = useState<QuickCard | null>(null);
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const [timerDone, setTimerDone] = useState(false);
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
  /** A quick card: the rotation's next, or the one the user skipped (`exerciseId`). */
  const stretchNow = async (exerciseId: string | null = null) => {
    const [loaded, next] = await Promise.all([loadQuickCard(), exerciseId ?? requestNextExercise(progress)]);
    const exercise = next ? await loaded.findExercise(next) : undefined;
    setSlow(false);
    setCard(() => loaded);
    setTimerDone(false);
    setQuick(exercise ?? null);
  };
  const another = async () => {
    setBusy(true);
    setTimerDone(false);
    const next = await requestNextExercise(progress);
    setQuick((next && (await card?.findExercise(next))) || null);
    setSlow(false);
    setBusy(false);
  };
  // A strict break is not ended from here before its timer has run, either.
  const doneWaits = settings.firmness === 'strict' && !timerDone;
  const done = async (exerciseId: string) => {
    if (doneWaits) return;
    setBusy(true);
    // A stretch: it ends a short break that is due, too.
    await deliverAnswer(newAnswer(null, { type: 'done', exerciseId, kind: 'stretch' }), progress);
    window.close();
  };
  const tookBreak = () => void deliverAnswer(newAnswer(null, { type: 'took-break' }), progress).then(() => setSlow(false));

  if (quick !== undefined && card) {
    const { StretchCard, safetyFirst, markSafetyNoteSeen } = card;
    if (!quick) return <NoExercise onOpenOptions={showOptions} />;
    const safetySeen = () => {
      setCard({ ...card, safetyFirst: false });
      void markSafetyNoteSeen().catch(() => undefined);
    };
    return (
      <>
        <StretchCard exercise={quick} holdMultiplier={settings.holdMultiplier} safetyFirst={safetyFirst} onSafetySeen={safetySeen}
          onTimerFinished={() => setTimerDone(true)}>
          <button type="button" class="primary" disabled={busy} onClick={() => done(quick.id)} data-testid="done"
            aria-disabled={doneWaits ? 'true' : undefined} aria-describedby={doneWaits ? 'done-hint' : undefined}>{t('btnDone')}</button>
          <button type="button" disabled={busy} onClick={another} data-testid="another">{t('btnAnother')}</button>
          <button type="button" disabled={busy} onClick={() => setQuick(undefined)} data-testid="close-card">{t('btnClose')}</button>
          {doneWaits && <p id="done-hint" class="done-hint">{t('doneAfterTimer')}</p>}
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
      <StatusPanel status={status} now={now} kinds={settings.shortBreaks} />
      {state && <RecentBreak state={state} now={now} onStretchSkipped={() => void stretchNow(state.skipped?.exerciseId ?? null)} />}
      <button type="button" class="primary" ref={stretchButton} onClick={() => void stretchNow()} data-testid="stretch-now">{t('btnStretchNow')}</button>
      {status && status.mode !== 'paused' && status.mode !== 'off-hours' && (
        <button type="button" onClick={tookBreak} data-testid="took-break">{t('btnTookBreak')}</button>
      )}
      <PauseControls paused={status?.mode === 'paused'} presets={settings.pausePresets} onPause={pause} onResume={resume} />
      <button type="button" class="link" onClick={showOptions}>{t('openOptions')}</button>
      <ShortcutHint keys={shortcut} />
      <AnswerStatus slow={slow} />
    </div>
  );
}
