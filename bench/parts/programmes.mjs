// Programmes and rounds, in real Chromium against the production build, on a large programme
// (24 rounds x 15 people x every prompt, about 14,000 answers) seeded straight into IndexedDB:
// - home list and programme page: navigation start to the data on screen (median of several runs),
//   beside the edit page of the same programme (one record) as a same-run reference for page-load cost
// - starting a round from the previous one (15 people's answers carried forward): click to the round's address
// - "Start a quick check" on the home page: click to the wheel's heading (median of several)
// - deleting the whole programme: click to home with the banner (one transaction; answers are
//   stored as one sheet per person per round, so this is a few hundred records)
// Page loads are timed inside the page (loadTime in bench/lib.mjs), not by polling from outside.
import { installLoadProbe, loadTime, median, seedLarge, waitForDatabase } from '../lib.mjs';
const RUNS = 5;
const ROUNDS = 24;
const PEOPLE = 15;

export default async function programmes(ctx) {
  const { defaultPrompts } = await ctx.importTs('src/db/programmes.ts');
  const prompts = defaultPrompts();
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, serviceWorkers: 'block' });
  await installLoadProbe(context);
  const page = await context.newPage();
  try {
    await page.goto('/');
    await waitForDatabase(page);
    const programmeId = await page.evaluate(seedLarge, { rounds: ROUNDS, people: PEOPLE, prompts });
    const answers = ROUNDS * PEOPLE * prompts.length;

    // Navigation start to the data on screen, timed inside the page (see loadTime in bench/lib.mjs).
    const timeTo = async (path, selector, count = 1) => {
      const samples = [];
      for (let i = 0; i < RUNS; i++) samples.push(await loadTime(page, path, selector, count));
      return Math.round(median(samples));
    };

    // Reference measured in the same run: a light screen of the same programme (one record read).
    const programmeEditPageMs = await timeTo(`/programmes/${programmeId}/edit`, '#programme-name');
    const homeListLargeMs = await timeTo('/', '[data-testid="last-round"]');
    const programmePageLargeMs = await timeTo(`/programmes/${programmeId}`, '[data-testid="round-answered"]', ROUNDS);

    // "Start a quick check" (then "Start a new one") on the home page, to the wheel's heading, with
    // the large programme on the device: click to heading, timed inside the page.
    const quickCheck = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto('/');
      const button = page.getByRole('button', { name: i === 0 ? 'Start a quick check' : 'Start a new one' });
      await button.waitFor();
      await page.waitForFunction(() => [...document.querySelectorAll('main button')].some((b) => /^Start a/.test(b.textContent ?? '') && !b.disabled));
      await page.waitForTimeout(500); // as a person reads the page
      await page.evaluate(() => {
        window.__qcReady = undefined;
        document.addEventListener('click', () => {
          const at = performance.now();
          new MutationObserver((_, observer) => {
            const h1 = document.querySelector('main h1');
            if (h1 && /^Quick check \d+/.test(h1.textContent ?? '')) {
              window.__qcReady = performance.now() - at;
              observer.disconnect();
            }
          }).observe(document, { childList: true, subtree: true, characterData: true });
        }, { capture: true, once: true });
      });
      await button.click();
      await page.waitForFunction(() => window.__qcReady !== undefined, null, { timeout: 30_000 });
      quickCheck.push(await page.evaluate(() => window.__qcReady));
    }
    const quickCheckToWheelMs = Math.round(median(quickCheck));

    await page.goto(`/programmes/${programmeId}/rounds/new?from=previous`);
    await page.getByLabel('Start from the previous round').waitFor();
    let start = Date.now();
    await page.getByRole('button', { name: 'Start the round' }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}(\?started=1)?$/);
    const startRoundFromPreviousMs = Date.now() - start;

    await page.goto(`/programmes/${programmeId}/delete`);
    await page.getByTestId('delete-contents').waitFor();
    start = Date.now();
    await page.getByRole('button', { name: /Yes, delete/ }).click();
    await page.getByText('“Bench programme” was deleted').waitFor();
    const deleteLargeProgrammeMs = Date.now() - start;

    return {
      programmesBenchAnswers: answers,
      programmeEditPageMs,
      homeListLargeMs,
      programmePageLargeMs,
      quickCheckToWheelMs,
      startRoundFromPreviousMs,
      deleteLargeProgrammeMs,
    };
  } finally {
    await context.close();
  }
}
