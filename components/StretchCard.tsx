import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Exercise } from '../core/exercise';
import { holdPlan } from '../core/hold-timer';
import { HoldTimer } from './HoldTimer';
import { Illustration } from './Illustration';
import { doseText } from './dose-text';
import { t } from '../platform/i18n';
import './StretchCard.css';

export interface StretchCardProps {
  readonly exercise: Exercise;
  readonly holdMultiplier?: number;
  /** The card's buttons, laid out under the timer. */
  readonly children?: ComponentChildren;
}

/** One stretch: picture, name, dose, cues, caution and a running hold timer. Focused on open. */
export function StretchCard({ exercise, holdMultiplier = 1, children }: StretchCardProps) {
  const plan = useMemo(() => holdPlan(exercise.dose, holdMultiplier), [exercise, holdMultiplier]);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [exercise.id]);
  const dose = doseText(exercise.dose, holdMultiplier);

  return (
    <article class="stretch-card" ref={ref} tabIndex={-1} aria-labelledby="card-name" aria-describedby="card-dose" data-exercise={exercise.id}>
      <div class="card-head">
        <Illustration exerciseId={exercise.id} alt={exercise.imageAlt} size={104} />
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
      <HoldTimer plan={plan} resetKey={exercise.id} />
      {children && <div class="card-actions">{children}</div>}
    </article>
  );
}
