#!/usr/bin/env node
/* global document, HTMLElement, indexedDB -- used only inside page.evaluate(), which runs in the browser */
// `npm run store`: builds and zips both packages (as `npm run zip` does), then writes store/:
//   chrome/<lang>/  Chrome Web Store: 1280x800 screenshots, the 440x280 and 1400x560 promo tiles
//   amo/<lang>/     addons.mozilla.org: 1280x800 screenshots
//   icon-128.png    the store icon: 96x96 artwork, 16 px of transparent padding each side
//   listing/<lang>/ chrome-summary.txt (the manifest's description), amo-summary.txt, description.txt
//   permissions.md  the single purpose and why each permission, from the built manifests
// Screenshots are of the real built extension in Debian's Chromium (headless), in English and German
// (Chromium on Linux takes its UI language from LANGUAGE). The framed ones (card, popup, promo tiles)
// place those screenshots beside a headline from scripts/store/listing/<lang>.json.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ICON_SVG } from './icon-svg.mjs';
import { cardScene, marquee, popupScene, smallPromo, storeIcon } from './store/compose.mjs';
import { permissionsMarkdown } from './store/permissions.mjs';
import { pngSize } from './store/png.mjs';

const OUT = resolve('store');
const CHROME_BUILD = resolve('.output/chrome-mv3');
const FIREFOX_BUILD = resolve('.output/firefox-mv3');
const CHROMIUM = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja'];
const SHOT_LANGUAGES = [{ dir: 'en', env: 'en_US' }, { dir: 'de', env: 'de_DE' }];
const SCREEN = { width: 1280, height: 800 };
const CARD_WINDOW = { width: 440, height: 620 }; // the break window's inside (platform/break-window.ts)
const POPUP_WIDTH = 356;

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const write = (path, data) => {
  const full = join(OUT, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, data);
  console.log('wrote', relative(process.cwd(), full));
};

