/**
 * Pictures of the pictures, in a real Chromium: the contact sheet of every exercise's keyframes in
 * light and dark (docs/screenshots/library.png, made by `npm run screenshots`), and one image per
 * exercise for a blind review (`node scripts/picture-sheet.mjs --review DIR KEY_FILE [--seed N]`; each
 * round takes a new seed: round 1 used 20261201, round 2 20261202, round 3 20261203).
 * The SVGs are the committed ones in data/illustrations/, served to the page as they are; each
 * half of a sheet takes its theme from CSS `color-scheme`, which Chromium hands to an SVG image.
 */
/* global document -- used only inside page.waitForFunction(), which runs in the browser */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const ORIGIN = 'https://pictures.limber.invalid';
const SURFACE = { light: '#ffffff', dark: '#1d2522' };
const PAGE_BG = { light: '#f7f5f0', dark: '#141a18' };

/** The exercises with drawn pictures, in the library's order, with their English names. */
export function drawnPictures() {
  const motion = readFileSync(join(ROOT, 'data/picture-motion.ts'), 'utf8');
  const frames = Object.fromEntries([...motion.matchAll(/'([\w-]+)': \{ frames: (\d+)/g)].map((m) => [m[1], Number(m[2])]));
  const order = [...readFileSync(join(ROOT, 'data/exercises.ts'), 'utf8').matchAll(/\{ id: '([\w-]+)'/g)].map((m) => m[1]);
  const english = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'));
  return order.filter((id) => frames[id]).map((id) => ({ id, frames: frames[id], name: english[`ex_${id.replaceAll('-', '_')}_name`]?.message ?? id }));
}

const views = (frames) => [...Array.from({ length: frames }, (_, i) => `k${i}`), 'still'];
const cells = (id, frames, size) => views(frames).map((v) => `<img src="${ORIGIN}/${id}.svg#${v}" width="${size}" height="${size}" alt="">`).join('');

async function serve(page) {
  await page.route(`${ORIGIN}/**`, (route) => {
    const name = new URL(route.request().url()).pathname.slice(1);
    if (name === 'sheet.html') return route.fulfill({ contentType: 'text/html', body: page.__sheet });
    route.fulfill({ contentType: 'image/svg+xml', body: readFileSync(join(ROOT, 'data/illustrations', name)) });
  });
}

async function shoot(page, html, path, only) {
  page.__sheet = html;
  await page.goto(`${ORIGIN}/sheet.html`);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
  if (only) await page.locator(only).screenshot({ path });
  else await page.screenshot({ path, fullPage: true });
}

const STYLE = `body{margin:0;font:13px/1.3 system-ui,sans-serif;color:#1d2522;background:${PAGE_BG.light}}
h1{font-size:16px;margin:12px 16px 4px}p{margin:0 16px 8px;color:#4f5d58}
table{border-collapse:separate;border-spacing:8px 6px;margin:0 8px 8px}th{text-align:start;font-weight:600;width:150px}
td{padding:6px;border-radius:10px;white-space:nowrap}td.light{background:${SURFACE.light};color-scheme:light}td.dark{background:${SURFACE.dark};color-scheme:dark}
td img{display:inline-block;margin:0 2px;vertical-align:middle}`;

/** docs/screenshots/library.png: every exercise, its keyframes in order then its still picture with the arrow, light and dark. */
export async function contactSheet(page, path, size = 112) {
  await serve(page);
  const rows = drawnPictures().map(({ id, frames, name }) =>
    `<tr><th scope="row">${name}</th><td class="light">${cells(id, frames, size)}</td><td class="dark">${cells(id, frames, size)}</td></tr>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<h1>Limber's exercise pictures</h1><p>Each row: the keyframes in the order they play, then the still picture shown under reduced motion and in the picker. Light theme, then dark.</p>
<table>${rows}</table></body></html>`;
  await page.setViewportSize({ width: 200 + 2 * (4 * (size + 4) + 20), height: 300 });
  await shoot(page, html, path);
}

/** Deterministic shuffle (a seeded LCG), so a review set can be rebuilt with the same numbers. */
function shuffled(list, seed) {
  const out = [...list];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * Blind-review images: DIR/<n>.png per exercise (its keyframes at card size, 160 px, light above
 * dark, no name), numbered in a shuffled order; the key (number to exercise id) goes to keyFile,
 * which must not be in DIR. Also DIR/names.txt: every exercise name, in the library's order.
 */
export async function reviewSet(page, dir, keyFile, seed = 20261201) {
  if (resolve(keyFile).startsWith(resolve(dir) + sep)) throw new Error('the key must not be in the review folder');
  await serve(page);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/^\d+\.png$/.test(f)) writeFileSync(join(dir, f), ''); // overwritten below
  const pictures = drawnPictures();
  const key = {};
  const order = shuffled(pictures, seed);
  await page.setViewportSize({ width: 5 * 164 + 40, height: 200 });
  for (const [i, { id, frames }] of order.entries()) {
    const n = i + 1;
    key[n] = id;
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE} body{background:#888} td{padding:4px}</style></head><body>
<table><tr><td class="light">${cells(id, frames, 160)}</td></tr><tr><td class="dark">${cells(id, frames, 160)}</td></tr></table></body></html>`;
    await shoot(page, html, join(dir, `${n}.png`), 'table');
  }
  writeFileSync(join(dir, 'names.txt'), pictures.map((p) => p.name).join('\n') + '\n');
  writeFileSync(keyFile, JSON.stringify(key, null, 2) + '\n');
  return key;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { chromium } = await import('playwright-core');
  const args = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage();
  try {
    if (args[0] === '--review') {
      const seedAt = args.indexOf('--seed');
      const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : undefined;
      if (seed !== undefined && !Number.isInteger(seed)) throw new Error('--seed takes a whole number');
      const [dir = 'docs/review', keyFile = '/tmp/review-key.json'] = args.slice(1).filter((_, i, rest) => rest[i] !== '--seed' && rest[i - 1] !== '--seed');
      const key = await reviewSet(page, dir, keyFile, seed);
      console.log(`wrote ${Object.keys(key).length} review images to ${dir}, the key to ${keyFile} (seed ${seed ?? 20261201})`);
    } else {
      const out = args[0] ?? 'docs/screenshots/library.png';
      await contactSheet(page, out);
      console.log('wrote', out);
    }
  } finally {
    await browser.close();
  }
}
