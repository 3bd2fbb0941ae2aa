/**
 * What each page costs to load: the JavaScript and CSS it fetches before it can run, gzipped.
 * Starts from the page's HTML (scripts, stylesheets, modulepreloads) and follows static imports
 * (`import ... from "./x.js"`, CSS `@import`); dynamic `import()` targets (and the stylesheets Vite links
 * with them) are counted apart as lazy.
 * SVG illustrations (a card fetches its own, every keyframe in one file) are excluded from the pages
 * and measured on their own: the largest is the budgeted one.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, posix, relative } from 'node:path';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function resolveRef(root, fromFile, ref) {
  const clean = ref.split(/[?#]/)[0];
  if (clean.startsWith('/')) return join(root, clean);
  return join(dirname(fromFile), clean);
}

function staticRefs(root, file) {
  const text = readFileSync(file, 'utf8');
  const refs = [];
  const lazy = [];
  if (file.endsWith('.js')) {
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.(?:js|css))["']/g)) refs.push(resolveRef(root, file, m[1]));
    for (const m of text.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.push(resolveRef(root, file, m[1]));
    // A lazy chunk's stylesheet: Vite lists it (from the root) in __vite__mapDeps, and links it before the chunk runs.
    const deps = /\b__vite__mapDeps=.*?\bm\.f=\[([^\]]*)\]/.exec(text)?.[1] ?? '';
    for (const m of deps.matchAll(/["']([^"']+\.css)["']/g)) lazy.push(join(root, m[1]));
  } else if (file.endsWith('.css')) {
    for (const m of text.matchAll(/@import\s+(?:url\()?["']?([^"')]+\.css)/g)) refs.push(resolveRef(root, file, m[1]));
  }
  return { refs, lazy };
}

/** Every JS/CSS file a page (or the worker) loads up front, and what it may load later. */
function closure(root, entries) {
  const seen = new Set();
  const lazy = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const { refs, lazy: later } = staticRefs(root, file);
    stack.push(...refs);
    later.forEach((f) => lazy.add(f));
  }
  const lazyOnly = new Set();
  const lazyStack = [...lazy].filter((f) => !seen.has(f));
  while (lazyStack.length) {
    const file = lazyStack.pop();
    if (seen.has(file) || lazyOnly.has(file)) continue;
    lazyOnly.add(file);
    const { refs, lazy: later } = staticRefs(root, file);
    lazyStack.push(...refs, ...later);
  }
  return { files: [...seen].sort(), lazy: [...lazyOnly].sort() };
}

function htmlEntries(root, htmlFile) {
  const html = readFileSync(htmlFile, 'utf8');
  const out = [];
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) out.push(resolveRef(root, htmlFile, m[1]));
  for (const m of html.matchAll(/<link[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="([^"]+)"/g)) out.push(resolveRef(root, htmlFile, m[1]));
  for (const m of html.matchAll(/<link[^>]*\bhref="([^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g)) out.push(resolveRef(root, htmlFile, m[1]));
  return out.filter((f) => /\.(js|css)$/.test(f));
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function describe(root, files) {
  const list = files.map((f) => {
    const buf = readFileSync(f);
    return { file: relative(root, f).split('\\').join(posix.sep), raw: buf.length, gzip: gz(buf) };
  });
  return {
    gzip: list.reduce((s, f) => s + f.gzip, 0),
    raw: list.reduce((s, f) => s + f.raw, 0),
    js: list.filter((f) => f.file.endsWith('.js')).reduce((s, f) => s + f.gzip, 0),
    css: list.filter((f) => f.file.endsWith('.css')).reduce((s, f) => s + f.gzip, 0),
    files: list,
  };
}

/** Bytes per page of the built extension at `root` (e.g. .output/chrome-mv3). */
export function measureBytes(root, pages = ['popup', 'break', 'options']) {
  const result = {};
  for (const page of pages) {
    const { files, lazy } = closure(root, htmlEntries(root, join(root, `${page}.html`)));
    result[page] = { ...describe(root, files), lazy: describe(root, lazy) };
  }
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  const { files, lazy } = closure(root, [join(root, worker)]);
  result.background = { ...describe(root, files), lazy: describe(root, lazy) };
  const svgs = describe(root, walk(root).filter((f) => f.endsWith('.svg')));
  result.illustrations = {
    count: svgs.files.length,
    gzip: svgs.gzip,
    raw: svgs.raw,
    largestGzip: Math.max(0, ...svgs.files.map((f) => f.gzip)),
    largest: svgs.files.reduce((a, f) => (!a || f.gzip > a.gzip ? f : a), null)?.file ?? '',
    files: svgs.files,
  };
  return result;
}
