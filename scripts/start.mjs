#!/usr/bin/env node
// `npm start`: builds Limber and opens Debian's Chromium with it loaded in a fresh profile.
//   npm start                 real time
//   npm start -- --fast-clock one simulated minute per second (faketime), to watch a break arrive
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The versions package.json's `engines` names (Vite 7's range); WXT 0.20 asks for 20.12 or later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (!((major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22)) {
  console.error(`Limber builds with Node.js 20.19+ or 22.12+; this is ${process.version}. Install one of those (see .nvmrc) and run npm ci again.`);
  process.exit(1);
}

const fast = process.argv.includes('--fast-clock');
const chromium = process.env.LIMBER_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it with: sudo apt-get install -y chromium${fast ? ' faketime' : ''}`);
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extension = resolve('.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'limber-profile-'));
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--no-default-browser-check',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...(headless ? ['--headless=new', '--remote-debugging-port=9222'] : []),
  'chrome://extensions/',
];
const command = fast ? resolve('scripts/chromium-fast-clock.sh') : chromium;
console.log(`Limber loaded from ${extension}\nProfile: ${profile}${fast ? '\nFast clock: 1 simulated minute per second.' : ''}`);
if (headless) console.log('No display found: Chromium runs headless (DevTools on port 9222). Ctrl+C to stop.');
const child = spawn(command, args, { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
