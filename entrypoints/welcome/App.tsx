import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NUDGE_STYLES, type NudgeStyle, type Settings } from '../../core/settings';
import { INTERVAL_CHOICES, enabledExercisesFor, hoursChoiceOf, stretchSetOf, HOURS_PRESETS, type HoursChoice, type StretchSet } from '../../core/welcome-choices';
import type { Exercise } from '../../core/exercise';
import { ChoiceGroup, type Choice } from '../../components/welcome/ChoiceGroup';
import { NudgePreview } from '../../components/welcome/NudgePreview';
import { PinHint } from '../../components/welcome/PinHint';
import { TryStretchDialog } from '../../components/welcome/TryStretchDialog';
import { NoExercise } from '../../components/NoExercise';
import { SafetyNote } from '../../components/SafetyNote';
import { styleHelp, styleLabel } from '../../components/options/labels';
import { findExercise, listExercises } from '../../platform/exercises';
import { DEFAULT_ENABLED_IDS } from '../../data/exercises';
import { loadSettings, onSettingsChanged } from '../../platform/settings-store';
import { createSettingsWriter } from '../../platform/settings-writer';
import { requestNotificationPermission } from '../../platform/notification-permission';
import { isPinnedToToolbar, onPinChanged } from '../../platform/toolbar-pin';
import { openOptionsPage } from '../../platform/options-page';
import { deliverAnswer, requestNextExercise } from '../../platform/answer-delivery';
import { newAnswer } from '../../platform/answer-outbox';
import { t } from '../../platform/i18n';
import './welcome.css';

type Status = 'idle' | 'saving' | 'saved' | 'error';
/** The stretch being tried: undefined when none, null when the rotation has nothing enabled. */
type Trying = Exercise | null | undefined;

const BUILT_FOR: 'chrome' | 'firefox' = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

/**
 * The page a first install opens: what Limber does, a few choices already set to the defaults
 * (each saved as it is made, through the one settings schema), a stretch to try, and how to
 * keep the toolbar button in sight. Closing the page keeps whatever is set.
 */
