import { t } from '../platform/i18n';
import './SafetyNote.css';

export interface SafetyNoteProps {
  /** The heading's id, for a dialog or section to be labelled by. */
  readonly headingId?: string;
  /** The heading's level where the note sits in a page's outline (2 by default). */
  readonly headingLevel?: 2 | 3;
}

/** The general safety note: stretch gently, stop on warning signs, see someone about lasting pain. */
export function SafetyNote({ headingId = 'safety-note-title', headingLevel = 2 }: SafetyNoteProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <section class="safety-note" aria-labelledby={headingId} data-testid="safety-note">
      <Heading id={headingId}>{t('safetyTitle')}</Heading>
      <ul>
        <li>{t('safetyMild')}</li>
        <li>{t('safetyStop')}</li>
        <li>{t('safetyClinician')}</li>
      </ul>
    </section>
  );
}
