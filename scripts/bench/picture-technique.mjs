#!/usr/bin/env node
/**
 * How to move a card's picture, measured: main-thread time per second of a page that shows one
 * picture at card size (160 px) and moves it, each way, in one headless Chromium, interleaved.
 *  - still: the stretch alone, not moving (the floor);
 *  - cross-fade: each keyframe an <img> of its own (a view of the SVG), opacity animated with the
 *    Web Animations API (what the card does);
 *  - transforms: the figure inline, its limb groups rotated by CSS animations about their joints.
 * Bytes: the cross-faded picture's SVG gzipped against the same figure once plus its transform keyframes.
 *   node scripts/bench/picture-technique.mjs [--rounds=5] [--id=cat-cow]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './cdp.mjs';
import { median, pageCpu } from './pages.mjs';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => a.startsWith('--rounds='))?.split('=')[1] ?? 5);
const id = args.find((a) => a.startsWith('--id='))?.split('=')[1] ?? 'cat-cow';
const svgFile = resolve('data/illustrations', `${id}.svg`);
const svg = readFileSync(svgFile, 'utf8');
const frames = (svg.match(/<view id="k/g) ?? []).length;

const dir = mkdtempSync(join(tmpdir(), 'limber-picture-probe-'));
const page = (name, body, script = '', css = '') => {
  writeFileSync(join(dir, `${name}.html`), `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="${name}.css"><script type="module" src="${name}.js"></script></head><body>${body}</body></html>`);
  writeFileSync(join(dir, `${name}.js`), script);
  writeFileSync(join(dir, `${name}.css`), `body{margin:0;background:#fff}.pic{position:relative;width:160px;height:160px}.pic img{position:absolute;inset:0;width:100%;height:100%}.pic img+img{opacity:0}${css}`);
};
writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'probe', version: '1', background: { service_worker: 'sw.js' } }));
writeFileSync(join(dir, 'sw.js'), '');
copyFileSync(svgFile, join(dir, 'picture.svg'));

page('still', '<div class="pic"><img src="picture.svg#still"></div>');
const layers = Array.from({ length: frames }, (_, i) => `<img src="picture.svg#k${i}">`).join('');
// Two frames: the upper layer fades in, holds, fades out; the lower one is whole underneath (as core/pictures/motion.ts).
page('crossfade', `<div class="pic">${layers}</div>`, `
const imgs = document.querySelectorAll('.pic img');
imgs[0].animate([{ offset: 0, opacity: 1 }, { offset: 0.5, opacity: 1 }, { offset: 0.5, opacity: 0 }, { offset: 0.825, opacity: 0 }, { offset: 0.825, opacity: 1 }, { offset: 1, opacity: 1 }], { duration: 3000, iterations: Infinity });
imgs[1].animate([{ offset: 0, opacity: 0 }, { offset: 0.325, opacity: 0 }, { offset: 0.5, opacity: 1 }, { offset: 0.825, opacity: 1 }, { offset: 1, opacity: 0 }], { duration: 3000, iterations: Infinity });
`);
// The first keyframe's figure inline; each part a group turning about a point of its own.
const firstFrame = svg.match(/<g id="g0">([\s\S]*?)<\/g><\/svg>/)?.[1] ?? '';
const parts = [...firstFrame.matchAll(/<path class="[^"]*" d="[^"]*"\/>/g)].map((m) => m[0]);
const style = svg.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
const props = svg.match(/<defs>([\s\S]*?)<\/defs>/)?.[1] ?? '';
const groups = parts.map((p, i) => `<g class="part" style="transform-origin:${60 + (i * 13) % 90}px ${90 + (i * 7) % 60}px;animation-delay:-${i * 100}ms">${p}</g>`).join('');
const inline = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 200" width="160" height="160"><style>${style}</style>${props}<use href="#p"/>${groups}</svg>`;
page('transforms', `<div class="pic">${inline}</div>`, '', '.part{animation:swing 1.5s ease-in-out infinite alternate}@keyframes swing{from{transform:rotate(0deg)}to{transform:rotate(10deg)}}');

const browser = await launchChromium({ extensionDir: dir });
const samples = { still: [], crossfade: [], transforms: [] };
try {
  for (let r = 0; r < rounds; r++) {
    for (const name of Object.keys(samples)) {
      const cpu = await pageCpu(browser, `/${name}.html`, { settleMs: 800, spanMs: 4000 });
      samples[name].push(cpu.taskMsPerS);
    }
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}

const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
console.log(`${id}: ${rounds} interleaved rounds, main-thread ms per second (median, range)`);
for (const [name, xs] of Object.entries(samples)) console.log(`  ${name.padEnd(11)} ${median(xs).toFixed(1).padStart(5)} ms/s  (${Math.min(...xs).toFixed(1)}-${Math.max(...xs).toFixed(1)})`);
console.log(`bytes, gzip: cross-fade SVG (${frames} keyframes + still) ${gz(svg)} B; one inline figure with transform keyframes ${gz(inline)} B`);
