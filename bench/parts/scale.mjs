// How cost grows (issue 17): the same figures for the usual large programme (24 rounds x 15 people)
// and one four times larger (48 rounds x 30 people), side by side, with the ratio of each:
// - dashboard compute: every measure of every round, in Node (median);
// - dashboard render: click on "Dashboard" on the programme page to every chart drawn (median);
// - programme page: navigation start to every round's counts on screen (median);
// - import: a backup of the programme restored on /data, file chosen to result (median).
// At four times the data no figure may grow more than four times (ratio budgets in run.mjs), and
// the large programme's dashboard render stays within 600 ms.
import { installLoadProbe, loadTime, median, waitForDatabase } from '../lib.mjs';
import { measureCompute, measureRender } from './dashboard.mjs';
import { measureImport } from './import.mjs';

const SIZES = [
  { name: 'Base', rounds: 24, participants: 15 },
  { name: 'Large', rounds: 48, participants: 30 },
];
const RUNS = 5;

async function programmePage({ baseUrl, browser, seedBrowser, records, rounds }) {
  const context = await browser.newContext({ baseURL: baseUrl, serviceWorkers: 'block' });
  await installLoadProbe(context);
  const page = await context.newPage();
  try {
    await page.goto('/');
    await waitForDatabase(page);
    await seedBrowser(page, records);
    const path = `/programmes/${records.programmes[0].id}`;
    await loadTime(page, path, '[data-testid="round-answered"]', rounds); // first visit: the code is cached
    const samples = [];
    for (let i = 0; i < RUNS; i++) samples.push(await loadTime(page, path, '[data-testid="round-answered"]', rounds));
    return samples;
  } finally {
    await context.close();
  }
}

export default async function scale(ctx) {
  const { baseUrl, browser, importTs } = ctx;
  const domain = await importTs('src/domain/index.ts');
  const fixtures = await importTs('tests/fixtures/programme.ts');
  const { backupOf } = await importTs('tests/fixtures/data-backup.ts');
  const { seedBrowser } = await importTs('tests/fixtures/seed-browser.ts');
  const figures = {};
  for (const size of SIZES) {
    const records = fixtures.syntheticProgramme({ rounds: size.rounds, participants: size.participants, id: `scale-${size.rounds}x${size.participants}` });
    const { compute } = measureCompute(domain, records, 9);
    const { render } = await measureRender({ baseUrl, browser, seedBrowser, records, runs: RUNS });
    const page = await programmePage({ baseUrl, browser, seedBrowser, records, rounds: size.rounds });
    const buffer = Buffer.from(JSON.stringify(backupOf(records)));
    const { totals } = await measureImport({ baseUrl, browser, buffer, name: `scale-${size.name}.json`, runs: 3 });
    figures[`scale${size.name}Answers`] = records.responses.length;
    figures[`scale${size.name}BackupBytes`] = buffer.length;
    figures[`scale${size.name}DashboardComputeMs`] = Math.round(median(compute) * 10) / 10;
    figures[`scale${size.name}DashboardRenderMs`] = Math.round(median(render));
    figures[`scale${size.name}ProgrammePageMs`] = Math.round(median(page));
    figures[`scale${size.name}ImportMs`] = Math.round(median(totals));
  }
  for (const measure of ['DashboardCompute', 'DashboardRender', 'ProgrammePage', 'Import']) {
    figures[`scaleRatio${measure}`] = Number((figures[`scaleLarge${measure}Ms`] / figures[`scaleBase${measure}Ms`]).toFixed(2));
  }
  figures.scaleDataRatio = Number((figures.scaleLargeAnswers / figures.scaleBaseAnswers).toFixed(2));
  return figures;
}
