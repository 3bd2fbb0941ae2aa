import type { FieldProblem } from '../core/settings';
import type { FileProblem } from '../core/settings-import';
import { t } from '../platform/i18n';
import { formatValue } from './format';

/** A settings problem in words, for the message by the field or the import report. */
export function problemText(problem: FieldProblem | FileProblem): string {
  switch (problem.kind) {
    case 'not-a-number':
      return t('errNotANumber');
    case 'not-whole':
      return t('errNotWhole');
    case 'out-of-range':
      return t('errRange', problem.min, problem.max);
    case 'not-one-of':
      return t('errNotOneOf', problem.allowed.join(', '));
    case 'not-boolean':
      return t('errNotBoolean');
    case 'not-a-list':
      return t('errNotAList');
    case 'bad-item':
      return t('errBadItem', formatValue(problem.item));
    case 'too-large':
      return t('errFileTooLarge', Math.ceil(problem.max / 1024));
    case 'not-json':
      return t('errNotJson');
    case 'not-an-object':
      return t('errNotAnObject');
    case 'bad-version':
      return t('errBadVersion');
    case 'newer-version':
      return t('errNewerVersion', problem.version);
    case 'end-before-start':
      return t('errEndBeforeStart');
    case 'not-text':
      return t('errNotText');
    case 'text-length':
      return t('errTextLength', problem.min, problem.max);
    case 'item-count':
      return t('errItemCount', problem.min, problem.max);
    case 'not-a-stretch':
      return t('errNotAStretch');
    case 'duplicate-id':
      return t('errDuplicateId');
    default:
      return t('errInvalid');
  }
}
