/** Limber in Japanese: the card, the options page and the welcome page fit (tests/e2e/language-fit.ts). */
import { describeLanguageFits } from './language-fit';

describeLanguageFits('ja', 'ja_JP');
