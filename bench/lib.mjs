// Small helpers shared by the bench parts.

/** Median of a list of numbers (mean of the middle two for an even count). */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/**
 * Page-load timing read inside the page. Playwright's waitFor() polls from outside at up to
 * 500 ms intervals, which rounds a load time up by as much; instead, a MutationObserver installed
 * before the app runs notes the moment `selector` matches `count` elements.
 *
 * Call installLoadProbe(context) once, then loadTime(page, url, selector, count) per load (the
 * page must already be on the app's origin: the wanted selector travels in sessionStorage).
 */
export async function installLoadProbe(context) {
  await context.addInitScript(() => {
    let want = null;
    try {
      want = JSON.parse(sessionStorage.getItem('bench-load-probe') ?? 'null');
    } catch {
      want = null;
    }
    if (!want) return;
    const seen = () => document.querySelectorAll(want.selector).length >= want.count;
    new MutationObserver((_, observer) => {
      if (window.__benchLoaded === undefined && seen()) {
        window.__benchLoaded = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Milliseconds from navigation start until `selector` matches at least `count` elements. */
export async function loadTime(page, url, selector, count = 1) {
  await page.evaluate((want) => sessionStorage.setItem('bench-load-probe', JSON.stringify(want)), { selector, count });
  await page.goto(url);
  await page.waitForFunction(() => window.__benchLoaded !== undefined, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => window.__benchLoaded);
  await page.evaluate(() => sessionStorage.removeItem('bench-load-probe'));
  return ms;
}

/**
 * Wait until the app has created its database. The home page is drawn from static HTML and
 * opens the database only when the browser is idle (issue 17), so a heading on screen no longer
 * means the tables exist.
 */
export async function waitForDatabase(page) {
  // Polled inside the page: an async predicate given to waitForFunction would pass at once.
  await page.evaluate(async () => {
    for (let i = 0; i < 600; i++) {
      const dbs = await indexedDB.databases();
      if (dbs.some((d) => d.name === 'change-model' && (d.version ?? 0) >= 10)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('The app did not create its database within 30 s');
  });
}

/** Runs in the page: write a large programme with the app's own record shapes, in one transaction. */
export async function seedLarge({ rounds, people, prompts }) {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('change-model');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const now = new Date().toISOString();
  const stamp = { createdAt: now, updatedAt: now };
  const programmeId = crypto.randomUUID();
  const tx = db.transaction(['programmes', 'rounds', 'participants', 'sheets', 'roundStats'], 'readwrite');
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
    // The per-round summary the app keeps beside the sheets (src/db/roundStats.ts).
    tx.objectStore('roundStats').put({ roundId, sheets: people, answers: people * prompts.length, carried: 0 });
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return programmeId;
}

