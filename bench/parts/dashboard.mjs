// Dashboard figures: computing every measure for a large synthetic programme (24 rounds × 15
// people × every prompt, every pair judged) in Node, and rendering its dashboard in Chromium.
//
// measuresComputeMs: median of several runs of records → measure inputs → computeTrends (every
//   round's coverage, attention, divergence, blind spots, friction and imbalance for all 28 pairs,
//   soft/hard balance, changes and falling back) → lookNext for the latest round.
// dashboardRenderMedianMs: median over several runs of opening the dashboard the way people do,
//   from the programme page (freshly loaded, left to settle as a person reads it): from the click
//   on "Dashboard" until the radar, the coverage lines, the tension matrix, the tracked-pair charts
//   and the divergence dots are all in the page (computed and drawn; the programme page reads the
//   records ahead when idle, so they are usually in memory already, as for a person who looked at
//   the programme page for a second before clicking).
// dashboardReloadMedianMs: the same screen loaded cold at its address (page reload), from
//   navigation start: app start-up, chart code, read, compute and draw together. Reported, not budgeted.
import { median, waitForDatabase } from '../lib.mjs';

const COMPUTE_RUNS = 15;
const RENDER_RUNS = 7;

/** Runs in the page before the app: note when every chart of the dashboard is in the DOM. */
function readyProbe() {
  const ready = () =>
    document.querySelector('.recharts-radar-polygon') &&
    document.querySelectorAll('.app-lines .recharts-line').length >= 8 &&
    document.querySelector('[data-testid="tension-matrix"] button') &&
    document.querySelector('.app-small-multiples svg path') &&
    document.querySelectorAll('.app-dots__rows svg path').length > 0;
  new MutationObserver((_, observer) => {
    if (window.__dashboardReady === undefined && ready()) {
      window.__dashboardReady = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Median milliseconds to compute every measure of `records` (as IndexedDB hands them back) in Node. */
export function measureCompute(domain, records, runs = COMPUTE_RUNS) {
  // The dashboard computes on records as IndexedDB hands them back: structured clones. Clone the
  // fixture the same way (the builder's objects have irregular shapes that real records never have).
  const stored = structuredClone(records);
  const computeAll = () => {
    const inputs = domain.roundInputsFromRecords(stored);
    const trends = domain.computeTrends(inputs, domain.trackedPairsOf(stored.programmes[0]));
    const next = domain.lookNext(trends[trends.length - 1]);
    return { trends, next };
  };
  const check = computeAll();
  for (let i = 0; i < 3; i++) computeAll(); // warm up the JIT, as a page that has drawn once would be
  const compute = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    computeAll();
    compute.push(performance.now() - t0);
  }
  return { check, compute };
}

/**
 * The dashboard in Chromium for a programme seeded into a fresh profile: reloads at its address
 * (navigation start to every chart) and clicks on "Dashboard" from the programme page (click to
 * every chart), `runs` of each.
 */
export async function measureRender({ baseUrl, browser, seedBrowser, records, runs = RENDER_RUNS }) {
  const programmeId = records.programmes[0].id;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(readyProbe);
  const page = await context.newPage();
  await page.goto(baseUrl + '/');
  await waitForDatabase(page);
  await seedBrowser(page, records);
  const url = `${baseUrl}/programmes/${programmeId}/dashboard`;
  await page.goto(url); // first visit: fetch and cache the lazy chunks, like a returning user
  await page.waitForFunction(() => window.__dashboardReady !== undefined, null, { timeout: 60_000 });
  const reload = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(url);
    await page.waitForFunction(() => window.__dashboardReady !== undefined, null, { timeout: 60_000 });
    reload.push(await page.evaluate(() => window.__dashboardReady));
  }
  const render = [];
  const read = [];
  const computed = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${baseUrl}/programmes/${programmeId}`);
    await page.locator('main h1').waitFor();
    // As a person reads the programme page, it fetches and runs the dashboard's code when idle.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => r.name.includes('/DashboardPage-')), null, { timeout: 30_000 });
    await page.waitForTimeout(1000);
    await page.evaluate(() => {
      performance.clearMarks();
      document.addEventListener('click', (event) => {
        if (event.target.closest('a')?.getAttribute('href')?.endsWith('/dashboard')) window.__clickAt = performance.now();
      }, { capture: true, once: true });
    });
    await page.locator('main a[href$="/dashboard"]').first().click();
    await page.waitForFunction(() => window.__dashboardReady !== undefined, null, { timeout: 60_000 });
    const times = await page.evaluate(() => ({
      clickAt: window.__clickAt,
      ready: window.__dashboardReady,
      read: performance.getEntriesByName('dashboard:records-read')[0]?.startTime,
      computed: performance.getEntriesByName('dashboard:measures-computed')[0]?.startTime,
    }));
    if (times.clickAt === undefined) throw new Error('The click on the dashboard link was not seen');
    render.push(times.ready - times.clickAt);
    if (times.read !== undefined) read.push(times.read - times.clickAt);
    if (times.computed !== undefined) computed.push(times.computed - times.clickAt);
  }
  await context.close();
  return { reload, render, read, computed };
}

export default async function dashboard({ baseUrl, browser, importTs }) {
  const domain = await importTs('src/domain/index.ts');
  const fixtures = await importTs('tests/fixtures/programme.ts');
  const { seedBrowser } = await importTs('tests/fixtures/seed-browser.ts');
  const records = fixtures.syntheticProgramme({ rounds: 24, participants: 15, id: 'bench-dashboard' });
  const { check, compute } = measureCompute(domain, records);
  if (check.trends.length !== 24 || check.trends[23].measures.participantsCount !== 15) throw new Error('Synthetic programme is not 24 × 15');
  const { reload, render, read, computed } = await measureRender({ baseUrl, browser, seedBrowser, records });

  // The machine may be shared: a fixed plain-JS workload timed in the same run shows how loaded it was.
  const reference = [];
  for (let i = 0; i < COMPUTE_RUNS; i++) {
    const t0 = performance.now();
    const objects = [];
    for (let j = 0; j < 200_000; j++) objects.push({ j, k: j % 7 });
    reference.push(performance.now() - t0);
  }

  return {
    measuresComputeMs: Math.round(median(compute) * 10) / 10,
    measuresComputeMinMs: Math.round(Math.min(...compute) * 10) / 10,
    dashboardCpuReferenceMs: Math.round(median(reference) * 10) / 10,
    dashboardRenderMedianMs: Math.round(median(render)),
    dashboardRenderMinMs: Math.round(Math.min(...render)),
    dashboardReloadMedianMs: Math.round(median(reload)),
    // Runs where the records were read after the click (the rest were read ahead, while the
    // programme page was open): the median is over those runs only, -1 when there were none.
    dashboardRecordsReadAfterClickRuns: read.length,
    dashboardRecordsReadMedianMs: read.length ? Math.round(median(read)) : -1,
    dashboardMeasuresComputedMedianMs: computed.length ? Math.round(median(computed)) : -1,
    dashboardRenderRuns: render.length,
    dashboardBenchResponses: records.responses.length,
    dashboardBenchJudgements: records.judgements.length,
  };
}
