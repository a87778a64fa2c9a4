// Foundation figures: bytes the first screen loads (scripts asked for before the page goes idle,
// split per chunk, and apart from them what loads once it is idle: the database, the update check), the whole precache, and cold-load /
// offline-reload times to the first meaningful render (the page's <h1> in <main>).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from '../lib.mjs';

const RUNS = 7;

function gzipBytes(distDir, urlPath) {
  const file = join(distDir, decodeURIComponent(urlPath.replace(/^\//, '').split('?')[0]));
  if (!existsSync(file)) throw new Error(`Not in the build: ${urlPath}`);
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Record when the first <main> <h1> with text appears, relative to navigation start. */
function firstRenderProbe() {
  const check = () => {
    const h1 = document.querySelector('main h1');
    if (h1 && h1.textContent && h1.textContent.trim() && window.__firstRender === undefined) {
      window.__firstRender = performance.now();
      return true;
    }
    return false;
  };
  new MutationObserver((_, observer) => {
    if (check()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

async function firstRender(page) {
  await page.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => window.__firstRender);
}

export default async function foundation({ baseUrl, browser, distDir }) {
  // First screen: every script and stylesheet a fresh visit to / loads.
  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Set();
  page.on('request', (r) => {
    if (['script', 'stylesheet'].includes(r.resourceType()) && r.url().startsWith(baseUrl)) loaded.add(new URL(r.url()).pathname);
  });
  await page.goto(baseUrl + '/');
  await page.waitForSelector('main h1');
  // The first screen is drawn and usable (its button enabled once the device's data is read)
  // before the page goes idle and loads the database and the update check (src/main.tsx).
  await page.waitForFunction(() => performance.getEntriesByName('app:idle').length > 0, null, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const timing = await page.evaluate(() => ({
    idle: performance.getEntriesByName('app:idle')[0].startTime,
    scripts: performance
      .getEntriesByType('resource')
      .filter((r) => new URL(r.name).pathname.endsWith('.js'))
      .map((r) => ({ path: new URL(r.name).pathname, start: r.startTime })),
  }));
  await context.close();
  let js = 0;
  let idleJs = 0;
  let css = 0;
  const chunks = {};
  const idleChunks = {};
  for (const path of loaded) {
    if (path.endsWith('.js')) {
      const bytes = gzipBytes(distDir, path);
      const name = path.replace(/^\/assets\//, '').replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js');
      const entry = timing.scripts.find((s) => s.path === path);
      if (entry && entry.start >= timing.idle) {
        idleJs += bytes;
        idleChunks[name] = bytes;
      } else {
        js += bytes;
        chunks[name] = bytes;
      }
    } else if (path.endsWith('.css')) css += gzipBytes(distDir, path);
  }
  // The stylesheet is inlined into the HTML (scripts/prerender-plugin.mjs): the page itself.
  const html = gzipBytes(distDir, '/index.html');

  // Precache: every entry in the generated service worker's manifest.
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const entries = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
  let precache = 0;
  for (const url of entries) precache += gzipBytes(distDir, '/' + url);

  // Cold loads: a fresh profile each time (no cache, no service worker).
  const cold = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await browser.newContext();
    await c.addInitScript(firstRenderProbe);
    const p = await c.newPage();
    await p.goto(baseUrl + '/');
    cold.push(await firstRender(p));
    await c.close();
  }

  // Offline reloads: once the service worker controls the page, reload with the network off.
  const offline = [];
  const c = await browser.newContext();
  await c.addInitScript(firstRenderProbe);
  const p = await c.newPage();
  await p.goto(baseUrl + '/');
  await p.evaluate(() => navigator.serviceWorker.ready);
  await p.reload();
  await p.waitForFunction(() => !!navigator.serviceWorker.controller);
  await c.setOffline(true);
  for (let i = 0; i < RUNS; i++) {
    await p.reload();
    offline.push(await firstRender(p));
  }
  await c.close();

  return {
    firstScreenJsGzipBytes: js,
    firstScreenChunks: chunks,
    afterFirstScreenJsGzipBytes: idleJs,
    afterFirstScreenChunks: idleChunks,
    firstScreenHtmlGzipBytes: html,
    firstScreenCssGzipBytes: css,
    firstScreenFiles: loaded.size,
    precacheEntries: entries.size,
    precacheGzipBytes: precache,
    coldLoadMedianMs: Math.round(median(cold)),
    offlineReloadMedianMs: Math.round(median(offline)),
    runs: RUNS,
  };
}
