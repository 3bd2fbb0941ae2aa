import type { Ref } from 'preact';
import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'preact/hooks';
import {
  breathAt, elapsedOf, pauseClock, startClock, stoppedClock, switchesSide, timerAt, totalSeconds, unitAt,
  SECONDS_PER_BREATH, type ChimeKind, type HoldPhase, type Side, type TimerClock, type TimerView,
} from '../core/hold-timer';
import type { Activity } from '../core/exercise';
import type { PictureClock } from '../core/pictures/motion';
import { t } from '../platform/i18n';
import { secondsUnit } from './format';
import './HoldTimer.css';

/** What one unit of the dose is: a breath ("Breath 2 of 4") or a repetition ("Rep 2 of 8"). */
export interface DoseUnit {
  readonly kind: 'breath' | 'rep';
  readonly seconds: number;
}

export interface HoldTimerControl {
  toggle(): void;
}

export interface HoldTimerProps {
  readonly plan: readonly HoldPhase[];
  readonly autoStart?: boolean;
  readonly unit?: DoseUnit | null;
  /** Raised at switch sides (or a new round) and at the end while the timer runs; the page plays the chime. */
  readonly onChime?: (kind: ChimeKind) => void;
  /** Lets the card start and pause the timer from the keyboard. */
  readonly control?: Ref<HoldTimerControl>;
  /** The side being worked (or coming next, during a rest), so the card can mirror its picture. */
  readonly onSide?: (side: Side | null) => void;
  /** Told at each start, pause, new phase and the end, so the card's picture moves in step (and stands still in a rest). */
  readonly onClock?: (clock: PictureClock) => void;
  /** Called once when the timer has run to its end. */
  readonly onFinished?: () => void;
}

const ACTIVITY_KEYS: Record<Activity, 'activityLookFar' | 'activityEyesClosed' | 'activityWalk'> = {
  'look-far': 'activityLookFar',
  'eyes-closed': 'activityEyesClosed',
  walk: 'activityWalk',
};

/** What a rest is for: one breath facing forward (a twist), changing side, or a pause before the next round. */
function restLabel(plan: readonly HoldPhase[], view: TimerView): string {
  if (view.phase.paced) return t('centreBreath');
  if (switchesSide(plan, view.phaseIndex)) return t('switchSides');
  return t('restThenRound', view.phase.round, view.phase.rounds);
}

/** "First side · Round 1 of 2", "Look far away and blink", or what the rest is for. */
export function phaseLabel(plan: readonly HoldPhase[], view: TimerView): string {
  if (view.phase.rest && !view.finished) return restLabel(plan, view);
  if (view.phase.activity) return t(ACTIVITY_KEYS[view.phase.activity]);
  const parts: string[] = [];
  if (view.phase.side) parts.push(t(view.phase.side === 'first' ? 'sideFirst' : 'sideSecond'));
  if (view.phase.rounds > 1) parts.push(t('roundOf', view.phase.round, view.phase.rounds));
  return parts.join(' · ');
}

/** What a screen reader hears: only at the moments that matter, never every second. */
export function announcement(plan: readonly HoldPhase[], prev: TimerView | null, view: TimerView, running: boolean): string | null {
  if (view.finished) return prev && !prev.finished ? t('timerDone') : null;
  if (prev === null || (!prev.finished && prev.phaseIndex !== view.phaseIndex)) {
    const label = [phaseLabel(plan, view), t('secondsLeft', view.secondsLeft)].filter(Boolean).join('. ');
    return running ? label : null;
  }
  if (!view.phase.rest && prev.secondsLeft > 5 && view.secondsLeft === 5) return t('timerFiveLeft');
  return null;
}

/** The chime a change of view calls for, if any: a new side or round, or the end. */
export function chimeFor(prev: TimerView | null, view: TimerView): ChimeKind | null {
  if (!prev || prev.finished) return null;
  if (view.finished) return 'done';
  return prev.phaseIndex !== view.phaseIndex ? 'switch' : null;
}

/**
 * The circle to breathe with: a CSS animation, one breath per cycle, which the compositor runs
 * without waking the page every frame. Mounted per phase, so its cycle starts with the phase's;
 * it pauses and resumes with the timer, so the two stay in step.
 */
function BreathPacer({ phaseElapsedMs, secondsPerBreath, breathing, inhaling }: {
  readonly phaseElapsedMs: number;
  readonly secondsPerBreath: number;
  readonly breathing: boolean;
  readonly inhaling: boolean;
}) {
  // Where in its breath the pacer starts (the phase may already be under way); fixed for its life.
  const [startMs] = useState(() => phaseElapsedMs % (secondsPerBreath * 1000));
  return (
    <div class="breath-pacer" data-testid="breath-pacer" data-inhaling={inhaling}
      style={{ animationDuration: `${secondsPerBreath}s`, animationDelay: `${-startMs}ms`, animationPlayState: breathing ? 'running' : 'paused' }} />
  );
}

const RING_R = 54;
const RING_C = 2 * Math.PI * RING_R;

