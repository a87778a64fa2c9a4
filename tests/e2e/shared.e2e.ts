/**
 * Shared programmes in real Chromium against a real sync server (embedded, one process, serving
 * the built app): a facilitator shares a programme and invites two people by link; each answers
 * on their own device (browser context), one of them offline for a while; the facilitator's
 * round and dashboard show everyone; the server's storage holds none of their words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchCsp } from './browser';

let browser: Browser;
let server: ChildProcess;
let base = '';
const dataDir = mkdtempSync(join(tmpdir(), 'cm-shared-e2e-'));

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((res) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => res(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  browser = await launch();
  const port = await freePort();
  const root = resolve(import.meta.dirname, '../..');
  server = spawn(process.execPath, [join(root, 'server/scripts/node22.mjs'), join(root, 'server/src/main.ts')], {
    env: { ...process.env, SYNC_PORT: String(port), SYNC_HOST: '127.0.0.1', SYNC_DATA_DIR: dataDir, SYNC_STATIC_DIR: join(root, process.env.E2E_DIST ?? 'dist') },
    stdio: 'ignore',
  });
  base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    if (await fetch(`${base}/health`).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The sync server did not start');
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: base });
  watchCsp(context);
  const page = await context.newPage();
  return { context, page };
}

async function answerAs(page: Page, link: string, name: string, values: RegExp[], note: string) {
  await page.goto(link);
  await page.getByLabel('Your name or a label').waitFor({ timeout: 30_000 });
  await page.getByLabel('Your name or a label').fill(name);
  await page.getByLabel('Clinician', { exact: true }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByText('Answering as').waitFor();
  const url = page.url();
  await page.goto(`${url}/answer/engagement`);
  for (let i = 0; i < values.length; i++) {
    await page.getByRole('group', { name: new RegExp(`^Statement ${i + 1} of 5`) }).getByRole('radio', { name: values[i]! }).check();
  }
  await page.getByRole('textbox', { name: 'Evidence note for statement 1 (optional)' }).fill(note);
  await page.getByRole('textbox', { name: 'Evidence note for statement 1 (optional)' }).blur();
}

describe('shared programmes', () => {
  it('a facilitator shares, two people join by link and answer on their own devices (one offline for a while), and the facilitator sees everyone', async () => {
    const fac = await device();
    await fac.page.goto('/programmes/new');
    await fac.page.getByLabel('Name of the programme').fill('Frailty pathway (shared)');
    await fac.page.getByRole('button', { name: 'Save and continue' }).click();
    await fac.page.getByRole('heading', { level: 1, name: 'Frailty pathway (shared)' }).waitFor();
    const programmeUrl = fac.page.url();
    await fac.page.goto(`${programmeUrl}/rounds/new`);
    await fac.page.getByLabel('Title of the round').fill('December board');
    await fac.page.getByLabel('Testing', { exact: true }).check();
    await fac.page.getByRole('button', { name: 'Start the round' }).click();
    await fac.page.getByRole('heading', { level: 1, name: 'December board' }).waitFor();

    await fac.page.goto(`${programmeUrl}/share`);
    await fac.page.getByRole('button', { name: 'Share this programme' }).click();
    await expect.poll(() => fac.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced at/);

    const links: string[] = [];
    for (const who of ['Asha', 'Ben']) {
      await fac.page.getByLabel('Who is it for?', { exact: false }).fill(who);
      await fac.page.getByRole('button', { name: 'Make an invitation' }).click();
      await expect.poll(() => fac.page.getByTestId('invitation').innerText()).toContain(`Invitation for ${who}`);
      links.push(await fac.page.getByTestId('invitation-link').inputValue());
    }
    expect(links[0]).toMatch(/\/join#/);

    const asha = await device();
    await answerAs(asha.page, links[0]!, 'Asha Patel', [/Embedded/, /In place in parts/], 'Discharge huddles since May');
    await expect.poll(() => asha.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced/);

    // Ben answers with the network gone (the sync server unreachable), reloads, then comes back.
    const ben = await device();
    await ben.page.goto(links[1]!);
    await ben.page.getByLabel('Your name or a label').waitFor({ timeout: 30_000 });
    // Offline from here: every WebSocket this page opens is cut (setOffline does not cut them).
    let offline = true;
    await ben.page.routeWebSocket(/.*/, (ws) => {
      if (offline) ws.close();
      else ws.connectToServer();
    });
    await ben.page.reload();
    await ben.page.getByLabel('Your name or a label').waitFor();
    await ben.page.getByLabel('Your name or a label').fill('Ben Okafor');
    await ben.page.getByLabel('Clinician', { exact: true }).check();
    await ben.page.getByRole('button', { name: 'Continue' }).click();
    await ben.page.getByText('Answering as').waitFor();
    const benRound = ben.page.url();
    await ben.page.goto(`${benRound}/answer/engagement`);
    await ben.page.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /Not in place/ }).check();
    await expect.poll(() => ben.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/waiting to sync \(offline\)|Could not reach the server/);
    await ben.page.reload();
    await expect.poll(() => ben.page.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /Not in place/ }).isChecked()).toBe(true);
    offline = false;
    await ben.page.reload();
    await expect.poll(() => ben.page.getByTestId('sync-status').innerText(), { timeout: 30_000 }).toMatch(/All changes synced/);

    // The facilitator's round lists both people, and their answers are there.
    const roundUrl = `${programmeUrl}/rounds/${new URL(benRound).pathname.split('/')[4]}`;
    await fac.page.goto(`${roundUrl}/facilitate`);
    await expect.poll(() => fac.page.locator('body').innerText(), { timeout: 30_000 }).toContain('Asha Patel');
    await expect.poll(() => fac.page.locator('body').innerText(), { timeout: 30_000 }).toContain('Ben Okafor');
    const stored = await fac.page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open('change-model');
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      const sheets = await new Promise<{ responses: { value: unknown; note: string }[] }[]>((res) => {
        const r = db.transaction('sheets').objectStore('sheets').getAll();
        r.onsuccess = () => res(r.result);
      });
      return sheets.flatMap((s) => s.responses.map((r) => `${r.value}|${r.note}`)).sort();
    });
    expect(stored).toEqual(['1|', '3|', '5|Discharge huddles since May'].sort());

    // The server's storage holds none of what anyone typed.
    const files = readdirSync(join(dataDir, 'documents')).map((f) => readFileSync(join(dataDir, 'documents', f)).toString('latin1'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const secret of ['Asha Patel', 'Ben Okafor', 'Discharge huddles', 'December board', 'Frailty pathway', 'engagement']) {
      expect(files.some((f) => f.includes(secret)), secret).toBe(false);
    }

    // The facilitator withdraws Asha's invitation: her device is refused from then on, with words, and keeps its answers.
    await fac.page.goto(`${programmeUrl}/share`);
    await fac.page.getByRole('button', { name: 'Withdraw the invitation for Asha' }).click();
    await fac.page.getByText('Withdrawn').waitFor();
    await expect.poll(() => asha.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/invitation has been withdrawn/);
    await asha.page.reload();
    await expect.poll(() => asha.page.getByTestId('sync-status').innerText()).toMatch(/invitation has been withdrawn.*Your answers are safe on this device/);
    await expect.poll(() => asha.page.getByRole('group', { name: /^Statement 1 of 5/ }).getByRole('radio', { name: /Embedded/ }).isChecked()).toBe(true);
    for (const d of [fac, asha, ben]) await d.context.close();
  }, 180_000);
});
