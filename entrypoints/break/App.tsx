import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { exerciseById } from '../../platform/exercises';
import { StretchCard, type CardShortcuts } from '../../components/StretchCard';
import { NoExercise } from '../../components/NoExercise';
import { deliverAnswer, requestNextExercise } from '../../platform/answer-delivery';
import { newAnswer } from '../../platform/answer-outbox';
import { AnswerStatus } from '../../components/AnswerStatus';
import { markFinishing } from '../../platform/break-window';
import { onBreakOver } from '../../platform/break-over';
import { cardSettingsOf, type BreakPageParams, type CardSettings } from '../../core/break-page-query';
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

/** Stretches done since local midnight, from the break log (null if the log can't be read). */
async function doneToday(): Promise<number | null> {
  try {
    const midnight = new Date();
    midnight.setHours(0, 0, 0, 0);
    // Loaded when needed (after Done), not with the card: the break log's code is not on the card's path.
    const { listBreaks } = await import('../../platform/history');
    const { entries } = await listBreaks();
    return entries.filter((e) => e.outcome === 'done' && e.at >= midnight.getTime()).length;
  } catch {
    return null;
  }
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
export function BreakApp(params: BreakPageParams) {
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
    if (action === 'done') setFinished({ count: await doneToday() });
    else window.close();
  };
  const another = async () => {
    if (busy) return;
    setBusy(true);
    const next = await requestNextExercise(exerciseId, progress);
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
  if (!exercise) return <NoExercise />;
  return (
    <>
      <StretchCard exercise={exercise} holdMultiplier={settings.holdMultiplier} sound={settings.sound} shortcuts={shortcuts}>
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
