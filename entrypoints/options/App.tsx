import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, FIRMNESS_LEVELS, NUDGE_STYLES, PROBLEM_AREAS, validateField, type NudgeStyle, type Settings } from '../../core/settings';
import { NumberField } from '../../components/NumberField';
import { ExercisePicker } from '../../components/options/ExercisePicker';
import { ToggleField } from '../../components/options/ToggleField';
import { ChipChecklist } from '../../components/options/ChipChecklist';
import { SelectField } from '../../components/options/SelectField';
import { WorkingHours } from '../../components/options/WorkingHours';
import { SettingsTransfer } from '../../components/options/SettingsTransfer';
import { BreaksTab } from './BreaksTab';
import { firmnessHelp, firmnessLabel, styleHelp, styleLabel, targetLabel } from '../../components/options/labels';
import { dropMeetingAccess, hasMeetingAccess, requestMeetingAccess } from '../../platform/meeting-tabs';
import { PRESET_LABELS } from '../../components/pause-labels';
import { PAUSE_PRESETS } from '../../core/pause';
import { loadSettings, onSettingsChanged, saveSettings, settingsAreaName } from '../../platform/settings-store';
import { importSettingsText } from '../../platform/settings-file';
import { deleteOwnStretches, loadOwnStretches, onOwnStretchesChanged, saveOwnStretch, type OwnStretches } from '../../platform/own-stretch-store';
import type { OwnStretch } from '../../core/own-stretch';
import { createSettingsWriter } from '../../platform/settings-writer';
import { requestNotificationPermission } from '../../platform/notifications';
import { t, type MessageKey } from '../../platform/i18n';
import './options.css';

type NumberKey = 'intervalMin' | 'idleThresholdMin' | 'breakLengthMin' | 'snoozeMin' | 'snoozeLimit' | 'dailyGoal' | 'shortIntervalMin' | 'meetingGraceMin';
type Status = 'idle' | 'saving' | 'saved' | 'error';
type Tab = 'settings' | 'breaks';

/** Typing waits this long after the last key before it is saved. */
const TYPING_DEBOUNCE_MS = 700;
const HOLD_STEPS = [0.5, 0.75, 1, 1.5, 2];

const tabFromHash = (): Tab => (location.hash === '#breaks' ? 'breaks' : 'settings');

