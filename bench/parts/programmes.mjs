// Programmes and rounds, in real Chromium against the production build, on a large programme
// (24 rounds x 15 people x every prompt, about 14,000 answers) seeded straight into IndexedDB:
// - home list and programme page: navigation start to the data on screen (median of several runs),
//   beside the edit page of the same programme (one record) as a same-run reference for page-load cost
// - starting a round from the previous one (15 people's answers carried forward): click to the round's address
// - deleting the whole programme: click to home with the banner (one transaction; answers are
//   stored as one sheet per person per round, so this is a few hundred records)
// Page loads are timed inside the page (loadTime in bench/lib.mjs), not by polling from outside.
import { installLoadProbe, loadTime, median } from '../lib.mjs';
const RUNS = 5;
const ROUNDS = 24;
const PEOPLE = 15;

/** Runs in the page: write a large programme with the app's own record shapes, in one transaction. */
async function seedLarge({ rounds, people, prompts }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('change-model');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const now = new Date().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  const programmeId = crypto.randomUUID();
  const tx = db.transaction(['programmes', 'rounds', 'participants', 'sheets'], 'readwrite');
  tx.objectStore('programmes').add({
    id: programmeId, ...stamp, name: 'Bench programme', aim: '', organisations: '', vocabulary: '2013', kind: 'team',
    componentLabels: {}, trackedPairs: [],
  });
  const keys = Array.from({ length: people }, () => crypto.randomUUID());
  const values = [1, 2, 3, 4, 5, 'not-yet', 'dont-know'];
  for (let r = 0; r < rounds; r++) {
    const roundId = crypto.randomUUID();
    const date = new Date(Date.UTC(2024, r, 15)).toISOString().slice(0, 10);
    tx.objectStore('rounds').add({
      id: roundId, ...stamp, programmeId, title: `Round ${r + 1}`, date, stage: 'testing', notes: '',
      isBaseline: r === 0, status: 'open', components: [...new Set(prompts.map((p) => p.componentId))], prompts,
    });
    for (let p = 0; p < people; p++) {
      const participantId = crypto.randomUUID();
      tx.objectStore('participants').add({
        id: participantId, ...stamp, roundId, programmeId, label: `Person ${p + 1}`, role: 'clinician', anonymous: false, personKey: keys[p],
      });
      // One sheet per person per round, as src/db/answers.ts stores answers.
      const responses = prompts.map((prompt, i) => ({
        id: crypto.randomUUID(), ...stamp, roundId, participantId, promptId: prompt.id, componentId: prompt.componentId,
        value: values[(r + p + i) % values.length], note: '', carriedForward: false,
      }));
      tx.objectStore('sheets').add({ roundId, participantId, responses, judgements: [] });
    }
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return programmeId;
}

export default async function programmes(ctx) {
  const { defaultPrompts } = await ctx.importTs('src/db/programmes.ts');
  const prompts = defaultPrompts();
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, serviceWorkers: 'block' });
  await installLoadProbe(context);
  const page = await context.newPage();
  try {
    await page.goto('/');
    await page.locator('main h1').waitFor();
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
      startRoundFromPreviousMs,
      deleteLargeProgrammeMs,
    };
  } finally {
    await context.close();
  }
}
