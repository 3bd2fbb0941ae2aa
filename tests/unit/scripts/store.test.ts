/**
 * The store folder `npm run store` writes (and the repository keeps): every image at the size its
 * store asks for, the icon's artwork inside its 96x96 box, each language's texts within their
 * limits, and permissions.md explaining exactly what the manifest asks for, so a new permission
 * cannot ship unexplained.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodePng, pngSize } from '../../../scripts/store/png.mjs';
import config from '../../../wxt.config';

const STORE = 'store';
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'];
const SHOT_LANGUAGES = ['en', 'de'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}
const pngs = filesUnder(STORE).filter((f) => f.endsWith('.png')).map((f) => relative(STORE, f));
const read = (path: string) => readFileSync(join(STORE, path), 'utf8').trim();

/** The size each store asks for, by file name. */
function expectedSize(file: string): { width: number; height: number } | null {
  if (/(^|\/)screenshot-\d-[a-z]+\.png$/.test(file)) return { width: 1280, height: 800 };
  if (file.endsWith('promo-small-440x280.png')) return { width: 440, height: 280 };
  if (file.endsWith('promo-marquee-1400x560.png')) return { width: 1400, height: 560 };
  if (file === 'icon-128.png') return { width: 128, height: 128 };
  return null;
}

describe('store images', () => {
  it.each(pngs)('%s has the size its store asks for', (file) => {
    const size = expectedSize(file);
    expect(size, `${file}: not a store image this test knows`).not.toBeNull();
    expect(pngSize(readFileSync(join(STORE, file)))).toEqual(size);
  });

  it.each(SHOT_LANGUAGES)('%s: at least 3 Chrome Web Store screenshots (card, popup, options or history), both promo tiles, and AMO screenshots', (lang) => {
    const chrome = pngs.filter((f) => f.startsWith(`chrome/${lang}/screenshot-`));
    expect(chrome.length).toBeGreaterThanOrEqual(3);
    expect(chrome.some((f) => f.includes('-card'))).toBe(true);
    expect(chrome.some((f) => f.includes('-popup'))).toBe(true);
    expect(chrome.some((f) => f.includes('-options') || f.includes('-history'))).toBe(true);
    expect(pngs).toContain(`chrome/${lang}/promo-small-440x280.png`);
    expect(pngs).toContain(`chrome/${lang}/promo-marquee-1400x560.png`);
    expect(pngs.filter((f) => f.startsWith(`amo/${lang}/screenshot-`)).length).toBeGreaterThanOrEqual(3);
  });

  it('the 128x128 icon keeps its artwork in the middle 96x96, with 16 px of transparent padding', () => {
    const { width, height, rgba } = decodePng(readFileSync(join(STORE, 'icon-128.png')));
    let [left, top, right, bottom] = [width, height, -1, -1];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        if (rgba[(y * width + x) * 4 + 3]! === 0) continue;
        left = Math.min(left, x);
        top = Math.min(top, y);
        right = Math.max(right, x);
        bottom = Math.max(bottom, y);
      }
    }
    expect(left).toBeGreaterThanOrEqual(16);
    expect(top).toBeGreaterThanOrEqual(16);
    expect(right).toBeLessThanOrEqual(111);
    expect(bottom).toBeLessThanOrEqual(111);
    // The artwork fills its box (the rounded square sits 3 px inside it).
    expect(right - left + 1).toBeGreaterThanOrEqual(88);
    expect(bottom - top + 1).toBeGreaterThanOrEqual(88);
  });
});

describe.each(LANGUAGES)('store texts in %s', (lang) => {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;

  it('the Chrome summary is the manifest description, at most 132 characters', () => {
    const summary = read(`listing/${lang}/chrome-summary.txt`);
    expect(summary).toBe(messages.extDescription!.message);
    expect(summary.length).toBeGreaterThan(20);
    expect([...summary].length).toBeLessThanOrEqual(132);
  });

  it('the AMO summary has at most 250 characters; the description says enough and fits both stores', () => {
    const summary = read(`listing/${lang}/amo-summary.txt`);
    expect(summary.length).toBeGreaterThan(40);
    expect([...summary].length).toBeLessThanOrEqual(250);
    const description = read(`listing/${lang}/description.txt`);
    expect(description.length).toBeGreaterThan(300);
    expect(description.length).toBeLessThanOrEqual(16_000);
    if (lang !== 'en') expect(description).not.toBe(read('listing/en/description.txt'));
  });
});

describe('permissions.md', () => {
  type Manifest = { permissions?: string[]; optional_permissions?: string[]; host_permissions?: string[]; optional_host_permissions?: string[] };
  const manifestFor = (browser: 'chrome' | 'firefox') =>
    (config.manifest as (env: object) => Manifest & Record<string, unknown>)({ browser, manifestVersion: 3, mode: 'production', command: 'build' });
  const listed = (section: string) => {
    const text = read('permissions.md');
    const body = text.split(/^## /m).find((s) => s.startsWith(section))!;
    return [...body.matchAll(/^- `([^`]+)`: (required|optional)/gm)].map((m) => ({ name: m[1]!, kind: m[2]! }));
  };

  it('names the single purpose', () => {
    expect(read('permissions.md')).toMatch(/## Single purpose\n\n\S.{40,}/);
  });

  it('lists exactly the permissions and optional permissions both manifests ask for', () => {
    const required = new Set<string>();
    const optional = new Set<string>();
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      for (const p of [...(m.permissions ?? []), ...(m.host_permissions ?? [])]) required.add(p);
      for (const p of [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])]) optional.add(p);
    }
    expect(listed('Permissions').map((p) => p.name).sort()).toEqual([...required].sort());
    expect(listed('Permissions').every((p) => p.kind === 'required')).toBe(true);
    expect(listed('Optional permissions').map((p) => p.name).sort()).toEqual([...optional].sort());
    expect(listed('Optional permissions').every((p) => p.kind === 'optional')).toBe(true);
  });

  it('the Firefox manifest declares that Limber collects no data', () => {
    const gecko = (manifestFor('firefox').browser_specific_settings as { gecko: { data_collection_permissions: unknown } }).gecko;
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(read('permissions.md')).toContain('data_collection_permissions: { required: ["none"] }');
  });
});

describe('the version, in one place', () => {
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

  it('package.json\'s version heads the changelog and the store folder was written for it', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')} `, 'm'));
    expect(read('README.md').split('\n')[0]).toBe(`# Limber ${version}: store listings`);
  });
});