function run(cmd, args) {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// 1. Both packages, exactly as `npm run zip` makes them (each zip builds first).
run('npx', ['wxt', 'zip']);
run('npx', ['wxt', 'zip', '-b', 'firefox']);
rmSync(OUT, { recursive: true, force: true });

// 2. Texts: the Chrome summary is the manifest's description (what the Web Store shows).
for (const lang of LANGUAGES) {
  const listing = readJson(`scripts/store/listing/${lang}.json`);
  const messages = readJson(`public/_locales/${lang}/messages.json`);
  write(`listing/${lang}/chrome-summary.txt`, `${messages.extDescription.message}\n`);
  write(`listing/${lang}/amo-summary.txt`, `${listing.amoSummary}\n`);
  write(`listing/${lang}/description.txt`, `${listing.description.join('\n')}\n`);
}
write('permissions.md', permissionsMarkdown({ chrome: readJson(join(CHROME_BUILD, 'manifest.json')), firefox: readJson(join(FIREFOX_BUILD, 'manifest.json')) }));

// 3. Images.
async function launch(extensionDir, env) {
  const profile = mkdtempSync(join(tmpdir(), 'limber-store-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    env: { ...process.env, ...env },
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars', '--disable-component-update',
      `--lang=${env.LANGUAGE.replace('_', '-')}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Renders `html` at its size; `transparent` keeps the page's background out (the icon). */
async function render(context, html, size, transparent = false) {
  const page = await context.newPage();
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ omitBackground: transparent });
  await page.close();
  return png;
}

/**
 * An extension page as a PNG, light theme, no motion, nothing focused; `full` sizes the shot to the
 * page's height, `crop` to the bottom of that element (and 8 px more).
 */
async function shoot(page, url, size, { ready, full = false, crop, wait = 600 } = {}) {
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await page.goto(url);
  if (ready) await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(wait);
  await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
  const box = crop ? await page.locator(crop).boundingBox() : null;
  return page.screenshot(box ? { clip: { x: 0, y: 0, width: size.width, height: Math.min(size.height, Math.ceil(box.y + box.height + 8)) } } : { fullPage: full });
}

const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
const image = (png) => ({ url: dataUrl(png), ...pngSize(png) });

/** Two weeks of breaks, the same every run relative to today: 6 to 8 stretches a day (the goal is 6), 4 so far today. */
async function seedHistory(page) {
  await page.evaluate(async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const ids = ['neck-release', 'seated-twist', 'shoulder-blade-squeeze', 'overhead-elbow-stretch', 'seated-forward-fold'];
    const min = 60_000;
    const today = new Date();
    const entries = [];
    for (let back = 13; back >= 0; back -= 1) {
      const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back, 9, 0);
      const done = back === 0 ? 4 : 6 + Math.floor(random() * 3);
      const skipped = back === 0 ? 1 : Math.floor(random() * 2);
      for (let i = 0; i < done + skipped; i += 1) {
        const at = day.getTime() + i * 50 * min + Math.floor(random() * 10) * min;
        if (at > Date.now()) break;
        const outcome = i < done ? 'done' : 'skipped';
        entries.push({ at, outcome, sittingMs: (30 + Math.floor(random() * 12)) * min, ...(outcome === 'done' && { exerciseId: ids[Math.floor(random() * ids.length)] }) });
      }
    }
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('limber-history');
      req.onupgradeneeded = () => req.result.createObjectStore('breaks-v1');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('breaks-v1', 'readwrite');
    entries.forEach((e, i) => tx.objectStore('breaks-v1').put({ v: 1, ...e }, `${String(e.at).padStart(15, '0')}-${String(i).padStart(3, '0')}`));
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

/** The Firefox build's pages, loadable in Chromium: the same files without the Firefox-only background and settings keys. */
function firefoxPagesForChromium() {
  const dir = mkdtempSync(join(tmpdir(), 'limber-store-firefox-'));
  cpSync(FIREFOX_BUILD, dir, { recursive: true });
  const manifest = readJson(join(dir, 'manifest.json'));
  delete manifest.background;
  delete manifest.browser_specific_settings;
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return dir;
}

const browserless = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const plain = await browserless.newContext({ deviceScaleFactor: 1 });
write('icon-128.png', await render(plain, storeIcon({ icon: ICON_SVG }), { width: 128, height: 128 }, true));

const firefoxDir = firefoxPagesForChromium();
try {
  for (const { dir: lang, env } of SHOT_LANGUAGES) {
    const listing = readJson(`scripts/store/listing/${lang}.json`);
    const messages = readJson(`public/_locales/${lang}/messages.json`);
    const language = { LANGUAGE: lang, LANG: `${env}.UTF-8`, LC_ALL: `${env}.UTF-8` };

    const chrome = await launch(CHROME_BUILD, language);
    let shots;
    try {
      const worker = chrome.context.serviceWorkers()[0] ?? (await chrome.context.waitForEvent('serviceworker'));
      const id = new URL(worker.url()).host;
      if (id !== unpackedExtensionId(CHROME_BUILD)) throw new Error(`unexpected extension id ${id}: unpackedExtensionId() is out of date`);
      const url = (path) => `chrome-extension://${id}${path}`;
      // The card as a returning user sees it: the safety note over the first card ever shown is the welcome page's shot.
      await worker.evaluate(() => chrome.storage.local.set({ safetyNoteSeen: true }));
      // The welcome page the install itself opened.
      const welcome = chrome.context.pages().find((p) => p.url().includes('/welcome.html'))
        ?? (await chrome.context.waitForEvent('page', { predicate: (p) => p.url().includes('/welcome.html'), timeout: 15_000 }));
      const page = await chrome.context.newPage();
      shots = {
        welcome: await shoot(welcome, welcome.url(), SCREEN, { ready: '[data-testid=try-stretch]' }),
        card: await shoot(page, url('/break.html?break=1&exercise=neck-release&snooze=1'), CARD_WINDOW, { ready: '.stretch-card h1', crop: '.stretch-card', wait: 2300 }),
        popup: await shoot(page, url('/popup.html'), { width: POPUP_WIDTH, height: 200 }, { ready: '[data-testid=sitting]', full: true, wait: 800 }),
        options: await shoot(page, url('/options.html'), SCREEN, { ready: '#breaks-heading' }),
      };
      await seedHistory(page);
      shots.history = await shoot(page, url('/options.html#breaks'), SCREEN, { ready: '[data-testid=top-exercises]', wait: 800 });
      const badge = await worker.evaluate(() => chrome.action.getBadgeText({}));

      const icon = ICON_SVG;
      const { captions, tagline } = listing;
      const card = image(shots.card);
      const popup = image(shots.popup);
      const framed = {
        card: await render(plain, cardScene({ icon, card, title: messages.breakTitle.message, caption: captions.card, sub: captions.cardSub }), SCREEN),
        popup: await render(plain, popupScene({ icon, popup, badge: badge || '30', caption: captions.popup, sub: captions.popupSub }), SCREEN),
      };
      const screenshots = [
        ['screenshot-1-card.png', framed.card],
        ['screenshot-2-popup.png', framed.popup],
        ['screenshot-3-welcome.png', shots.welcome],
        ['screenshot-4-options.png', shots.options],
        ['screenshot-5-history.png', shots.history],
      ];
      for (const [file, png] of screenshots) write(`chrome/${lang}/${file}`, png);
      write(`chrome/${lang}/promo-small-440x280.png`, await render(plain, smallPromo({ icon, tagline }), { width: 440, height: 280 }));
      write(`chrome/${lang}/promo-marquee-1400x560.png`, await render(plain, marquee({ icon, card, popup, tagline }), { width: 1400, height: 560 }));
      // AMO: the same pages (one code base); only the welcome page differs, so it comes from the Firefox build.
      for (const [file, png] of screenshots) if (!file.includes('welcome')) write(`amo/${lang}/${file}`, png);
    } finally {
      await chrome.close();
    }

    const firefox = await launch(firefoxDir, language);
    try {
      const page = await firefox.context.newPage();
      // No background here (Chromium cannot run Firefox's), so the page is opened by hand.
      const id = unpackedExtensionId(firefoxDir);
      write(`amo/${lang}/screenshot-3-welcome.png`, await shoot(page, `chrome-extension://${id}/welcome.html`, SCREEN, { ready: '[data-testid=try-stretch]' }));
    } finally {
      await firefox.close();
    }
  }
} finally {
  await browserless.close();
  rmSync(firefoxDir, { recursive: true, force: true });
}

/**
 * The id Chromium gives an extension loaded from a folder: the first 32 hex digits of the SHA-256 of
 * its absolute path, written with the letters a-p. (The Firefox build runs no worker to read it from.)
 */
function unpackedExtensionId(dir) {
  return createHash('sha256').update(dir).digest('hex').slice(0, 32).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

// 4. What is where.
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else files.push(full);
  }
};
walk(OUT);
const version = readJson('package.json').version;
write('README.md', [
  `# Limber ${version}: store listings`,
  '',
  'Everything here is written by `npm run store` (scripts/store.mjs), which first builds and zips both',
  'packages as `npm run zip` does. Screenshots are of the built extension in headless Chromium, in English and',
  'German; the card and popup shots are framed with a headline (scripts/store/compose.mjs). The AMO screenshots',
  'are the same pages (one code base) except the welcome page, taken from the Firefox build\'s files loaded in',
  'Chromium (its toolbar-pinning hint is Firefox\'s). Listing texts: scripts/store/listing/<lang>.json; the Chrome',
  'summary is the manifest\'s description. `tests/unit/store.test.ts` checks every image\'s size, the text',
  'lengths and permissions.md against the manifest.',
  '',
  '| file | size |',
  '| --- | --- |',
  ...files.filter((f) => !f.endsWith('README.md')).map((f) => {
    const rel = relative(OUT, f);
    const size = f.endsWith('.png') ? `${pngSize(readFileSync(f)).width}x${pngSize(readFileSync(f)).height}, ` : '';
    return `| ${rel} | ${size}${(statSync(f).size / 1024).toFixed(1)} kB |`;
  }),
  '',
].join('\n'));
