// Import figures: restoring a ~10 MB backup in Chromium through the real import path (the file
// input on /data, the whole-file check, the review, one write transaction, the result message).
//
// importTenMbMs: median over several fresh browser profiles of (choosing the file → the review
//   showing what the file holds: read, JSON, zod, links) + (pressing Restore → the result
//   message: newer-wins merge and the write). The person's reading time between the two is left out.
// importTenMbCheckMs / importTenMbWriteMs: the two halves (medians).
// importTenMbBytes: the size of the backup file.
// importTenMbRawWriteMs: the reference floor, measured in the same run on the same machine: the
//   same records put straight into the app's IndexedDB in one transaction, grouped as the app
//   stores them (answers in one sheet per person per round), with no checks and no merge (median). The machine is shared and often loaded; compare importTenMbWriteMs with it.
import { median } from '../lib.mjs';

const RUNS = 3;

/** Runs in the page: time stamps for the file choice, the review, the click and the result. */
function installProbe() {
  const marks = {};
  window.__importMarks = marks;
  document.addEventListener(
    'change',
    (event) => {
      if (event.target?.dataset?.testid === 'restore-input') marks.chosen = performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (event) => {
      if (event.target?.closest?.('button')?.textContent === 'Restore this backup') marks.clicked = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (marks.reviewed === undefined && document.querySelector('[data-testid="import-review"]')) marks.reviewed = performance.now();
    if (marks.done === undefined && document.querySelector('[data-testid="import-result"], [data-testid="import-error"]')) {
      marks.done = performance.now();
      marks.ok = !!document.querySelector('[data-testid="import-result"]');
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Runs in the page: the floor, every record put into the app's database in one plain transaction. */
async function rawWrite(text) {
  const backup = JSON.parse(text);
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('change-model');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  // Stored as the app stores them: answers and judgements in one sheet per person per round.
  const data = { ...backup.data };
  const sheets = new Map();
  for (const kind of ['responses', 'judgements']) {
    for (const item of data[kind]) {
      const key = `${item.roundId}\u0000${item.participantId}`;
      if (!sheets.has(key)) sheets.set(key, { roundId: item.roundId, participantId: item.participantId, responses: [], judgements: [] });
      sheets.get(key)[kind].push(item);
    }
    delete data[kind];
  }
  data.sheets = [...sheets.values()];
  const tables = Object.keys(data);
  const started = performance.now();
  await new Promise((resolve, reject) => {
    const tx = db.transaction(tables, 'readwrite');
    for (const t of tables) for (const record of data[t]) tx.objectStore(t).put(record);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** Median check (file chosen to review) and write (Restore to result) of restoring `buffer` on /data, each in a fresh profile. */
export async function measureImport({ baseUrl, browser, buffer, name = 'backup.json', runs = RUNS }) {
  const checks = [];
  const writes = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await page.evaluate(installProbe);
    await page.getByTestId('restore-input').setInputFiles({ name, mimeType: 'application/json', buffer });
    await page.getByTestId('import-review').waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.waitForFunction(() => window.__importMarks.done !== undefined, null, { timeout: 120_000 });
    const marks = await page.evaluate(() => window.__importMarks);
    if (!marks.ok) throw new Error(`${name} was not restored: ${await page.getByTestId('import-error').innerText()}`);
    checks.push(marks.reviewed - marks.chosen);
    writes.push(marks.done - marks.clicked);
    await context.close();
  }
  return { checks, writes, totals: checks.map((c, i) => c + writes[i]) };
}

export default async function importBench({ baseUrl, browser, importTs }) {
  const { largeBackup } = await importTs('tests/fixtures/data-backup.ts');
  const text = JSON.stringify(largeBackup(10));
  const buffer = Buffer.from(text);
  const { checks, writes, totals } = await measureImport({ baseUrl, browser, buffer, name: 'backup-10mb.json' });
  const raws = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ baseURL: baseUrl });
    const page = await context.newPage();
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    raws.push(await page.evaluate(rawWrite, text));
    await context.close();
  }
  return {
    importTenMbBytes: buffer.length,
    importTenMbCheckMs: Math.round(median(checks)),
    importTenMbWriteMs: Math.round(median(writes)),
    importTenMbMs: Math.round(median(totals)),
    importTenMbRawWriteMs: Math.round(median(raws)),
  };
}
