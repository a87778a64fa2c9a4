// Workshop screens, in real Chromium against the production build, on a big workshop round
// (30 people x every prompt, each judging the 11 default pairs) seeded straight into IndexedDB:
// - presentation view: navigation start to the group table on screen, and one arrow-key step
//   (navigation start to the next component's heading), medians of several runs
// - facilitator set-up: navigation start to the people list with everyone's progress counts
// - hand-over: tap on "Finish and hide my answers" to the hand-over screen, and "I am the next
//   person" to the list of 30 names
// - gzipped size of the facilitate and presentation route chunks (loaded only on those routes)
// Page loads are timed inside the page (loadTime in bench/lib.mjs), not by polling from outside.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { installLoadProbe, loadTime, median, waitForDatabase } from '../lib.mjs';

const RUNS = 5;
const PEOPLE = 30;

/** Runs in the page: one programme, one round, PEOPLE people with every answer and judgement. */
async function seedWorkshop({ people, prompts, pairs }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('change-model');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const now = new Date().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  const programmeId = crypto.randomUUID();
  const roundId = crypto.randomUUID();
  const tx = db.transaction(['programmes', 'rounds', 'participants', 'sheets'], 'readwrite');
  tx.objectStore('programmes').add({
    id: programmeId, ...stamp, name: 'Bench workshop', aim: '', organisations: '', vocabulary: '2013', kind: 'team',
    componentLabels: {}, trackedPairs: pairs,
  });
  tx.objectStore('rounds').add({
    id: roundId, ...stamp, programmeId, title: 'Big workshop', date: '2026-03-01', stage: 'testing', notes: '',
    isBaseline: true, status: 'open', components: [...new Set(prompts.map((p) => p.componentId))], prompts,
  });
  const roles = ['executive', 'manager', 'clinician', 'frontline', 'patient-public', 'partner', 'other'];
  const values = [1, 2, 3, 4, 5, 'not-yet', 'dont-know'];
  const ids = [];
  for (let p = 0; p < people; p++) {
    const participantId = crypto.randomUUID();
    ids.push(participantId);
    tx.objectStore('participants').add({
      id: participantId, ...stamp, roundId, programmeId, label: `Person ${p + 1}`, role: roles[p % roles.length], anonymous: false,
      personKey: crypto.randomUUID(),
    });
    // One sheet per person per round, as src/db/answers.ts stores answers and judgements.
    const responses = prompts.map((prompt, i) => ({
      id: crypto.randomUUID(), ...stamp, roundId, participantId, promptId: prompt.id, componentId: prompt.componentId,
      value: values[(p + i) % values.length], note: '', carriedForward: false,
    }));
    const judgements = pairs.map((pairKey, i) => ({ id: crypto.randomUUID(), ...stamp, roundId, participantId, pairKey, value: (p + i) % 4, note: '' }));
    tx.objectStore('sheets').add({ roundId, participantId, responses, judgements });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return { programmeId, roundId, participantId: ids[0] };
}

function chunkGzip(distDir, prefix) {
  const assets = join(distDir, 'assets');
  const file = readdirSync(assets).find((f) => f.startsWith(prefix) && f.endsWith('.js'));
  return file ? gzipSync(readFileSync(join(assets, file))).length : undefined;
}

export default async function workshop(ctx) {
  const { defaultPrompts, defaultTrackedPairs } = await ctx.importTs('src/db/programmes.ts');
  const context = await ctx.browser.newContext({ baseURL: ctx.baseUrl, serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  await installLoadProbe(context);
  const page = await context.newPage();
  try {
    await page.goto('/');
    await waitForDatabase(page);
    const seeded = await page.evaluate(seedWorkshop, { people: PEOPLE, prompts: defaultPrompts(), pairs: defaultTrackedPairs() });
    const base = `/programmes/${seeded.programmeId}/rounds/${seeded.roundId}`;

    const presentOpen = [];
    const presentStep = [];
    for (let i = 0; i < RUNS; i++) {
      presentOpen.push(await loadTime(page, `${base}/present`, 'tr[data-component="engagement"] [data-measure="coverage"]'));
      const start = Date.now();
      await page.keyboard.press('ArrowRight');
      // The next step (by role, when a role has two people or more, else the first component).
      await page.locator('.app-present__position', { hasText: /^\s*2 of / }).waitFor();
      presentStep.push(Date.now() - start);
    }

    const setupOpen = [];
    for (let i = 0; i < RUNS; i++) setupOpen.push(await loadTime(page, `${base}/facilitate`, '.app-person-list__progress', PEOPLE));

    const handOver = [];
    const nextPerson = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(
        ({ roundId, participantId }) =>
          sessionStorage.setItem(
            'change-model-facilitator',
            JSON.stringify({ state: { lockedRoundId: roundId, phase: 'answering', participantId, step: 99 }, version: 0 }),
          ),
        seeded,
      );
      await page.goto(`${base}/facilitate`);
      const finish = page.getByRole('button', { name: 'Finish and hide my answers' });
      await finish.waitFor();
      let start = Date.now();
      await finish.click();
      await page.getByRole('heading', { level: 1, name: 'Thank you. Your answers are saved.' }).waitFor();
      handOver.push(Date.now() - start);
      start = Date.now();
      await page.getByRole('button', { name: 'I am the next person' }).click();
      await page.locator('.app-people__item').nth(PEOPLE - 1).waitFor();
      nextPerson.push(Date.now() - start);
    }

    return {
      workshopPeople: PEOPLE,
      presentOpenMedianMs: Math.round(median(presentOpen)),
      presentStepMedianMs: median(presentStep),
      facilitateSetupOpenMedianMs: Math.round(median(setupOpen)),
      handOverMedianMs: median(handOver),
      nextPersonListMedianMs: median(nextPerson),
      facilitateChunkGzipBytes: chunkGzip(ctx.distDir, 'FacilitatePage'),
      presentChunkGzipBytes: chunkGzip(ctx.distDir, 'PresentPage'),
    };
  } finally {
    await context.close();
  }
}
