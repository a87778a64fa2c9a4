// Lighthouse (issue 17): the mobile preset (simulated slow 4G, 4x CPU slowdown), Debian's Chromium,
// on three pages measured in the same run:
// - the home page on a first visit (storage cleared by Lighthouse);
// - a programme page with data (24 rounds x 15 people seeded into IndexedDB first) as a person
//   with data on the device comes back: the service worker installed and its precache complete.
//   Browsers clear an origin's caches and its database together, so data on the device means the
//   app's code is there too; the budgets apply to this page;
// - the same page as a first load of the code with the data kept (service worker and caches
//   cleared before each run: a state a person reaches only by clearing caches by hand from the
//   browser's developer tools), reported as `lighthouseProgrammeFirstLoad*` without a budget;
// - a static reference page built here: the model's 40 statements as plain HTML with a service
//   worker, the physical limit of a first paint for this content.
// Each page is audited five times and each figure is the median (Lighthouse's advice: one run
// varies by several points on a busy machine). Reported: performance, accessibility and best-practices scores, and the simulated first paint
// (First Contentful Paint), with each page's first paint as a ratio of the reference's.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { median, seedLarge, waitForDatabase } from '../lib.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

function escape(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The reference page: the 40 statements, each with the seven answers as radios, and a service worker. */
function referenceSite(components) {
  const options = ['Not started', 'Planned or starting', 'Working in some places', 'Working well in most places', 'Embedded and sustained', 'Not yet', 'Don’t know'];
  let n = 0;
  const sections = components
    .map((c) => {
      const items = c.prompts
        .map((p) => {
          n += 1;
          const radios = options
            .map((o, i) => `<label><input type="radio" name="s${n}" value="${i}"> ${escape(o)}</label>`)
            .join('\n');
          return `<fieldset><legend>${escape(p.text)}</legend>\n${radios}\n</fieldset>`;
        })
        .join('\n');
      return `<h2>${escape(c.labels['2013'])}</h2>\n${items}`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="The NHS Change Model's statements as a static page.">
<link rel="icon" href="data:,"><title>Change Model statements (reference)</title></head>
<body><main><h1>Check your change against the NHS Change Model</h1>
<form>${sections}</form></main><script src="/register.js"></script></body></html>`;
  return {
    '/': { type: 'text/html', body: html },
    '/register.js': { type: 'text/javascript', body: "if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js');" },
    '/sw.js': {
      type: 'text/javascript',
      body: `self.addEventListener('install', (e) => e.waitUntil(caches.open('ref').then((c) => c.addAll(['/', '/register.js']))));
self.addEventListener('fetch', (e) => e.respondWith(caches.match(e.request).then((r) => r || fetch(e.request))));`,
    },
    statements: n,
  };
}

function serve(site) {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const file = site[(req.url ?? '/').split('?')[0]];
      if (!file || typeof file !== 'object') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': `${file.type}; charset=utf-8`, 'Cache-Control': 'no-cache' });
      res.end(file.body);
    });
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function audit(port, url, { keepStorage = false } = {}) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
    disableStorageReset: keepStorage,
  });
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => a.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Number(lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3)),
    failing,
  };
}

const RUNS = 5;

/** The median of each figure over RUNS audits (Lighthouse's own advice: one run varies by several points). */
async function medianAudit(port, url, options = {}, prepare = async () => undefined) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    await prepare();
    runs.push(await audit(port, url, options));
  }
  const mid = (key) => median(runs.map((r) => r[key]));
  return {
    performance: Math.round(mid('performance')),
    accessibility: Math.round(mid('accessibility')),
    bestPractices: Math.round(mid('bestPractices')),
    fcpMs: Math.round(mid('fcpMs')),
    lcpMs: Math.round(mid('lcpMs')),
    tbtMs: Math.round(mid('tbtMs')),
    cls: mid('cls'),
    performanceRuns: runs.map((r) => r.performance).join(' '),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

export default async function lighthouseBench(ctx) {
  const { COMPONENTS } = await ctx.importTs('src/model/components.ts');
  const { defaultPrompts } = await ctx.importTs('src/db/programmes.ts');
  const site = referenceSite(COMPONENTS);
  const reference = await serve(site);
  const referenceUrl = `http://127.0.0.1:${reference.address().port}/`;
  const profile = mkdtempSync(join(tmpdir(), 'cm-lighthouse-'));
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    userDataDir: profile,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  let browser;
  try {
    const ref = await medianAudit(chrome.port, referenceUrl);
    const home = await medianAudit(chrome.port, `${ctx.baseUrl}/`);

    // A programme on the device, put there through the app's own page.
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0];
    const page = await context.newPage();
    await page.goto(`${ctx.baseUrl}/`);
    await waitForDatabase(page);
    const programmeId = await page.evaluate(seedLarge, { rounds: 24, people: 15, prompts: defaultPrompts() });
    const programmeUrl = `${ctx.baseUrl}/programmes/${programmeId}`;
    const cdp = await context.newCDPSession(page);

    // Returning: the service worker installed and its precache complete, as whenever a person has
    // data on the device (a browser clears an origin's caches and its database together).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      for (let i = 0; i < 200 && !registration.active; i++) await new Promise((r) => setTimeout(r, 50));
    });
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const returning = await medianAudit(chrome.port, programmeUrl, { keepStorage: true });

    // First load of the code with the data kept (service worker and caches cleared before each run).
    const programme = await medianAudit(chrome.port, programmeUrl, { keepStorage: true }, async () => {
      await cdp.send('Storage.clearDataForOrigin', { origin: ctx.baseUrl, storageTypes: 'service_workers,cache_storage' });
      await cdp.send('Network.clearBrowserCache');
    });

    const figures = { lighthouseReferenceStatements: site.statements, lighthouseRunsPerPage: RUNS };
    for (const [name, r] of Object.entries({ Reference: ref, Home: home, Programme: returning, ProgrammeFirstLoad: programme })) {
      figures[`lighthouse${name}Performance`] = r.performance;
      figures[`lighthouse${name}PerformanceRuns`] = r.performanceRuns;
      figures[`lighthouse${name}Accessibility`] = r.accessibility;
      figures[`lighthouse${name}BestPractices`] = r.bestPractices;
      figures[`lighthouse${name}FirstPaintMs`] = r.fcpMs;
      figures[`lighthouse${name}LargestPaintMs`] = r.lcpMs;
      figures[`lighthouse${name}BlockingMs`] = r.tbtMs;
      figures[`lighthouse${name}LayoutShift`] = r.cls;
      if (r.failing.length) figures[`lighthouse${name}FailingAudits`] = r.failing.join(', ');
    }
    figures.lighthouseHomeFirstPaintRatio = Number((home.fcpMs / ref.fcpMs).toFixed(2));
    figures.lighthouseProgrammeFirstPaintRatio = Number((returning.fcpMs / ref.fcpMs).toFixed(2));
    figures.lighthouseProgrammeFirstLoadFirstPaintRatio = Number((programme.fcpMs / ref.fcpMs).toFixed(2));
    return figures;
  } finally {
    await browser?.close().catch(() => undefined);
    await chrome.kill();
    reference.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
