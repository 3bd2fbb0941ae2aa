import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../core/exercise';
import { doseAt, holdPlan, unitSeconds, type ChimeKind, type Side } from '../core/hold-timer';
import type { PictureClock } from '../core/pictures/motion';
import { HoldTimer, type DoseUnit, type HoldTimerControl } from './HoldTimer';
import { Illustration } from './Illustration';
import { onUse } from './lazy';
import { compactDoseText, doseText } from './dose-text';
import { t } from '../platform/i18n';
import './StretchCard.css';

/** The card's single-key shortcuts; a missing one is simply not offered. */
export interface CardShortcuts {
  readonly done?: () => void;
  readonly another?: () => void;
  readonly snooze?: () => void;
  /** Esc. */
  readonly close?: () => void;
}

export interface StretchCardProps {
  readonly exercise: Exercise;
  readonly holdMultiplier?: number;
  /** Raised when the timer marks a moment with a chime (the page plays it when the user wants sound). */
  readonly onChime?: (kind: ChimeKind) => void;
  readonly shortcuts?: CardShortcuts;
  /** Open the safety note over the card: the first card ever shown. */
  readonly safetyFirst?: boolean;
  /** The safety note was dismissed. */
  readonly onSafetySeen?: () => void;
  /** The card's buttons, laid out under the timer. */
  readonly children?: ComponentChildren;
  /** Called when the hold timer has run to its end. */
  readonly onTimerFinished?: () => void;
  /** The line under the buttons (default: the timer's keys). */
  readonly keysHint?: string;
}

/** The card's picture, px square. */
export const PICTURE_SIZE = 160;

/** The safety note's dialog: shown over the first card ever, then only when asked for, so its code loads then. */
const useSafetyDialog = onUse(() => import('./SafetyDialog'));

const isTyping = (el: Element | null) => !!el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');

/** Which shortcut a key press means on the card, if any. */
export function shortcutFor(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): 'toggle' | keyof CardShortcuts | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Enter' || e.key === ' ') return 'toggle';
  if (e.key === 'Escape') return 'close';
  switch (e.key.toLowerCase()) {
    case 'd':
      return 'done';
    case 'n':
      return 'another';
    case 's':
      return 'snooze';
    default:
      return null;
  }
}

/**
 * One stretch: picture (mirrored for the second side), name, dose, cues, caution, a running hold
 * timer and a way to the safety note. Focused on open.
 */
export function StretchCard({ exercise, holdMultiplier = 1, onChime, shortcuts, safetyFirst = false, onSafetySeen, children, onTimerFinished, keysHint }: StretchCardProps) {
  const running = useMemo(() => doseAt(exercise, holdMultiplier), [exercise, holdMultiplier]);
  const plan = useMemo(() => holdPlan(running.dose), [running]);
  const ref = useRef<HTMLElement>(null);
  const timer = useRef<HoldTimerControl>(null);
  const [side, setSide] = useState<Side | null>(null);
  const [pictureClock, setPictureClock] = useState<PictureClock | null>(null);
  const [safetyOpen, setSafetyOpen] = useState(false);
  const safetyShown = useRef(safetyOpen);
  safetyShown.current = safetyOpen;
  const safety = useSafetyDialog(safetyOpen);
  useEffect(() => ref.current?.focus(), [exercise.id]);
  useEffect(() => {
    if (safetyFirst) setSafetyOpen(true);
  }, [safetyFirst]);
  const perUnit = unitSeconds(running.dose);
  const unit: DoseUnit | null = perUnit === null ? null : { kind: running.dose.kind === 'breaths' ? 'breath' : 'rep', seconds: perUnit };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The safety note is modal: its own keys (Esc closes it) are not the card's.
      if (e.defaultPrevented || e.repeat || safetyShown.current || isTyping(e.target as Element)) return;
      const which = shortcutFor(e);
      if (which === null) return;
      if (which === 'toggle') {
        // On a button, Enter and Space press that button.
        if ((e.target as Element | null)?.closest('button, a, [role=button], summary')) return;
        e.preventDefault();
        timer.current?.toggle();
        return;
      }
      const run = shortcuts?.[which];
      if (!run) return;
      e.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcuts]);

  const closeSafety = () => {
    setSafetyOpen(false);
    onSafetySeen?.();
    ref.current?.focus();
  };

  return (
    <article class="stretch-card" ref={ref} tabIndex={-1} aria-labelledby="card-name" aria-describedby="card-dose" data-exercise={exercise.id}>
      <div class="card-head">
        <div class="card-picture">
          <Illustration exerciseId={exercise.picture ?? exercise.id} alt={exercise.imageAlt} size={PICTURE_SIZE} mirrored={side === 'second'}
            dose={running.dose} clock={pictureClock} />
          {/* Under the picture, where the taller text column leaves room: one click, no extra line. */}
          <button type="button" class="card-safety" data-testid="safety-open" aria-haspopup="dialog" onClick={() => setSafetyOpen(true)}>
            {t('safetyLink')}
          </button>
        </div>
        <div>
          <h1 id="card-name">{exercise.name}</h1>
          <p id="card-dose" class="card-dose">{doseText(running.dose)}</p>
          {running.shortVersion && exercise.fullDose && (
            <p class="card-full-dose" data-testid="full-dose">{t('doseShortVersion', compactDoseText(exercise.fullDose))}</p>
          )}
          {exercise.why && <p class="card-why">{exercise.why}</p>}
        </div>
      </div>
      <ol class="card-cues" aria-label={t('cuesLabel')}>
        {exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}
      </ol>
      {exercise.caution && (
        <p class="card-caution"><strong>{t('cautionLabel')}:</strong> {exercise.caution}</p>
      )}
      {/* A new card (or hold length) remounts the timer: its first frame already shows the new hold. */}
      <HoldTimer key={`${exercise.id}:${holdMultiplier}`} plan={plan} unit={unit} onChime={onChime} control={timer} onSide={setSide} onClock={setPictureClock} onFinished={onTimerFinished} />
      {children && <div class="card-actions">{children}</div>}
      {shortcuts && (
        <p class="card-keys" data-testid="keys-hint">{keysHint ?? t('cardKeysHint')}</p>
      )}
      {safetyOpen && safety && <safety.SafetyDialog onClose={closeSafety} />}
    </article>
  );
}
