import type { Dose } from '../core/exercise';
import { scaledBreaths, scaledHoldSeconds } from '../core/hold-timer';
import { t } from '../platform/i18n';

/** "Hold 20 s each side · 3 rounds" and the like. */
export function doseText(dose: Dose, multiplier = 1): string {
  const parts: string[] = [];
  if (dose.kind === 'hold') parts.push(t('doseHold', scaledHoldSeconds(dose.seconds, multiplier)));
  if (dose.kind === 'breaths') parts.push(t('doseBreaths', scaledBreaths(dose.breaths, multiplier)));
  if (dose.kind === 'reps') parts.push(t('doseReps', dose.count));
  if (dose.perSide) parts.push(t('dosePerSide'));
  const rounds = dose.kind === 'reps' ? dose.sets : dose.reps;
  if (rounds > 1) parts.push(t(dose.kind === 'reps' ? 'doseSets' : 'doseRounds', rounds));
  return parts.join(' · ');
}