/**
 * Settings apply as they are changed: every valid change is saved (coalesced to respect
 * storage.sync's write quotas) and the background re-applies the schedule at once.
 */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const current = useRef<Settings | null>(null);
  const writer = useRef(createSettingsWriter());
  const [status, setStatus] = useState<Status>('idle');
  const [generation, setGeneration] = useState(0);
  const [area, setArea] = useState<'sync' | 'local'>('sync');
  const [styleMessage, setStyleMessage] = useState<string | null>(null);
  /** The style shown while the notifications permission is being asked for. */
  const [askingStyle, setAskingStyle] = useState<NudgeStyle | null>(null);
  const [tab, setTab] = useState<Tab>(tabFromHash);
  /** Whether Limber may see meeting tabs (the optional host permission); null until known. */
  const [meetingAccess, setMeetingAccess] = useState<boolean | null>(null);
  const [askingMeetings, setAskingMeetings] = useState(false);
  const [meetingMessage, setMeetingMessage] = useState<string | null>(null);
  /** The user's own stretches as stored (each its own storage item, not a setting). */
  const [own, setOwn] = useState<OwnStretches>({ stretches: [], localOnly: [] });
  const [ownNote, setOwnNote] = useState<string | null>(null);

  useEffect(() => {
    void loadSettings().then((s) => {
      current.current = s;
      setSettings(s);
    });
    void settingsAreaName().then(setArea);
    void hasMeetingAccess().then(setMeetingAccess);
    const reloadOwn = () => void loadOwnStretches().then(setOwn, () => undefined);
    reloadOwn();
    // Stretches changed elsewhere (another options tab, another device through sync) show up here.
    const stopOwn = onOwnStretchesChanged(reloadOwn);
    // Changes from elsewhere (another device, another options tab) show up here, unless we are
    // in the middle of saving our own.
    onSettingsChanged((s) => {
      if (writer.current.pending()) return;
      if (JSON.stringify(s) === JSON.stringify(current.current)) return;
      current.current = s;
      setSettings(s);
      setGeneration((g) => g + 1);
    });
    const flush = () => void writer.current.flush();
    addEventListener('pagehide', flush);
    const onHash = () => setTab(tabFromHash());
    addEventListener('hashchange', onHash);
    return () => {
      stopOwn();
      removeEventListener('pagehide', flush);
      removeEventListener('hashchange', onHash);
    };
  }, []);
  if (!settings) return null;

  const update = (patch: Partial<Settings>, delayMs = 0) => {
    const next = { ...(current.current ?? settings), ...patch };
    current.current = next;
    setSettings(next);
    setStatus('saving');
    writer.current.save(patch, delayMs).then(
      () => setStatus('saved'),
      () => setStatus('error'),
    );
  };

  const replaced = (s: Settings) => {
    current.current = s;
    setSettings(s);
    setGeneration((g) => g + 1);
    setStatus('saved');
  };
  // An import or reset replaces everything: edits still waiting to be written must not overwrite it.
  const importFile = async (text: string) => {
    writer.current.cancel();
    const result = await importSettingsText(text);
    if (result.ok) {
      replaced(result.settings);
      setOwn(await loadOwnStretches());
    }
    return result;
  };
  /** Saves one own stretch; sync refusing it keeps it on this device, and the page says so. */
  const saveOwn = async (stretch: OwnStretch) => {
    setStatus('saving');
    try {
      const saved = await saveOwnStretch(stretch);
      setOwn(await loadOwnStretches());
      setOwnNote(saved === 'sync-refused' ? t('ownSyncRefused', stretch.name) : null);
      setStatus('saved');
    } catch (error) {
      setStatus('error');
      throw error;
    }
  };
  const deleteOwn = async (stretch: OwnStretch) => {
    setStatus('saving');
    try {
      await deleteOwnStretches([stretch.id]);
      setOwn(await loadOwnStretches());
      setOwnNote(t('ownDeleted', stretch.name));
      setStatus('saved');
    } catch (error) {
      setStatus('error');
      throw error;
    }
  };
  const resetAll = async () => {
    writer.current.cancel();
    await saveSettings(DEFAULT_SETTINGS);
    replaced(DEFAULT_SETTINGS);
  };

  // Every default comes from DEFAULT_SETTINGS, so the help cannot go stale in any language.
  const numberHelp = (key: NumberKey, help: MessageKey) => `${t(help)} ${t('optDefaultValue', DEFAULT_SETTINGS[key])}`;
  const numberField = (key: NumberKey, label: MessageKey, help: MessageKey) => (
    <NumberField key={`${key}-${generation}`} id={key} label={t(label)} help={numberHelp(key, help)} value={settings[key]}
      validate={(raw) => validateField(key, raw)} onValid={(value) => update({ [key]: value }, TYPING_DEBOUNCE_MS)} />
  );
  const toggle = (key: 'focusWindow' | 'headsUp' | 'holdWhilePresenting' | 'sound' | 'shortBreaks', label: MessageKey, help: MessageKey) => (
    <ToggleField id={key} label={t(label)} help={`${t(help)} ${t(DEFAULT_SETTINGS[key] ? 'optDefaultOn' : 'optDefaultOff')}`} checked={settings[key]} onChange={(on) => update({ [key]: on })} />
  );

  const chooseStyle = (value: string) => {
    const style = value as NudgeStyle;
    setStyleMessage(null);
    if (style !== 'notification') {
      update({ nudgeStyle: style });
      return;
    }
    // The request must start inside the user's gesture: no await before it.
    const request = requestNotificationPermission();
    setAskingStyle('notification');
    void request.then((granted) => {
      setAskingStyle(null);
      if (granted) update({ nudgeStyle: 'notification' });
      else refuseNotifications();
    });
  };
  const refuseNotifications = () => {
    setStyleMessage(t('optNotificationRefused'));
    update({ nudgeStyle: 'window' });
  };

  /**
   * The meeting hold needs host access to the meeting sites: asked for in this click (the request
   * starts before any await), given back when the hold is turned off. Refused, nothing changes.
   */
  const chooseMeetingHold = (on: boolean) => {
    setMeetingMessage(null);
    if (!on) {
      update({ holdDuringMeetings: false });
      void dropMeetingAccess().then(() => setMeetingAccess(false));
      return;
    }
    const request = requestMeetingAccess();
    setAskingMeetings(true);
    void request.then((granted) => {
      setAskingMeetings(false);
      setMeetingAccess(granted);
      if (granted) update({ holdDuringMeetings: true });
      else setMeetingMessage(t('optMeetingsRefused'));
    });
  };
  const meetingHoldOn = askingMeetings || (settings.holdDuringMeetings && meetingAccess === true);
  const meetingNote = meetingMessage ?? (settings.holdDuringMeetings && meetingAccess === false ? t('optMeetingsLost') : null);

  const holdSteps = HOLD_STEPS.includes(settings.holdMultiplier) ? HOLD_STEPS : [...HOLD_STEPS, settings.holdMultiplier].sort((a, b) => a - b);

  const statusText = status === 'saving' ? t('optSaving') : status === 'saved' ? t('optSaved') : status === 'error' ? t('optSaveFailed') : '';
  const showTab = (next: Tab) => {
    setTab(next);
    history.replaceState(null, '', next === 'breaks' ? '#breaks' : '#');
  };

  return (
    <div class="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p class={status === 'error' ? 'saved error' : 'saved'} role="status" data-testid="saved" data-status={status}>{statusText}</p>
      </header>
      <nav class="tabs" aria-label={t('optSections')}>
        <button type="button" aria-current={tab === 'settings' ? 'page' : undefined} data-testid="tab-settings"
          onClick={() => showTab('settings')}>{t('optTabSettings')}</button>
        <button type="button" aria-current={tab === 'breaks' ? 'page' : undefined} data-testid="tab-breaks"
          onClick={() => showTab('breaks')}>{t('optTabBreaks')}</button>
      </nav>

      {tab === 'breaks' ? (
        <section aria-labelledby="your-breaks-heading">
          <h2 id="your-breaks-heading">{t('optTabBreaks')}</h2>
          {numberField('dailyGoal', 'optDailyGoal', 'optDailyGoalHelp')}
          <BreaksTab dailyGoal={settings.dailyGoal} />
        </section>
      ) : (
        <>
          {area === 'local' && <p class="note">{t('optLocalOnly')}</p>}
          <section aria-labelledby="breaks-heading">
            <h2 id="breaks-heading">{t('optBreaks')}</h2>
            {numberField('intervalMin', 'optInterval', 'optIntervalHelp')}
            {toggle('shortBreaks', 'optShortBreaks', 'optShortBreaksHelp')}
            {settings.shortBreaks && numberField('shortIntervalMin', 'optShortInterval', 'optShortIntervalHelp')}
            {numberField('idleThresholdMin', 'optIdle', 'optIdleHelp')}
            {numberField('breakLengthMin', 'optBreakLength', 'optBreakLengthHelp')}
          </section>

          <section aria-labelledby="hours-heading">
            <h2 id="hours-heading">{t('optWhen')}</h2>
            <WorkingHours key={`hours-${generation}`} value={settings} onChange={(hours) => update(hours)} />
            <ChipChecklist id="pause-presets" legend={t('optPausePresets')} help={t('optPausePresetsHelp')} choices={PAUSE_PRESETS}
              chosen={settings.pausePresets} labelOf={(p) => t(PRESET_LABELS[p])} onChange={(pausePresets) => update({ pausePresets })} />
          </section>

          <section aria-labelledby="nudge-heading">
            <h2 id="nudge-heading">{t('optNudges')}</h2>
            <SelectField key={`style-${generation}`} id="nudgeStyle" label={t('optNudgeStyle')}
              help={`${styleHelp(settings.nudgeStyle)} ${t('optNudgeStyleDefault', styleLabel(DEFAULT_SETTINGS.nudgeStyle))}`} value={askingStyle ?? settings.nudgeStyle}
              options={NUDGE_STYLES.map((s) => ({ value: s, label: styleLabel(s) }))} onChange={chooseStyle} message={styleMessage} />
            <SelectField key={`firmness-${generation}`} id="firmness" label={t('optFirmness')}
              help={`${firmnessHelp(settings.firmness)} ${t('optFirmnessDefault', firmnessLabel(DEFAULT_SETTINGS.firmness))}`} value={settings.firmness}
              options={FIRMNESS_LEVELS.map((f) => ({ value: f, label: firmnessLabel(f) }))}
              onChange={(v) => {
                const result = validateField('firmness', v);
                if (result.ok) update({ firmness: result.value });
              }} />
            {toggle('focusWindow', 'optFocusWindow', 'optFocusWindowHelp')}
            {toggle('headsUp', 'optHeadsUp', 'optHeadsUpHelp')}
            {toggle('holdWhilePresenting', 'optPresenting', 'optPresentingHelp')}
            <ToggleField id="holdDuringMeetings" label={t('optMeetings')} help={`${t('optMeetingsHelp')} ${t('optDefaultOff')}`}
              checked={meetingHoldOn} onChange={chooseMeetingHold} message={meetingNote} />
            {meetingHoldOn && numberField('meetingGraceMin', 'optMeetingGrace', 'optMeetingGraceHelp')}
            {toggle('sound', 'optSound', 'optSoundHelp')}
            {numberField('snoozeMin', 'optSnooze', 'optSnoozeHelp')}
            {numberField('snoozeLimit', 'optSnoozeLimit', 'optSnoozeLimitHelp')}
          </section>

          <section aria-labelledby="stretches-heading">
            <h2 id="stretches-heading">{t('optStretches')}</h2>
            <ChipChecklist id="areas" legend={t('optProblemAreas')} help={t('optProblemAreasHelp')} choices={PROBLEM_AREAS}
              chosen={settings.problemAreas} labelOf={targetLabel} onChange={(problemAreas) => update({ problemAreas })} />
            <SelectField id="holdMultiplier" label={t('optHold')} help={t('optHoldHelp')} value={String(settings.holdMultiplier)}
              options={holdSteps.map((m) => ({ value: String(m), label: t('optHoldStep', m) }))}
              onChange={(v) => {
                const result = validateField('holdMultiplier', Number(v));
                if (result.ok) update({ holdMultiplier: result.value });
              }} />
            <ExercisePicker settings={settings} onChange={(change) => update(change)}
              own={{ ...own, note: ownNote, onSave: saveOwn, onDelete: deleteOwn }} />
          </section>

          <section aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t('optTransfer')}</h2>
            <SettingsTransfer settings={settings} ownStretches={own.stretches} onImport={importFile} onReset={resetAll} />
          </section>
        </>
      )}
    </div>
  );
}
