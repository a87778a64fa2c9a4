/**
 * Data you can trust and move, in real Chromium against the production build: backup in one
 * browser profile and restore in a fresh one with identical numbers; every bad file refused with
 * its message and nothing changed; the QR hand-over end to end (codes rendered, decoded from
 * screenshots, fed to the other device's camera, merged); the board paper in print; the backup
 * reminder; a full disk.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { readQrPng } from './qrRead';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, chromePath, expectNoAxeViolations, launch, newContext, waitForServiceWorker } from './browser';
import { dashboardFixture } from '../fixtures/programme';
import { smallProgramme } from '../fixtures/data-backup';
import { seedBrowser } from '../fixtures/seed-browser';

const SHOTS = '.scratch/shots-data';
let browser: Browser;
const work = mkdtempSync(join(tmpdir(), 'data-e2e-'));

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** Every record in the app's database, sorted, as one string: "unchanged" means this string is equal. */
async function fingerprint(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('change-model');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = ['programmes', 'rounds', 'participants', 'sheets', 'actions', 'events', 'lessons'];
    const out: Record<string, unknown[]> = {};
    for (const t of tables) {
      out[t] = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(t).objectStore(t).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    }
    db.close();
    // Answers and judgements, one record each, out of their sheets (src/db/answers.ts).
    const sheets = out.sheets as { responses: { id: string }[]; judgements: { id: string }[] }[];
    delete out.sheets;
    out.responses = sheets.flatMap((s) => s.responses).sort((a, b) => a.id.localeCompare(b.id));
    out.judgements = sheets.flatMap((s) => s.judgements).sort((a, b) => a.id.localeCompare(b.id));
    return JSON.stringify(out);
  });
}

async function chooseFile(page: Page, testId: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByTestId(testId).setInputFiles(file);
}

/** The numbers a board reads: the board paper's tables, as text. */
async function paperNumbers(page: Page, programmeId: string, roundId: string): Promise<string[]> {
  await page.goto(`/programmes/${programmeId}/rounds/${roundId}/print`);
  await page.getByTestId('board-paper').waitFor();
  return page.locator('[data-testid="board-paper"] table').allInnerTexts();
}

