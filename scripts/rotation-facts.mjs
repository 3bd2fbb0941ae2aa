#!/usr/bin/env node
/**
 * npm run rotation-facts: writes data/rotation-facts.ts, the library as the rotation sees it (what
 * the background needs of data/exercises.ts, without the cards' doses). Run it after changing an
 * exercise's positions, targets, or whether it is long or a short-break card.
 *   --check   write nothing; exit 1 if the committed file differs from what would be written
 */
import { build } from 'esbuild';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bundle = await build({
  entryPoints: [resolve(root, 'data/rotation-facts-file.ts')],
  bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error',
});
const { ROTATION_FACTS_FILE, rotationFactsSource } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
const file = resolve(root, ROTATION_FACTS_FILE);
const content = rotationFactsSource();
const fresh = existsSync(file) && readFileSync(file, 'utf8') === content;
if (process.argv.includes('--check')) {
  if (!fresh) {
    console.error(`stale: ${ROTATION_FACTS_FILE} (run npm run rotation-facts)`);
    process.exit(1);
  }
} else if (!fresh) writeFileSync(file, content);
console.log(fresh ? `${ROTATION_FACTS_FILE} up to date` : `${process.argv.includes('--check') ? 'stale' : 'wrote'} ${ROTATION_FACTS_FILE}`);
