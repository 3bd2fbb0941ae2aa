import { useEffect, useRef, useState } from 'preact/hooks';
import { HOLD_TO_SKIP_MS } from '../core/firmness';
import { t } from '../platform/i18n';
import './HoldToSkip.css';

/**
 * Skip for a firm break: a deliberate act. Press and hold the button (pointer, Space or Enter on
 * it) or Esc anywhere on the page for 2 s; letting go sooner cancels. Each start and cancel is
 * announced, so a screen reader user knows to keep holding.
 */
export function HoldToSkip({ onSkip, disabled = false, holdMs = HOLD_TO_SKIP_MS }: {
  onSkip: () => void;
  disabled?: boolean;
  holdMs?: number;
}) {
  const [holding, setHolding] = useState(false);
  const [said, setSaid] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ onSkip, disabled });
  latest.current = { onSkip, disabled };

  const start = () => {
    if (timer.current !== null || latest.current.disabled) return;
    setHolding(true);
    setSaid(t('holdToSkipStarted'));
    timer.current = setTimeout(() => {
      timer.current = null;
      setHolding(false);
      latest.current.onSkip();
    }, holdMs);
  };
  const cancel = () => {
    if (timer.current === null) return;
    clearTimeout(timer.current);
    timer.current = null;
    setHolding(false);
    setSaid(t('holdToSkipCancelled'));
  };

  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      if (!e.repeat) start();
    };
    const up = (e: KeyboardEvent) => {
      if (e.key === 'Escape') cancel();
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    window.addEventListener('blur', cancel);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
      window.removeEventListener('blur', cancel);
      if (timer.current !== null) clearTimeout(timer.current);
    };
  }, []);

  const isPressKey = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Enter';
  return (
    <>
      <button type="button" class="hold-to-skip" data-holding={holding} disabled={disabled} data-testid="skip"
        aria-describedby="hold-to-skip-help" aria-keyshortcuts="Escape" style={{ '--hold-ms': `${holdMs}ms` }}
        onPointerDown={start} onPointerUp={cancel} onPointerLeave={cancel} onPointerCancel={cancel} onBlur={cancel}
        onKeyDown={(e) => {
          if (!isPressKey(e)) return;
          e.preventDefault();
          if (!e.repeat) start();
        }}
        onKeyUp={(e) => isPressKey(e) && cancel()}
        onClick={(e) => e.preventDefault()}>
        {t('btnHoldToSkip')}<kbd aria-hidden="true">Esc</kbd>
      </button>
      <span id="hold-to-skip-help" class="visually-hidden">{t('holdToSkipHelp')}</span>
      <span class="visually-hidden" role="status" aria-live="polite" data-testid="hold-to-skip-status">{said}</span>
    </>
  );
}