/** One timer per card: give it a `key` that changes with the card, so a new card starts afresh. */
export function HoldTimer({ plan, autoStart = true, unit = null, onChime, control, onSide, onClock, onFinished }: HoldTimerProps) {
  const [clock, setClock] = useState<TimerClock>(() => (autoStart ? startClock(stoppedClock, Date.now()) : stoppedClock));
  const [now, setNow] = useState(() => Date.now());
  const [spoken, setSpoken] = useState('');
  const lastView = useRef<TimerView | null>(null);

  const running = clock.startedAt !== null;
  const view = useMemo(() => timerAt(plan, elapsedOf(clock, now)), [plan, clock, now]);

  useEffect(() => {
    if (!running || view.finished) return;
    const id = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(id);
  }, [running, view.finished]);

  useEffect(() => onSide?.(view.phase.side), [view.phase.side]);

  useEffect(() => {
    const prev = lastView.current;
    const said = announcement(plan, prev, view, running);
    if (said) setSpoken(said);
    const kind = onChime && running ? chimeFor(prev, view) : null;
    if (kind) onChime?.(kind);
    if (view.finished && prev && !prev.finished) onFinished?.();
    lastView.current = view;
  }, [view.phaseIndex, view.secondsLeft, view.finished, running]);

  useEffect(() => {
    const at = Date.now();
    const exact = timerAt(plan, elapsedOf(clock, at));
    // A rest (letting go, changing side) holds the picture still on its first keyframe, the starting position.
    const moving = !exact.finished && !exact.phase.rest;
    onClock?.({ running: running && moving, phaseElapsedMs: moving ? exact.phaseElapsedMs : 0, at });
  }, [clock, view.phaseIndex, view.finished]);

  const toggle = () => {
    const at = Date.now();
    setNow(at);
    if (view.finished) {
      lastView.current = null;
      setClock(startClock(stoppedClock, at));
    } else if (running) {
      setClock(pauseClock(clock, at));
      setSpoken(t('timerPaused'));
    } else setClock(startClock(clock, at));
  };
  useImperativeHandle(control ?? null, () => ({ toggle }), [toggle]);

  const resting = view.phase.rest && !view.finished;
  const buttonLabel = view.finished ? t('btnRestart') : running ? t('btnPause') : clock.banked > 0 ? t('btnResume') : t('btnStart');
  const phaseProgress = view.finished ? 1 : view.phaseElapsedMs / (view.phase.seconds * 1000);
  const total = totalSeconds(plan);
  const counted = unit && !view.finished && !resting ? unitAt(view, unit.seconds) : null;
  const breath = view.phase.paced ? breathAt(view.phaseElapsedMs, SECONDS_PER_BREATH) : null;
  const label = phaseLabel(plan, view);

  return (
    <section class="hold-timer" aria-label={t('timerLabel')} data-running={running} data-finished={view.finished} data-rest={resting}>
      <div class="hold-dial" role="progressbar" aria-label={t('timerLabel')} aria-valuemin={0} aria-valuemax={total}
        aria-valuenow={Math.round(view.progress * total)} aria-valuetext={view.finished ? t('timerDone') : t('secondsLeft', view.secondsLeft)}>
        <svg class="hold-ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
          <circle class="hold-ring-track" cx="60" cy="60" r={RING_R} />
          <circle class="hold-ring-fill" cx="60" cy="60" r={RING_R}
            style={{ strokeDasharray: RING_C, strokeDashoffset: RING_C * (1 - phaseProgress) }} />
        </svg>
        {breath && (
          <BreathPacer key={`${view.phaseIndex}:${view.finished}`} phaseElapsedMs={view.phaseElapsedMs}
            secondsPerBreath={SECONDS_PER_BREATH} breathing={running && !view.finished} inhaling={breath.inhaling} />
        )}
        <p class="hold-seconds" aria-hidden="true">
          <span data-testid="seconds-left">{view.secondsLeft}</span>
          <span class="hold-unit"> {secondsUnit(view.secondsLeft)}</span>
        </p>
      </div>
      <div class="hold-side">
        <p class="hold-phase" data-testid="phase">
          {resting ? <strong class="hold-switch">{label}</strong> : label || '\u00a0'}
        </p>
        <p class="hold-count" aria-hidden="true">
          <span data-testid="unit-count">{counted && unit ? t(unit.kind === 'breath' ? 'breathOf' : 'repOf', counted.index, counted.count) : '\u00a0'}</span>
          {breath && running && !view.finished && (
            <> <strong class="breath-cue">{t(breath.inhaling ? 'breatheIn' : 'breatheOut')}</strong></>
          )}
        </p>
        {breath && <p class="visually-hidden">{t('breathPacerLabel')}</p>}
        <button type="button" class="hold-toggle" onClick={toggle} data-testid="timer-toggle" aria-keyshortcuts="Enter Space">{buttonLabel}</button>
      </div>
      <p class="visually-hidden" aria-live="polite" role="status" data-testid="timer-status">{spoken}</p>
    </section>
  );
}
