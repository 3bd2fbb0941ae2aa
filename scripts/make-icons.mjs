#!/usr/bin/env node
// Renders the toolbar and store icons (public/icon/*.png) from one SVG, with Debian's Chromium.
import { chromium } from 'playwright-core';
import { ICON_SVG } from './icon-svg.mjs';

const svg = ICON_SVG;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log('icons written to public/icon/');
