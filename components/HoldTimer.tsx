import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  elapsedOf, pauseClock, startClock, stoppedClock, timerAt, totalSeconds,
  type HoldPhase, type TimerClock, type TimerView,
} from '../core/hold-timer';
import { t } from '../platform/i18n';
import './HoldTimer.css';

export interface HoldTimerProps {
  readonly plan: readonly HoldPhase[];
  readonly autoStart?: boolean;
  /** Changes when a new card is shown, restarting the timer. */
  readonly resetKey: string;
}

function phaseLabel(view: TimerView): string {
  const parts: string[] = [];
  if (view.phase.side) parts.push(t(view.phase.side === 'first' ? 'sideFirst' : 'sideSecond'));
  if (view.phase.rounds > 1) parts.push(t('roundOf', view.phase.round, view.phase.rounds));
  return parts.join(' · ');
}

/** What a screen reader hears: only at the moments that matter, never every second. */
function announcement(prev: TimerView | null, view: TimerView, running: boolean): string | null {
  if (view.finished) return prev && !prev.finished ? t('timerDone') : null;
  if (prev === null || (!prev.finished && prev.phaseIndex !== view.phaseIndex)) {
    const switched = prev !== null && view.phase.side === 'second';
    const label = [switched ? t('switchSides') : '', phaseLabel(view), t('secondsLeft', view.secondsLeft)].filter(Boolean).join('. ');
    return running ? label : null;
  }
  if (prev.secondsLeft > 5 && view.secondsLeft === 5) return t('timerFiveLeft');
  return null;
}

export function HoldTimer({ plan, autoStart = true, resetKey }: HoldTimerProps) {
  const [clock, setClock] = useState<TimerClock>(() => (autoStart ? startClock(stoppedClock, Date.now()) : stoppedClock));
  const [now, setNow] = useState(() => Date.now());
  const [spoken, setSpoken] = useState('');
  const lastView = useRef<TimerView | null>(null);

  useEffect(() => {
    setClock(autoStart ? startClock(stoppedClock, Date.now()) : stoppedClock);
    lastView.current = null;
  }, [resetKey]);

  const running = clock.startedAt !== null;
  const view = useMemo(() => timerAt(plan, elapsedOf(clock, now)), [plan, clock, now]);

  useEffect(() => {
    if (!running || view.finished) return;
    const id = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(id);
  }, [running, view.finished]);

  useEffect(() => {
    const said = announcement(lastView.current, view, running);
    if (said) setSpoken(said);
    lastView.current = view;
  }, [view.phaseIndex, view.secondsLeft, view.finished, running]);

  const toggle = () => {
    const at = Date.now();
    setNow(at);
    if (view.finished) setClock(startClock(stoppedClock, at));
    else if (running) {
      setClock(pauseClock(clock, at));
      setSpoken(t('timerPaused'));
    } else setClock(startClock(clock, at));
  };

  const switching = view.phase.side === 'second' && view.phase.seconds - view.secondsLeft < 3 && !view.finished;
  const buttonLabel = view.finished ? t('btnRestart') : running ? t('btnPause') : clock.banked > 0 ? t('btnResume') : t('btnStart');

  return (
    <section class="hold-timer" aria-label={t('timerLabel')} data-running={running} data-finished={view.finished}>
      <p class="hold-phase">{switching ? <strong>{t('switchSides')}</strong> : phaseLabel(view) || '\u00a0'}</p>
      <p class="hold-seconds" aria-hidden="true">
        <span data-testid="seconds-left">{view.secondsLeft}</span>
        <span class="hold-unit"> s</span>
      </p>
      <div class="hold-progress" role="progressbar" aria-valuemin={0} aria-valuemax={totalSeconds(plan)}
        aria-valuenow={Math.round(view.progress * totalSeconds(plan))} aria-label={t('timerLabel')}>
        <div class="hold-progress-fill" style={{ transform: `scaleX(${view.progress})` }} />
      </div>
      <button type="button" class="hold-toggle" onClick={toggle} data-testid="timer-toggle">{buttonLabel}</button>
      <p class="visually-hidden" aria-live="polite" role="status">{spoken}</p>
    </section>
  );
}
