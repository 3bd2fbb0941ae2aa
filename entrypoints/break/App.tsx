import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exerciseById } from '../../platform/exercises';
import type { Exercise } from '../../core/exercise';
import { StretchCard, type CardShortcuts } from '../../components/StretchCard';
import { onUse } from '../../components/lazy';
import { firmnessOf } from '../../core/firmness';
import { AnswerStatus } from '../../components/AnswerStatus';
import { markFinishing } from '../../platform/break-window';
import { onBreakOver } from '../../platform/break-over';
import { E2E_BUILD } from '../../platform/build-mode';
import { cardSettingsOf, type BreakCard, type CardSettings } from '../../core/break-card';
import type { ChimeKind } from '../../core/hold-timer';
import type { BreakKind } from '../../core/schedule-types';
import { markSafetyNoteSeen, safetyNoteSeen } from '../../platform/safety-note';
import { t } from '../../platform/i18n';
import './break.css';

/** The card's settings from storage, for a break page opened without them in its URL (the settings' code loads only then). */
async function readCardSettings(): Promise<CardSettings> {
  const { loadSettings } = await import('../../platform/settings-store');
  // Already loaded with the store, which imports it; written this way, the build keeps only what is used.
  const { DEFAULT_SETTINGS } = await import('../../core/settings');
  return cardSettingsOf(await loadSettings().catch(() => DEFAULT_SETTINGS));
}

/** Stretches done today, from the break log (null if the log can't be read). */
async function countDoneToday(): Promise<number | null> {
  try {
    // Loaded when needed (after Done), not with the card: the break log's code is not on the card's path.
    const [{ listBreaks }, { doneToday }] = await Promise.all([import('../../platform/history'), import('../../core/stats')]);
    return doneToday((await listBreaks()).entries, Date.now());
  } catch {
    return null;
  }
}

/** After Done: "nice work" and, after a stretch break, today's count. Loaded then (its code and the break log's), not with the card. */
async function niceWork(kind: BreakKind): Promise<Finished> {
  const [{ NiceWork }, count] = await Promise.all([import('./NiceWork'), kind === 'short' ? null : countDoneToday()]);
  return { NiceWork, count };
}

interface Finished {
  readonly NiceWork: typeof import('./NiceWork').NiceWork;
  readonly count: number | null;
}

let delivery: Promise<typeof import('../../platform/answer-delivery')> | null = null;
/**
 * How an answer reaches the background (the outbox, then the message asked again until it is
 * confirmed), and the request for another stretch: not needed to draw the card, so the page loads
 * it just after its first paint, long before a click, which then finds it loaded.
 */
const loadDelivery = () => (delivery ??= import('../../platform/answer-delivery'));

/** A card not in the library (the user's own stretch, or none at all): its code loads only then. */
const useNotInLibrary = onUse(() => import('./NotInLibrary'));

/** The held Skip: its code loads for a firm break only (most breaks are gentle), not on the card's path. */
const useHoldToSkip = onUse(() => import('../../components/HoldToSkip'));

/** Plays a chime; its code loads with the first one (sound is off by default), not with the card. */
async function playChime(kind: ChimeKind): Promise<void> {
  const { chime } = await import('../../platform/sound');
  const route = await chime(kind);
  // The e2e build says how it was played: a headless browser cannot listen.
  if (E2E_BUILD) document.documentElement.dataset.chime = `${kind}:${route}`;
}

const Key = ({ k }: { k: string }) => <kbd aria-hidden="true">{k}</kbd>;

/**
 * The break window: one card and the ways out of it, each on a key of its own. How firm the break
 * is decides which: a firm Skip is held for 2 s; a strict break has no Skip, and Done waits for
 * the timer. A short break is always gentle and has no Snooze.
 */
