import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Entry>;

const ROOT = 'public/_locales';
const read = (lang: string): Catalogue => JSON.parse(readFileSync(join(ROOT, lang, 'messages.json'), 'utf8'));
const english = read('en');
const others = readdirSync(ROOT).filter((lang) => lang !== 'en');

/** `$NAME$` references in a message, lower-cased as Chrome matches them. */
const referenced = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
const declared = (entry: Entry) => Object.keys(entry.placeholders ?? {}).map((k) => k.toLowerCase()).sort();

describe('English catalogue', () => {
  it.each(Object.keys(english))('%s uses exactly the placeholders it declares', (key) => {
    const entry = english[key]!;
    expect(entry.message.trim()).not.toBe('');
    expect([...new Set(referenced(entry.message))]).toEqual(declared(entry));
  });
});

describe.each(others)('the %s catalogue', (lang) => {
  const catalogue = read(lang);
  it('has every key English has, and no other', () => {
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(english).sort());
  });
  it('keeps each message\'s placeholders', () => {
    for (const key of Object.keys(english)) {
      const entry = catalogue[key];
      if (!entry) continue;
      expect(entry.message.trim(), key).not.toBe('');
      expect(declared(entry), key).toEqual(declared(english[key]!));
      expect([...new Set(referenced(entry.message))], key).toEqual(declared(english[key]!));
    }
  });
});
