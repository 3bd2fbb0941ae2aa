/**
 * The stretch library's content, card by card: words in all six catalogues, a picture, a dose
 * within the schema's bounds, its facts with the public sources they were checked against, and
 * no run of 9 words copied from the seed article or any source passage saved for checking.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXERCISE_DATA } from '../../../data/exercises';
import { EXERCISE_SOURCES, SAFETY_NOTE_SOURCES, type Source } from '../../../data/exercise-sources';
import { exerciseMessageKeys } from '../../../core/exercise';
import { isDoseInBounds } from '../../../core/dose-bounds';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'] as const;
const SOURCE_TEXT = 'data/source-text';
const SEED_FILE = 'seed-000_47833347fc1a4aba.txt';
/** Runs this long, word for word, count as copied. */
const COPIED_RUN = 9;

type Catalogue = Record<string, { message: string }>;
const catalogues = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalogue]),
) as Record<(typeof LANGUAGES)[number], Catalogue>;

/** Lower-case words, with typographic quotes and dashes made plain and other punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[^\p{L}\p{N}'\s-]+/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^[-']+|[-']+$/g, ''))
    .filter(Boolean);
}

const runsOf = (list: readonly string[], n: number) => Array.from({ length: Math.max(0, list.length - n + 1) }, (_, i) => list.slice(i, i + n).join(' '));

/** Every run of COPIED_RUN words in the seed and the saved source passages. */
function sourceRuns(): Set<string> {
  const runs = new Set<string>();
  for (const file of readdirSync(SOURCE_TEXT).filter((f) => f.endsWith('.txt'))) {
    for (const run of runsOf(words(readFileSync(join(SOURCE_TEXT, file), 'utf8')), COPIED_RUN)) runs.add(run);
  }
  return runs;
}

/** The runs of `text` found in `runs`. */
const copiedIn = (text: string, runs: ReadonlySet<string>) => runsOf(words(text), COPIED_RUN).filter((run) => runs.has(run));

const SAFETY_KEYS = ['safetyTitle', 'safetyMild', 'safetyStop', 'safetyClinician'] as const;

describe('the copy check itself', () => {
  it('splits words as a reader would and finds a copied run of 9 words, but not 8', () => {
    expect(words('Don’t  bounce — hold it, “gently”.')).toEqual(["don't", 'bounce', 'hold', 'it', 'gently']);
    const runs = new Set(runsOf(words('one two three four five six seven eight nine ten'), COPIED_RUN));
    expect(copiedIn('So: two three four five six seven eight nine ten!', runs)).toEqual(['two three four five six seven eight nine ten']);
    expect(copiedIn('two three four five six seven eight nine', runs)).toEqual([]);
  });

  it('reads the seed article and the saved passages (a sentence of the seed is caught)', () => {
    const runs = sourceRuns();
    expect(existsSync(join(SOURCE_TEXT, SEED_FILE))).toBe(true);
    expect(runs.size).toBeGreaterThan(2000);
    // A sentence taken from the saved seed itself (not written here, so this file copies nothing).
    const seedSentence = readFileSync(join(SOURCE_TEXT, SEED_FILE), 'utf8').split(/[.!?]\s/).find((x) => x.split(/\s+/).length >= 12)!;
    expect(copiedIn(seedSentence, runs)).not.toEqual([]);
  });
});

describe('every exercise', () => {
  const runs = sourceRuns();

  it.each(EXERCISE_DATA.map((e) => [e.id, e] as const))('%s has its words in all six catalogues', (_id, e) => {
    for (const lang of LANGUAGES) {
      for (const key of exerciseMessageKeys(e)) {
        expect(catalogues[lang][key]?.message.trim(), `${lang} ${key}`).toBeTruthy();
      }
    }
    expect(e.cueCount).toBeGreaterThanOrEqual(2);
    expect(e.cueCount).toBeLessThanOrEqual(4);
  });

  it.each(EXERCISE_DATA.map((e) => [e.id, e] as const))('%s has a picture and a dose within the schema\'s bounds', (id, e) => {
    expect(existsSync(`data/illustrations/${id}.svg`)).toBe(true);
    expect(isDoseInBounds(e.dose), JSON.stringify(e.dose)).toBe(true);
    if (e.fullDose) expect(isDoseInBounds(e.fullDose), JSON.stringify(e.fullDose)).toBe(true);
  });

  it.each(EXERCISE_DATA.map((e) => [e.id] as const))('%s records its facts and a public source checked, with the passage saved', (id) => {
    const entry = EXERCISE_SOURCES[id];
    expect(entry, 'an entry in data/exercise-sources.ts').toBeDefined();
    expect(entry!.facts.trim().length).toBeGreaterThan(40);
    expect(entry!.sources.length).toBeGreaterThan(0);
    // Checked against a public page besides the seed article the first cards were drafted from.
    expect(entry!.sources.some((s) => s.savedAs !== SEED_FILE)).toBe(true);
    for (const source of entry!.sources) expectComplete(source);
  });

  it.each(EXERCISE_DATA.map((e) => [e.id, e] as const))('%s copies no run of 9 words from the seed or a saved source, in any language', (_id, e) => {
    const texts = [EXERCISE_SOURCES[e.id]?.facts ?? '', ...LANGUAGES.flatMap((lang) => exerciseMessageKeys(e).map((key) => catalogues[lang][key]?.message ?? ''))];
    for (const text of texts) expect(copiedIn(text, runs), text).toEqual([]);
  });
});

describe('the safety note', () => {
  it('is in all six languages, copies no source, and records its sources', () => {
    const runs = sourceRuns();
    for (const lang of LANGUAGES) {
      for (const key of SAFETY_KEYS) {
        const text = catalogues[lang][key]?.message ?? '';
        expect(text.trim(), `${lang} ${key}`).toBeTruthy();
        expect(copiedIn(text, runs), `${lang} ${key}`).toEqual([]);
      }
    }
    for (const source of SAFETY_NOTE_SOURCES) expectComplete(source);
  });

  it('says the three things: only to a mild pull, stop on pain, numbness or dizziness, a clinician for lasting pain', () => {
    const en = SAFETY_KEYS.map((key) => catalogues.en[key]!.message).join(' ');
    for (const needed of [/mild/, /pain/, /numbness/, /dizziness/, /doctor|physiotherapist/, /lasts/]) expect(en).toMatch(needed);
  });
});

function expectComplete(source: Source): void {
  expect(source.title.trim(), JSON.stringify(source)).not.toBe('');
  expect(source.publisher.trim(), JSON.stringify(source)).not.toBe('');
  expect(source.url, JSON.stringify(source)).toMatch(/^https?:\/\/[^\s/]+\.[^\s]+$/);
  const saved = join(SOURCE_TEXT, source.savedAs);
  expect(existsSync(saved), saved).toBe(true);
  expect(readFileSync(saved, 'utf8').trim().length, saved).toBeGreaterThan(100);
}