export function WelcomeApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  const writer = useRef(createSettingsWriter());
  const [status, setStatus] = useState<Status>('idle');
  /** The style shown while the notifications permission is being asked for. */
  const [askingStyle, setAskingStyle] = useState<NudgeStyle | null>(null);
  const [styleMessage, setStyleMessage] = useState<string | null>(null);
  const [trying, setTrying] = useState<Trying>(undefined);
  const [triedOne, setTriedOne] = useState(false);
  const [pinned, setPinned] = useState<boolean | null>(null);
  const allIds = useMemo(() => listExercises().map((e) => e.id), []);

  useEffect(() => {
    void loadSettings().then((s) => {
      current.current = s;
      setSettings(s);
    });
    onSettingsChanged((s) => {
      if (writer.current.pending()) return;
      current.current = s;
      setSettings(s);
    });
    void isPinnedToToolbar().then(setPinned);
    const stopPin = onPinChanged(setPinned);
    const flush = () => void writer.current.flush();
    addEventListener('pagehide', flush);
    return () => {
      stopPin();
      removeEventListener('pagehide', flush);
    };
  }, []);
  if (!settings) return null;

  const update = (patch: Partial<Settings>) => {
    const next = { ...(current.current ?? settings), ...patch };
    current.current = next;
    setSettings(next);
    setStatus('saving');
    writer.current.save(patch).then(
      () => setStatus('saved'),
      () => setStatus('error'),
    );
  };

  const chooseStyle = (style: NudgeStyle) => {
    setStyleMessage(null);
    if (style !== 'notification') return update({ nudgeStyle: style });
    // Asked inside the user's click or key press: nothing awaited before it.
    const asking = requestNotificationPermission();
    setAskingStyle('notification');
    void asking.then((granted) => {
      setAskingStyle(null);
      if (granted) return update({ nudgeStyle: 'notification' });
      setStyleMessage(t('optNotificationRefused'));
      update({ nudgeStyle: 'window' });
    });
  };

  const nextStretch = async () => {
    // The rotation lives in the background and reads the saved settings: save the choices first.
    await writer.current.flush();
    const exerciseId = await requestNextExercise();
    setTrying(exerciseId ? (await findExercise(exerciseId)) ?? null : null);
  };
  const doneTrying = async (exerciseId: string) => {
    await deliverAnswer(newAnswer(null, { type: 'done', exerciseId }));
    setTriedOne(true);
  };

  const intervals = INTERVAL_CHOICES.includes(settings.intervalMin) ? INTERVAL_CHOICES : [...INTERVAL_CHOICES, settings.intervalMin].sort((a, b) => a - b);
  const intervalChoices: Choice<string>[] = intervals.map((n) => ({
    value: String(n),
    label: t('minutesShort', n),
  }));
  const stretchChoices: Choice<StretchSet | 'custom'>[] = [
    { value: 'desk', label: t('welcomeDesk'), detail: t('welcomeDeskHelp') },
    { value: 'floor', label: t('welcomeFloor'), detail: t('welcomeFloorHelp', allIds.length - DEFAULT_ENABLED_IDS.length) },
  ];
  const stretchSet = stretchSetOf(settings.enabledExercises, DEFAULT_ENABLED_IDS, allIds);
  if (stretchSet === 'custom') stretchChoices.push({ value: 'custom', label: t('welcomeCustom') });
  const hoursChoices: Choice<HoursChoice | 'custom'>[] = [
    { value: 'any', label: t('optPresetAnyTime') },
    { value: 'weekdays', label: t('optPresetWeekdays') },
  ];
  const hours = hoursChoiceOf(settings);
  const shortChoices: Choice<'off' | 'every'>[] = [
    { value: 'off', label: t('welcomeShortOff') },
    { value: 'every', label: t('welcomeShortOn', settings.shortIntervalMin) },
  ];
  if (hours === 'custom') hoursChoices.push({ value: 'custom', label: t('welcomeCustom') });
  const style = askingStyle ?? settings.nudgeStyle;
  const styleChoices: Choice<NudgeStyle>[] = NUDGE_STYLES.map((s) => ({ value: s, label: styleLabel(s), picture: <NudgePreview style={s} /> }));

  const statusText = status === 'saving' ? t('optSaving') : status === 'saved' ? t('optSaved') : status === 'error' ? t('optSaveFailed') : '';

  return (
    <div class="welcome">
      <header class="welcome-head">
        <img src="/icon/128.png" alt="" width={56} height={56} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="welcome-intro">{t('welcomeIntro')}</p>
        </div>
      </header>

      <div class="welcome-grid">
        <section class="welcome-choices" aria-labelledby="choices-heading">
          <div class="choices-head">
            <h2 id="choices-heading">{t('welcomeChoicesHeading')}</h2>
            <p class={status === 'error' ? 'saved error' : 'saved'} role="status" data-testid="saved" data-status={status}>{statusText}</p>
            <button type="button" onClick={() => void openOptionsPage()} data-testid="open-options">{t('welcomeAllOptions')}</button>
          </div>
          <p class="field-help">{t('welcomeChoicesHelp')}</p>
          <div class="choice-columns">
            <div class="choice-column">
              <ChoiceGroup name="interval" legend={t('welcomeInterval')} help={t('optIntervalHelp')} choices={intervalChoices}
                value={String(settings.intervalMin)} onChange={(v) => update({ intervalMin: Number(v) })} />
              <ChoiceGroup name="stretches" legend={t('welcomeStretches')} choices={stretchChoices} value={stretchSet}
                onChange={(v) => v !== 'custom' && update({ enabledExercises: enabledExercisesFor(v, allIds) })} />
              <ChoiceGroup name="hours" legend={t('optHours')} help={t('welcomeHoursHelp')} choices={hoursChoices} value={hours}
                onChange={(v) => v !== 'custom' && update(HOURS_PRESETS[v])} />
            </div>
            <div class="choice-column">
              <ChoiceGroup name="nudge" layout="cards" legend={t('optNudgeStyle')} help={styleHelp(style)} choices={styleChoices}
                value={style} onChange={chooseStyle} />
              {styleMessage && <p class="field-error" role="alert" data-testid="style-message">{styleMessage}</p>}
              <ChoiceGroup name="short" legend={t('welcomeShortBreaks')} choices={shortChoices}
                value={settings.shortBreaks ? 'every' : 'off'} onChange={(v) => update({ shortBreaks: v === 'every' })} />
            </div>
          </div>
        </section>

        <div class="welcome-side">
          {/* Read before the first stretch: the button under the note shows one. */}
          <section class="welcome-box welcome-try" aria-labelledby="safety-note-title">
            <SafetyNote />
            <button type="button" class="primary" onClick={() => void nextStretch()} data-testid="try-stretch">{t('btnTryStretch')}</button>
            {trying === null && <NoExercise onOpenOptions={() => void openOptionsPage()} />}
            {triedOne && <p class="ok-note" role="status" data-testid="tried">{t('welcomeTried')}</p>}
          </section>
          <PinHint pinned={pinned} browser={BUILT_FOR} />
          <section class="welcome-box" aria-labelledby="rhythm-heading">
            <h2 id="rhythm-heading">{t('welcomeRhythmHeading')}</h2>
            <p data-testid="rhythm">{t('welcomeRhythm', settings.intervalMin, settings.breakLengthMin)}</p>
          </section>
        </div>
      </div>

      {trying && (
        <TryStretchDialog exercise={trying} holdMultiplier={settings.holdMultiplier} onClose={() => setTrying(undefined)}
          onDone={() => void doneTrying(trying.id)} onAnother={() => void nextStretch()} />
      )}
    </div>
  );
}
