import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Exercise } from '../core/exercise';
import { holdPlan, unitSeconds, type ChimeKind } from '../core/hold-timer';
import { HoldTimer, type DoseUnit, type HoldTimerControl } from './HoldTimer';
import { Illustration } from './Illustration';
import { doseText } from './dose-text';
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
  /** The card's buttons, laid out under the timer. */
  readonly children?: ComponentChildren;
}

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

/** One stretch: picture, name, dose, cues, caution and a running hold timer. Focused on open. */
export function StretchCard({ exercise, holdMultiplier = 1, onChime, shortcuts, children }: StretchCardProps) {
  const plan = useMemo(() => holdPlan(exercise.dose, holdMultiplier), [exercise, holdMultiplier]);
  const ref = useRef<HTMLElement>(null);
  const timer = useRef<HoldTimerControl>(null);
  useEffect(() => ref.current?.focus(), [exercise.id]);
  const dose = doseText(exercise.dose, holdMultiplier);
  const perUnit = unitSeconds(exercise.dose);
  const unit: DoseUnit | null = perUnit === null ? null : { kind: exercise.dose.kind === 'breaths' ? 'breath' : 'rep', seconds: perUnit };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || isTyping(e.target as Element)) return;
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

  return (
    <article class="stretch-card" ref={ref} tabIndex={-1} aria-labelledby="card-name" aria-describedby="card-dose" data-exercise={exercise.id}>
      <div class="card-head">
        <Illustration exerciseId={exercise.id} alt={exercise.imageAlt} size={80} />
        <div>
          <h1 id="card-name">{exercise.name}</h1>
          <p id="card-dose" class="card-dose">{dose}</p>
          <p class="card-why">{exercise.why}</p>
        </div>
      </div>
      <ol class="card-cues" aria-label={t('cuesLabel')}>
        {exercise.cues.map((cue) => <li key={cue}>{cue}</li>)}
      </ol>
      {exercise.caution && (
        <p class="card-caution"><strong>{t('cautionLabel')}:</strong> {exercise.caution}</p>
      )}
      {/* A new card (or hold length) remounts the timer: its first frame already shows the new hold. */}
      <HoldTimer key={`${exercise.id}:${holdMultiplier}`} plan={plan} unit={unit} onChime={onChime} control={timer} />
      {children && <div class="card-actions">{children}</div>}
      {shortcuts && (
        <p class="card-keys" data-testid="keys-hint">{t('cardKeysHint')}</p>
      )}
    </article>
  );
}
