import type { Dose } from '../core/exercise';
import { t } from '../platform/i18n';

const SECONDS_PER_MINUTE = 60;

/** "Hold 20 s each side · 3 rounds", "Look far away for 20 s" and the like, for a dose as it runs. */
export function doseText(dose: Dose): string {
  const parts: string[] = [];
  switch (dose.kind) {
    case 'hold':
      parts.push(t('doseHold', dose.seconds));
      break;
    case 'breaths':
      parts.push(t('doseBreaths', dose.breaths));
      break;
    case 'reps':
      parts.push(t(dose.pace === 'breath' ? 'doseRepsBreath' : 'doseReps', dose.count));
      break;
    case 'timed':
      if (dose.activity === 'walk') return t('doseWalk', dose.seconds / SECONDS_PER_MINUTE);
      return t(dose.activity === 'look-far' ? 'doseLookFar' : 'doseEyesClosed', dose.seconds);
  }
  if (dose.perSide) parts.push(t('dosePerSide'));
  const rounds = dose.kind === 'reps' ? dose.sets : dose.reps;
  if (rounds > 1) parts.push(t(dose.kind === 'reps' ? 'doseSets' : 'doseRounds', rounds));
  return parts.join(' · ');
}

/** The same dose in few words, for a note beside the dose: "4 breaths each side × 3". */
export function compactDoseText(dose: Dose): string {
  if (dose.kind === 'timed') return doseText(dose);
  const unit = dose.kind === 'hold' ? t('doseCompactHold', dose.seconds)
    : dose.kind === 'breaths' ? t('doseCompactBreaths', dose.breaths) : t('doseCompactReps', dose.count);
  const rounds = dose.kind === 'reps' ? dose.sets : dose.reps;
  return [unit, dose.perSide ? t('dosePerSide') : '', rounds > 1 ? t('doseCompactTimes', rounds) : ''].filter(Boolean).join(' ');
}
