/** Every user-visible string comes from _locales through browser.i18n; a missing key is a type error. */
import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/**
 * The browser's UI language as a BCP 47 tag ("de", "pt-BR"): the language Chrome picks the
 * catalogue by, and so the one numbers, dates and times are formatted in. Falls back to the
 * page's language where the API is missing (unit tests).
 */
export function uiLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage?.();
    if (lang) return lang.replace('_', '-');
  } catch {
    // No i18n API here.
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}

/** The catalogue's writing direction: "rtl" for a right-to-left language, else "ltr". */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

let numbers: { lang: string; format: Intl.NumberFormat } | null = null;

/** A number in the UI language's digits and separators: "0,5" in German, "1,440" in English. */
export function formatNumber(n: number): string {
  const lang = uiLanguage();
  if (numbers?.lang !== lang) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    } catch {
      format = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    }
    numbers = { lang, format };
  }
  return numbers.format.format(n);
}

/** A message with its placeholders filled; numbers are formatted for the UI language. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const getMessage = browser.i18n.getMessage as (name: string, subs?: string[]) => string;
  return getMessage(key, substitutions.map((s) => (typeof s === 'number' ? formatNumber(s) : s))) || key;
}
