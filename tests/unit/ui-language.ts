/** The fake browser speaking a language: its UI language and its catalogue, from public/_locales. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFileSync } from 'node:fs';
import { messageFrom, type Entry } from './english-messages';

export const catalogue = (lang: string) => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, Entry>;

let lang = 'en-US';
let messages = catalogue('en');

/** Switches the UI language (a BCP 47 tag or Chrome's `pt_BR`) and the catalogue the words come from. */
export function speak(ui: string, catalogueLang = ui.split('-')[0]!): void {
  lang = ui;
  messages = catalogue(catalogueLang);
}

/** Call in beforeEach: a fresh fake browser in American English. */
export function speakEnglish(): void {
  fakeBrowser.reset();
  speak('en-US', 'en');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((name: string, subs?: string | string[]) => messageFrom(messages, name, subs)) as never);
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => lang);
}
