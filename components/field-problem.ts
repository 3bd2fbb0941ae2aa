import type { FieldProblem } from '../core/settings';
import { t } from '../platform/i18n';

/** A settings problem in words, for the message by the field. */
export function problemText(problem: FieldProblem): string {
  switch (problem.kind) {
    case 'not-a-number':
      return t('errNotANumber');
    case 'not-whole':
      return t('errNotWhole');
    case 'out-of-range':
      return t('errRange', problem.min, problem.max);
    default:
      return t('errInvalid');
  }
}