/** The dashboard's tables, as text (numbers included). */
async function dashboardNumbers(page: Page, programmeId: string): Promise<string[]> {
  await page.goto(`/programmes/${programmeId}/dashboard`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('main table').first().waitFor();
  return page.locator('main table').allInnerTexts();
}

async function decodePng(buffer: Buffer): Promise<{ bytes: Uint8Array; png: PNG }> {
  const png = PNG.sync.read(buffer);
  const bytes = await readQrPng(buffer);
  if (!bytes) throw new Error('No QR code found in the screenshot');
  return { bytes, png };
}

/** Screenshot each code of the sequence on screen and decode it with the app's decoder (zxing-wasm). */
async function readCodes(page: Page): Promise<{ codes: Uint8Array[]; images: PNG[] }> {
  const canvas = page.getByTestId('qr-canvas');
  await canvas.waitFor();
  const total = Number(await canvas.getAttribute('data-total'));
  const codes: Uint8Array[] = [];
  const images: PNG[] = [];
  for (let i = 1; i <= total; i++) {
    await expect.poll(() => canvas.getAttribute('data-index')).toBe(String(i));
    await page.waitForTimeout(100);
    const { bytes, png } = await decodePng(await canvas.screenshot());
    codes.push(bytes);
    images.push(png);
    if (i < total) await page.getByRole('button', { name: 'Next code' }).click();
  }
  return { codes, images };
}

const isBinaryCode = (code: Uint8Array) => code[0] === 0x43 && code[1] === 0x4d && code[2] === 0x32; // "CM2"

/** A Y4M video (what Chromium's fake camera plays) showing each code in turn on white. */
function codesVideo(images: PNG[], file: string): void {
  const W = 640;
  const H = 480;
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F2:1 Ip A1:1 C420jpeg\n`);
  const frames: Buffer[] = [header];
  for (const image of images) {
    // Shown at the size it was screenshotted (never enlarged): what a camera at arm's length sees.
    const scale = Math.min(1, (H - 40) / image.height, (W - 40) / image.width);
    const y = Buffer.alloc(W * H, 235);
    const w = Math.round(image.width * scale);
    const h = Math.round(image.height * scale);
    const ox = Math.round((W - w) / 2);
    const oy = Math.round((H - h) / 2);
    for (let row = 0; row < h; row++) {
      for (let col = 0; col < w; col++) {
        const sx = Math.min(image.width - 1, Math.floor(col / scale));
        const sy = Math.min(image.height - 1, Math.floor(row / scale));
        const i = (sy * image.width + sx) * 4;
        const luma = 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!;
        y[(oy + row) * W + ox + col] = luma < 128 ? 16 : 235;
      }
    }
    const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
    for (let repeat = 0; repeat < 2; repeat++) frames.push(Buffer.from('FRAME\n'), y, chroma);
  }
  writeFileSync(file, Buffer.concat(frames));
}

describe('backup and restore', () => {
  it('exports from one profile and imports into a fresh one with identical numbers', async () => {
    const a = await newContext(browser);
    await a.page.goto('/data');
    await a.page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await seedBrowser(a.page, dashboardFixture());
    await a.page.reload();
    await expect.poll(() => a.page.getByTestId('last-backup').innerText()).toContain('No backup of everything');
    await expectNoAxeViolations(a.page, 'Your data');
    await a.page.screenshot({ path: `${SHOTS}/data-1280.png`, fullPage: true });

    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Back up everything' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^change-model-backup-everything-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const file = join(work, download.suggestedFilename());
    await download.saveAs(file);
    const backup = JSON.parse(readFileSync(file, 'utf8'));
    expect(backup).toMatchObject({ format: 'change-model-self-assessment/backup', formatVersion: 1, scope: { kind: 'all' } });
    expect(typeof backup.appVersion).toBe('string');
    expect(backup.data.responses.length).toBe(dashboardFixture().responses.length);
    await expect.poll(() => a.page.getByTestId('last-backup').innerText()).toMatch(/Last backup of everything: .*\(today\)/);

    const round3 = 'dash-round-3';
    const paperA = await paperNumbers(a.page, 'dash', round3);
    const dashboardA = await dashboardNumbers(a.page, 'dash');

    const b = await newContext(browser);
    await b.page.goto('/data');
    await chooseFile(b.page, 'restore-input', file);
    const review = b.page.getByTestId('import-review');
    await review.waitFor();
    expect(await review.innerText()).toContain('A backup of everything');
    expect(await review.innerText()).toContain('1 programme, 3 rounds');
    await expectNoAxeViolations(b.page, 'Your data, reviewing a backup');
    await b.page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => b.page.getByTestId('import-result').innerText()).toMatch(/^Backup restored\. \d+ records added\.$/);

    expect(await paperNumbers(b.page, 'dash', round3)).toEqual(paperA);
    expect(paperA.join('\n')).toMatch(/\d/);
    expect(await dashboardNumbers(b.page, 'dash')).toEqual(dashboardA);
    expect(await fingerprint(b.page)).toEqual(await fingerprint(a.page));

    // The same file again changes nothing.
    const before = await fingerprint(b.page);
    await b.page.goto('/data');
    await chooseFile(b.page, 'restore-input', file);
    await b.page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => b.page.getByTestId('import-result').innerText()).toMatch(/^Backup restored\. Nothing new: all \d+ records were already here and up to date\.$/);
    expect(await fingerprint(b.page)).toBe(before);
    expect([...a.foreignRequests, ...b.foreignRequests]).toEqual([]);
    await a.context.close();
    await b.context.close();
  });

  it('refuses each bad file with its message and changes nothing', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await seedBrowser(page, smallProgramme());
    const before = await fingerprint(page);
    const valid = { format: 'change-model-self-assessment/backup', formatVersion: 1, appVersion: 'x', exportedAt: '2026-01-01T00:00:00.000Z', scope: { kind: 'all' }, data: structuredClone(dashboardFixture()) };
    const newer = { ...structuredClone(valid), formatVersion: 3 };
    const invalid = structuredClone(valid);
    invalid.data.rounds[1]!.date = '2025-02-30';
    const big = join(work, 'huge.json');
    writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 10, 32));
    const json = (name: string, value: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)) });

    const cases: [string, Parameters<typeof chooseFile>[2], string][] = [
      ['not JSON', json('minutes.csv', 'Programme,Round\nA,B\n'), 'This file is not a backup from this app: it is not a JSON data file'],
      ['not ours', json('other.json', { name: 'another app', items: [1, 2] }), 'This file is not a backup from this app. It is a JSON data file, but not one this app saved.'],
      ['newer', json('newer.json', newer), 'This backup was made by a newer version (format 3). Update the app, then try again.'],
      ['invalid', json('invalid.json', invalid), 'The round “Spring review”: date is not a real date.'],
      ['too big', big, 'Files from this app are never larger than 50 MB, so it was not opened.'],
    ];
    for (const [label, file, message] of cases) {
      await chooseFile(page, 'restore-input', file);
      await expect.poll(() => page.getByTestId('file-error').innerText(), { message: label }).toContain(message);
      expect(await page.getByTestId('import-review').count(), label).toBe(0);
      await expect.poll(() => page.locator('.nhsuk-error-summary').evaluate((el) => el === document.activeElement), { message: `${label}: error summary focused` }).toBe(true);
      expect(await fingerprint(page), `${label}: data unchanged`).toBe(before);
    }
    await expectNoAxeViolations(page, 'Your data with a file error');
    await page.screenshot({ path: `${SHOTS}/data-error-1280.png`, fullPage: false });
    await context.close();
  });

  it('says plainly when the disk is full, takes in nothing, and the app carries on', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    // A nearly full disk: Chromium's quota for this origin is set 1 MB above what it uses now
    // (set before the data is written: Chromium applies it to storage opened afterwards). The
    // service worker's precache is finished first, or its files would eat the headroom.
    await waitForServiceWorker(page);
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    const cdp = await context.newCDPSession(page);
    const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(BASE_URL).origin, quotaSize: usage + 1_000_000 });
    await seedBrowser(page, smallProgramme());
    const before = await fingerprint(page);
    const big = { format: 'change-model-self-assessment/backup', formatVersion: 1, appVersion: 'x', exportedAt: '2026-01-01T00:00:00.000Z', scope: { kind: 'all' }, data: structuredClone(dashboardFixture('big')) };
    for (const r of big.data.responses) r.note = randomBytes(2250).toString('base64');
    await chooseFile(page, 'restore-input', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(big)) });
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect.poll(() => page.getByTestId('import-error').innerText(), { timeout: 20_000 }).toContain('There is not enough storage space on this device to take in this file, so none of it was taken in.');
    expect(await fingerprint(page)).toBe(before);

    // A write that no screen catches (a real one, refused by the full disk) still reaches the person, and the app stays usable.
    await page.evaluate(() => {
      void new Promise((resolve, reject) => {
        const open = indexedDB.open('change-model');
        open.onsuccess = () => {
          const tx = open.result.transaction('lessons', 'readwrite');
          // Text that does not compress, so the storage engine cannot squeeze it under the quota.
          const chunk = new Uint8Array(12_288);
          let text = '';
          for (let i = 0; i < 200; i += 1) text += btoa(String.fromCharCode(...crypto.getRandomValues(chunk)));
          tx.objectStore('lessons').put({ id: 'too-big', programmeId: 'small', date: '2025-01-01', componentId: null, text, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' });
          tx.oncomplete = resolve;
          tx.onabort = () => reject(tx.error);
        };
      });
    });
    await page.getByTestId('storage-toast').waitFor();
    expect(await page.getByTestId('storage-toast').innerText()).toContain('Your device is out of storage space');
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await fingerprint(page)).toBe(before);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(BASE_URL).origin });
    await context.close();
  });
});

describe('hand-over without a network', () => {
  it('hands a round out by file, answers back by QR codes read through the camera, merged once only', async () => {
    // Facilitator's device: the round, and its invitation as a file.
    const facilitator = await newContext(browser);
    const fp = facilitator.page;
    await fp.goto('/data');
    await fp.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await seedBrowser(fp, smallProgramme());
    await fp.goto('/programmes/small/rounds/small-round-2/handover');
    await fp.getByRole('heading', { level: 1, name: 'Hand over answers without a network' }).waitFor();
    await expectNoAxeViolations(fp, 'Hand-over');
    const [invitationDownload] = await Promise.all([fp.waitForEvent('download'), fp.getByRole('button', { name: 'Save the invitation as a file' }).click()]);
    const invitationFile = join(work, invitationDownload.suggestedFilename());
    await invitationDownload.saveAs(invitationFile);
    // The invitation also shows as codes that decode to the same packet.
    await fp.getByRole('button', { name: 'Show the invitation as QR codes' }).click();
    const invitationCodes = await readCodes(fp);
    expect(invitationCodes.codes.every(isBinaryCode)).toBe(true);
    // Issue 13: an invitation of the full 40 statements in at most 3 codes.
    expect(invitationCodes.codes.length).toBeLessThanOrEqual(3);

    // Participant's own device: take in the invitation, answer (written straight to storage here), show the codes.
    // A phone 390 px wide: each code is drawn 324 px wide.
    const participant = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const pp = participant.page;
    await pp.goto('/data');
    await chooseFile(pp, 'restore-input', invitationFile);
    await pp.getByRole('button', { name: 'Add this round to this device' }).click();
    await expect.poll(() => pp.getByTestId('import-result').innerText()).toContain('The round “Spring review” of “Diabetes foot care” is on this device');
    const round = JSON.parse(readFileSync(invitationFile, 'utf8')).round as { prompts: { id: string; componentId: string }[] };
    const now = new Date().toISOString();
    await seedBrowser(pp, {
      programmes: [],
      rounds: [],
      participants: [{ id: 'dami', createdAt: now, updatedAt: now, roundId: 'small-round-2', programmeId: 'small', label: 'Dami', role: 'frontline', anonymous: false, personKey: 'dami' }],
      responses: round.prompts.map((p, i) => ({
        id: `dami-${i}`, createdAt: now, updatedAt: now, roundId: 'small-round-2', participantId: 'dami', promptId: p.id, componentId: p.componentId as never,
        value: ((i % 5) + 1) as 1, note: i % 13 === 0 ? `Evidence for ${p.id}: discussed at the Tuesday huddle with the podiatry team.` : '', carriedForward: false,
      })),
      judgements: [{ id: 'dami-j', createdAt: now, updatedAt: now, roundId: 'small-round-2', participantId: 'dami', pairKey: 'leadership|engagement', value: 2, note: 'Top-down plans' }],
      actions: [], events: [], lessons: [],
    });
    await pp.goto('/programmes/small/rounds/small-round-2/handover');
    await pp.getByRole('button', { name: 'Show my answers as QR codes' }).waitFor();
    // A participant's device shows only what a participant needs.
    expect(await pp.getByRole('heading', { name: 'Take in someone’s answers' }).count()).toBe(0);
    expect(await pp.getByRole('heading', { name: 'Invite other devices to this round' }).count()).toBe(0);
    await expectNoAxeViolations(pp, 'Hand-over on a participant’s phone');
    await pp.getByRole('button', { name: 'Show my answers as QR codes' }).click();
    const answerCodes = await readCodes(pp);
    // Issue 13: 40 answers (4 with notes) and a judgement in at most 2 codes, read at 324 px.
    expect(round.prompts).toHaveLength(40);
    expect(answerCodes.codes.length).toBeLessThanOrEqual(2);
    expect(answerCodes.codes.every(isBinaryCode)).toBe(true);
    expect(answerCodes.images.map((png) => png.width)).toEqual(answerCodes.codes.map(() => 324));
    console.log(`QR hand-over in the browser: invitation ${invitationCodes.codes.length} codes, 40 answers ${answerCodes.codes.length} codes (${answerCodes.codes.map((c) => c.length).join(' + ')} bytes)`);
    await pp.screenshot({ path: `${SHOTS}/handover-codes-1280.png`, fullPage: true });

    // Facilitator's camera sees those codes: Chromium's fake camera plays them as a video.
    const video = join(work, 'codes.y4m');
    codesVideo(answerCodes.images, video);
    const camera = await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
    const scanner = await newContext(camera, { permissions: ['camera'] });
    const sp = scanner.page;
    await sp.goto('/data');
    await sp.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await seedBrowser(sp, smallProgramme());
    await sp.goto('/programmes/small/rounds/small-round-2/handover');
    await sp.getByRole('button', { name: 'Scan answers with the camera' }).click();
    await sp.getByTestId('import-review').waitFor({ timeout: 30_000 });
    // Headless Chromium on Linux has no BarcodeDetector: the app's zxing-wasm decoder read the codes.
    expect(await sp.getByTestId('scanned').getAttribute('data-decoder')).toBe('zxing-wasm');
    expect(await sp.getByTestId('import-review').innerText()).toContain('Answers from Dami for the round “Spring review”');
    await sp.getByRole('button', { name: 'Take in these answers' }).click();
    await expect.poll(() => sp.getByTestId('import-result').innerText()).toContain(`Dami’s answers are in the round “Spring review”. ${round.prompts.length + 2} records added.`);
    const merged = await fingerprint(sp);
    const parsed = JSON.parse(merged) as { responses: { participantId: string; note: string }[]; participants: { label: string }[] };
    expect(parsed.responses.filter((r) => r.participantId === 'dami')).toHaveLength(round.prompts.length);
    expect(parsed.participants.map((p) => p.label)).toContain('Dami');

    // Scanning the same codes again duplicates nothing.
    await sp.goto('/programmes/small/rounds/small-round-2/handover');
    await sp.getByRole('button', { name: 'Scan answers with the camera' }).click();
    await sp.getByRole('button', { name: 'Take in these answers' }).click({ timeout: 30_000 });
    await expect.poll(() => sp.getByTestId('import-result').innerText()).toContain('Nothing new');
    expect(await fingerprint(sp)).toBe(merged);
    await camera.close();
    await facilitator.context.close();
    await participant.context.close();
  });
});

describe('board paper', () => {
  it('prints on A4 without the site around it, and passes an accessibility scan', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/data');
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    const fixture = dashboardFixture();
    const noted = fixture.responses.find((r) => r.roundId === 'dash-round-3')!;
    noted.note = 'Minutes of the October board show it';
    await seedBrowser(page, fixture);
    await page.goto('/programmes/dash/rounds/dash-round-3/print');
    await page.getByTestId('board-paper').waitFor();
    await page.locator('.recharts-surface').first().waitFor();
    await expectNoAxeViolations(page, 'Board paper');
    // Evidence notes only when the facilitator ticks it.
    expect(await page.getByRole('heading', { level: 2, name: 'What people wrote' }).count()).toBe(0);
    expect(await page.getByTestId('board-paper').innerText()).not.toContain('Minutes of the October board');
    await page.getByLabel('Include evidence notes').click();
    await page.getByRole('heading', { level: 2, name: 'What people wrote' }).waitFor();
    const notes = page.locator('section[aria-labelledby="paper-notes"]');
    expect(await notes.innerText()).toContain('Minutes of the October board show it');
    for (const name of ['Asha', 'Ben', 'Cara']) expect(await notes.innerText()).not.toContain(name);
    await page.getByLabel('Include evidence notes').click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'What people wrote' }).count()).toBe(0);
    // Names are hidden by default (board papers are often public): people appear as role and number.
    const views = page.locator('section[aria-labelledby="paper-divergence"]');
    await expect.poll(() => views.innerText()).toContain('Executive or board 1');
    for (const name of ['Asha', 'Ben', 'Cara']) expect(await views.innerText()).not.toContain(name);
    // The choice lives in the address; react-router applies it in a transition, so click and then wait.
    await page.getByLabel('Show names').click();
    await expect.poll(() => page.getByLabel('Show names').isChecked()).toBe(true);
    await expect.poll(() => views.innerText()).toContain('Asha');
    expect(page.url()).toContain('names=show');
    await page.getByLabel('Show names').click();
    await expect.poll(() => views.innerText()).not.toContain('Asha');
    for (const heading of ['Summary: what to look at next', 'How far each of the eight components is in place', 'Tensions between components', 'Where views differ', 'Actions', 'Lessons learnt']) {
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
    }
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.app-header', '.app-nav', '.app-footer', '.app-no-print']) {
      expect(await page.locator(selector).first().isVisible(), `${selector} hidden in print`).toBe(false);
    }
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: `${SHOTS}/print-preview-a4.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SHOTS}/board-paper.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(8);
    // The closing note never takes a page of its own: without it the paper has as many pages.
    await page.locator('.app-board-paper__footer').evaluate((footer) => footer.setAttribute('hidden', ''));
    const withoutFooter = await page.pdf({ format: 'A4', printBackground: true });
    expect(withoutFooter.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, 'pages without the closing note').toBe(pages);
    await page.locator('.app-board-paper__footer').evaluate((footer) => footer.removeAttribute('hidden'));
    // Headings stay with what they head, table headings repeat, and pages are numbered (print CSS).
    const printRules = await page.evaluate(() => {
      const h2 = getComputedStyle(document.querySelector('.app-board-paper h2')!);
      const thead = getComputedStyle(document.querySelector('.app-board-paper thead')!);
      const pageRule = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).find((rule) => rule instanceof CSSPageRule);
      return { h2: h2.breakAfter, thead: thead.display, numbered: pageRule?.cssText.includes('counter(page)') ?? false };
    });
    expect(printRules).toEqual({ h2: 'avoid', thead: 'table-header-group', numbered: true });
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    // A4 is 595.3 × 841.9 points; Chromium rounds up.
    expect(Math.abs(Number(mediaBox![1]) - 595.3)).toBeLessThan(1.5);
    expect(Math.abs(Number(mediaBox![2]) - 841.9)).toBeLessThan(1.5);
    await context.close();
  });
});

describe('backup reminder', () => {
  it('appears when changes are 14+ days without a backup, and goes once a backup is made', async () => {
    const { page, context } = await newContext(browser);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const records = smallProgramme();
    const old = new Date(Date.now() - 20 * 86_400_000).toISOString();
    records.programmes[0]!.createdAt = old;
    await seedBrowser(page, records);
    await page.evaluate(async (when) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('change-model');
        r.onsuccess = () => resolve(r.result);
      });
      await new Promise<void>((resolve) => {
        const tx = db.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ key: 'lastChangeAt', value: when });
        tx.oncomplete = () => resolve();
      });
      db.close();
    }, new Date().toISOString());
    await page.reload();
    const banner = page.getByTestId('backup-reminder');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Your answers have never been backed up.');
    await expectNoAxeViolations(page, 'Home with the backup reminder');
    await page.screenshot({ path: `${SHOTS}/reminder-1280.png` });
    await banner.getByRole('link', { name: 'Back up now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up everything' }).click()]);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await context.close();
  });
});
