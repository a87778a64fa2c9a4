// Renders the app icons (PNG) from public/favicon.svg with headless Chromium. Run once when the icon changes:
//   node scripts/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage();

async function render(file, size, { maskable = false } = {}) {
  await page.setViewportSize({ width: size, height: size });
  // Maskable icons keep the mark inside the central 80% safe zone on a full-bleed background.
  const inner = maskable ? Math.round(size * 0.7) : size;
  const body = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#005eb8;display:grid;place-items:center">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div>`
    : svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  await page.screenshot({ path: file, omitBackground: !maskable });
}

await render('public/icons/icon-192.png', 192);
await render('public/icons/icon-512.png', 512);
await render('public/icons/icon-maskable-512.png', 512, { maskable: true });
await render('public/apple-touch-icon.png', 180, { maskable: true });
await browser.close();
