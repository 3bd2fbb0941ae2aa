#!/usr/bin/env node
/**
 * npm run pictures: draws every posed exercise's picture (data/poses/) into data/illustrations/
 * and the motion table data/picture-motion.ts. The drawing is TypeScript (core/pictures/), so
 * esbuild (which Vite brings) bundles it for Node first; nothing is written elsewhere.
 *   --check   write nothing; exit 1 if a committed file differs from what would be drawn
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Loads data/picture-library.ts (and what it imports) as a Node module. */
export async function loadLibrary() {
  const bundle = await build({
    entryPoints: [resolve(root, 'data/picture-library.ts')],
    bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error',
  });
  return import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const { pictureFiles } = await loadLibrary();
  const stale = [];
  for (const [path, content] of Object.entries(pictureFiles())) {
    const file = resolve(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    stale.push(path);
    if (!check) writeFileSync(file, content);
  }
  if (check && stale.length) {
    console.error(`stale: ${stale.join(', ')} (run npm run pictures)`);
    process.exit(1);
  }
  console.log(stale.length ? `${check ? 'stale' : 'wrote'} ${stale.length} file(s): ${stale.join(', ')}` : 'pictures up to date');
}
