import { t } from '../platform/i18n';
import './AnswerStatus.css';

/**
 * Says when an answer (Done, Snooze, a pause...) has not been confirmed by the background in a few
 * seconds. Always in the page, empty until then, so screen readers announce the words when they come.
 */
export function AnswerStatus({ slow }: { slow: boolean }) {
  return (
    <p class="answer-status" role="status" aria-live="polite" data-testid="answer-status">
      {slow ? t('answerSlow') : ''}
    </p>
  );
}