export function BreakApp(params: BreakCard) {
  const kind = params.kind ?? 'stretch';
  const [exerciseId, setExerciseId] = useState(params.exerciseId);
  const [timerDone, setTimerDone] = useState(false);
  // The card's settings come in the URL; without them it waits for storage (its hold times depend on them).
  const [settings, setSettings] = useState<CardSettings | null>(params.settings);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const progress = { onSlow: () => setSlow(true) };
  const [finished, setFinished] = useState<Finished | null>(null);
  useEffect(() => void loadDelivery(), []);
  useEffect(() => {
    if (!params.settings) void readCardSettings().then(setSettings);
  }, []);
  useEffect(() => {
    if (params.inPopup) document.documentElement.classList.add('in-popup');
  }, []);
  // Its break answered elsewhere or over (the worker may have stopped before closing this window):
  // the card goes too, never left looking unanswered. Not while this card's own answer is on its way.
  const answering = useRef(false);
  useEffect(() => {
    if (params.breakId === null) return undefined;
    return onBreakOver(params.breakId, () => {
      if (!answering.current) window.close();
    });
  }, []);
  // The first card ever shown opens the safety note over it (read after the first frame).
  const [safetyFirst, setSafetyFirst] = useState(false);
  useEffect(() => {
    void safetyNoteSeen().then((seen) => setSafetyFirst(!seen));
  }, []);
  const safetySeen = () => {
    setSafetyFirst(false);
    void markSafetyNoteSeen().catch(() => undefined);
  };

  // The user's own stretch, once read from storage (library cards need no reading).
  const [own, setOwn] = useState<Exercise>();
  const exercise = (exerciseId && exerciseById(exerciseId)) || own;
  const notInLibrary = useNotInLibrary(!exercise);
  const firmness = firmnessOf({ firmness: settings?.firmness ?? 'gentle' }, kind);
  const doneWaits = firmness === 'strict' && !timerDone;
  const holdToSkip = useHoldToSkip(firmness === 'firm');

  // Answered: the buttons stay disabled until the background confirms (it may be restarting), then
  // "nice work" or the window closes; never a card that looks unanswered.
  const act = async (action: 'done' | 'skip' | 'snooze') => {
    if (busy || (action === 'done' && doneWaits)) return;
    setBusy(true);
    answering.current = true;
    if (action === 'done' && !params.inPopup) await markFinishing().catch(() => undefined);
    const { deliverAnswer, newAnswer } = await loadDelivery();
    const answer = newAnswer(params.breakId, action === 'snooze' ? { type: action } : { type: action, exerciseId: exercise?.id, kind });
    await deliverAnswer(answer, progress);
    setSlow(false);
    if (action === 'done') setFinished(await niceWork(kind));
    else window.close();
  };
  const another = async () => {
    if (busy) return;
    setBusy(true);
    const { requestNextExercise } = await loadDelivery();
    const next = await requestNextExercise(progress, kind);
    setSlow(false);
    setBusy(false);
    if (next) {
      setTimerDone(false);
      setOwn(undefined);
      setExerciseId(next);
    }
  };

  const shortcuts = useMemo<CardShortcuts>(
    () => ({
      done: () => void act('done'),
      another: () => void another(),
      ...(params.canSnooze ? { snooze: () => void act('snooze') } : {}),
      // Firm: Esc is the held Skip (HoldToSkip listens for it); strict: no Skip at all.
      ...(firmness === 'gentle' ? { close: () => void act('skip') } : {}),
    }),
    [exerciseId, busy, params.canSnooze, firmness, doneWaits],
  );

  if (finished) return <finished.NiceWork count={finished.count} />;
  if (!settings) return <p class="visually-hidden" aria-busy="true">{t('breakTitle')}</p>;
  if (!exercise) return notInLibrary && <notInLibrary.NotInLibrary exerciseId={exerciseId} onFound={setOwn} />;
  return (
    <>
      {kind === 'short' && <p class="break-kind" data-testid="break-kind">{t('shortBreakTitle')}</p>}
      <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier} onChime={settings.sound ? (chimeKind) => void playChime(chimeKind) : undefined}
        shortcuts={shortcuts} safetyFirst={safetyFirst} onSafetySeen={safetySeen} onTimerFinished={() => setTimerDone(true)}
        keysHint={firmness === 'gentle' ? undefined : `${t('cardKeysHint')} ${t(firmness === 'firm' ? 'cardKeysHintFirm' : 'cardKeysHintStrict')}`}>
        <button type="button" class="primary" disabled={busy} onClick={() => act('done')} data-testid="done" aria-keyshortcuts="D"
          aria-disabled={doneWaits ? 'true' : undefined} aria-describedby={doneWaits ? 'done-hint' : undefined}>
          {t('btnDone')}<Key k="D" />
        </button>
        <button type="button" disabled={busy} onClick={another} data-testid="another" aria-keyshortcuts="N">
          {t('btnAnother')}<Key k="N" />
        </button>
        {params.canSnooze && (
          <button type="button" disabled={busy} onClick={() => act('snooze')} data-testid="snooze" aria-keyshortcuts="S">
            {t('btnSnooze', settings.snoozeMin)}<Key k="S" />
          </button>
        )}
        {firmness === 'gentle' && (
          <button type="button" disabled={busy} onClick={() => act('skip')} data-testid="skip" aria-keyshortcuts="Escape">
            {t('btnSkip')}<Key k="Esc" />
          </button>
        )}
        {firmness === 'firm' && holdToSkip && <holdToSkip.HoldToSkip disabled={busy} onSkip={() => void act('skip')} />}
        {doneWaits && <p id="done-hint" class="done-hint" data-testid="done-hint">{t('doneAfterTimer')}</p>}
      </StretchCard>
      <AnswerStatus slow={slow} />
    </>
  );
}
