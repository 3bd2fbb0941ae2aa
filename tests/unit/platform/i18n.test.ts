/** The UI language is the browser's; t() fills placeholders with numbers in that language. */
import { beforeEach, describe, expect, it } from 'vitest';
import { catalogue, speak, speakEnglish } from '../ui-language';
import { formatNumber, t, uiLanguage } from '../../../platform/i18n';

beforeEach(speakEnglish);

describe('the UI language', () => {
  it('is the browser\'s, as a BCP 47 tag', () => {
    speak('pt_BR', 'pt_BR');
    expect(uiLanguage()).toBe('pt-BR');
    speak('de');
    expect(uiLanguage()).toBe('de');
  });

  it('formats the numbers t() fills in', () => {
    expect(t('optHoldStep', 0.5)).toBe('×0.5');
    expect(formatNumber(1440)).toBe('1,440');
    speak('de');
    expect(formatNumber(0.5)).toBe('0,5');
    expect(t('optHoldStep', 1.5)).toContain('1,5');
    expect(t('btnSnooze', 5)).toContain('5');
    expect(t('btnSnooze', 5)).not.toBe(catalogue('en').btnSnooze!.message.replace('$MIN$', '5'));
  });
});
