import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exerciseById } from '../../platform/exercises';
import { StretchCard, type CardShortcuts } from '../../components/StretchCard';
import { NoExercise } from '../../components/NoExercise';
import { deliverAnswer, requestNextExercise } from '../../platform/answer-delivery';
import { newAnswer } from '../../platform/answer-outbox';
import { AnswerStatus } from '../../components/AnswerStatus';
import { markFinishing } from '../../platform/break-window';
import { onBreakOver } from '../../platform/break-over';
import { openOptionsPage } from '../../platform/options-page';
import { E2E_BUILD } from '../../platform/build-mode';
import { cardSettingsOf, type BreakCard, type CardSettings } from '../../core/break-card';
import type { ChimeKind } from '../../core/hold-timer';
import { markSafetyNoteSeen, safetyNoteSeen } from '../../platform/safety-note';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { t } from '../../platform/i18n';
import './break.css';

/** The card's settings from storage, for a break page opened without them in its URL. */
async function readCardSettings(): Promise<CardSettings> {
  const { loadSettings } = await import('../../platform/settings-store');
  return cardSettingsOf(await loadSettings().catch(() => DEFAULT_SETTINGS));
}

/** How long "nice work" stays before the window closes by itself. */
export const NICE_WORK_MS = 2500;

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

/** Plays a chime; its code loads with the first one (sound is off by default), not with the card. */
async function playChime(kind: ChimeKind): Promise<void> {
  const { chime } = await import('../../platform/sound');
  const route = await chime(kind);
  // The e2e build says how it was played: a headless browser cannot listen.
  if (E2E_BUILD) document.documentElement.dataset.chime = `${kind}:${route}`;
}

function NiceWork({ count }: { count: number | null }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
    const id = setTimeout(() => window.close(), NICE_WORK_MS);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' || e.key === 'Enter' || e.key === ' ') window.close();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(id);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <section class="nice-work" ref={ref} tabIndex={-1} role="status" aria-live="polite" data-testid="nice-work">
      <h1>{t('niceWork')}</h1>
      {count !== null && count > 0 && <p data-testid="today-count">{count === 1 ? t('niceWorkFirst') : t('niceWorkCount', count)}</p>}
    </section>
  );
}

const Key = ({ k }: { k: string }) => <kbd aria-hidden="true">{k}</kbd>;

/** The break window: one card and the four ways out of it, each on a key of its own. */
export function BreakApp(params: BreakCard) {
  const [exerciseId, setExerciseId] = useState(params.exerciseId);
  // The card's settings come in the URL; without them it waits for storage (its hold times depend on them).
  const [settings, setSettings] = useState<CardSettings | null>(params.settings);
  const [busy, setBusy] = useState(false);
  const [slow, setSlow] = useState(false);
  const progress = { onSlow: () => setSlow(true) };
  const [finished, setFinished] = useState<{ count: number | null } | null>(null);
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

  const exercise = exerciseId ? exerciseById(exerciseId) : undefined;

  // Answered: the buttons stay disabled until the background confirms (it may be restarting), then
  // "nice work" or the window closes; never a card that looks unanswered.
  const act = async (action: 'done' | 'skip' | 'snooze') => {
    if (busy) return;
    setBusy(true);
    answering.current = true;
    if (action === 'done' && !params.inPopup) await markFinishing().catch(() => undefined);
    const answer = newAnswer(params.breakId, action === 'snooze' ? { type: action } : { type: action, exerciseId: exercise?.id });
    await deliverAnswer(answer, progress);
    setSlow(false);
    if (action === 'done') setFinished({ count: await countDoneToday() });
    else window.close();
  };
  const another = async () => {
    if (busy) return;
    setBusy(true);
    const next = await requestNextExercise(progress);
    setSlow(false);
    setBusy(false);
    if (next) setExerciseId(next);
  };

  const shortcuts = useMemo<CardShortcuts>(
    () => ({
      done: () => void act('done'),
      another: () => void another(),
      ...(params.canSnooze ? { snooze: () => void act('snooze') } : {}),
      close: () => void act('skip'),
    }),
    [exerciseId, busy, params.canSnooze],
  );

  if (finished) return <NiceWork count={finished.count} />;
  if (!settings) return <p class="visually-hidden" aria-busy="true">{t('breakTitle')}</p>;
  if (!exercise) return <NoExercise onOpenOptions={() => void openOptionsPage()} />;
  return (
    <>
      <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier} onChime={settings.sound ? (kind) => void playChime(kind) : undefined}
        shortcuts={shortcuts} safetyFirst={safetyFirst} onSafetySeen={safetySeen}>
        <button type="button" class="primary" disabled={busy} onClick={() => act('done')} data-testid="done" aria-keyshortcuts="D">
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
        <button type="button" disabled={busy} onClick={() => act('skip')} data-testid="skip" aria-keyshortcuts="Escape">
          {t('btnSkip')}<Key k="Esc" />
        </button>
      </StretchCard>
      <AnswerStatus slow={slow} />
    </>
  );
}
