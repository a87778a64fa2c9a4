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
import { connect as netConnect, createServer as netServer, type Server as NetServer, type Socket } from 'node:net';
import { freePort, startPostgres, startRedis, type Service } from '../../server/test/services';
import { expectNoAxeViolations, launch, openNote, watchCsp } from './browser';

let browser: Browser;
let server: { kill: (signal: NodeJS.Signals) => void } | undefined;
let base = '';
const dataDir = mkdtempSync(join(tmpdir(), 'cm-shared-e2e-'));

beforeAll(async () => {
  browser = await launch();
  const started = await startSync({ SYNC_DATA_DIR: dataDir });
  server = started;
  base = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  await browser?.close();
  server?.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
});

async function device(baseURL = base): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
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
  await (await openNote(page, 1)).fill(note);
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
    await expectNoAxeViolations(fac.page, 'share page with an invitation');

    const asha = await device();
    await answerAs(asha.page, links[0]!, 'Asha Patel', [/Embedded/, /In place in parts/], 'Discharge huddles since May');
    await expect.poll(() => asha.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced/);
    await expectNoAxeViolations(asha.page, 'answering a shared round');

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

/** A sync server process on its own port with the given environment. */
async function startSync(env: Record<string, string>): Promise<{ port: number; process: ChildProcess; kill: (signal: NodeJS.Signals) => void }> {
  const port = await freePort();
  const root = resolve(import.meta.dirname, '../..');
  // node22.mjs starts the server as a child of its own: in a process group of their own, a kill
  // reaches the server itself, not only the launcher (a SIGKILL cannot be passed on).
  const child = spawn(process.execPath, [join(root, 'server/scripts/node22.mjs'), join(root, 'server/src/main.ts')], {
    env: { ...process.env, ...env, SYNC_PORT: String(port), SYNC_HOST: '127.0.0.1', SYNC_STATIC_DIR: join(root, process.env.E2E_DIST ?? 'dist') },
    stdio: 'ignore',
    detached: true,
  });
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 200; i++) {
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return { port, process: child, kill };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('A sync server instance did not start');
}

/**
 * One device's way in, as a load balancer would give it: every connection goes to its preferred
 * instance, or to the other when that one is down. Each device gets its own (so its own origin).
 */
async function balancer(preferred: () => number, fallback: () => number): Promise<{ origin: string; server: NetServer }> {
  const port = await freePort();
  const server = netServer((client: Socket) => {
    const attempt = (ports: number[]) => {
      const [next, ...rest] = ports;
      if (next === undefined) return client.destroy();
      const upstream = netConnect(next, '127.0.0.1');
      upstream.once('error', () => (rest.length ? attempt(rest) : client.destroy()));
      upstream.once('connect', () => {
        upstream.removeAllListeners('error');
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream).pipe(client);
      });
    };
    attempt([preferred(), fallback()]);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${port}`, server };
}

/** The same invitation, opened on another device's origin (its load balancer). */
function linkVia(link: string, origin: string): string {
  const url = new URL(link);
  const params = new URLSearchParams(url.hash.slice(1));
  params.set('s', origin);
  return `${origin}/join#${params.toString()}`;
}

describe('shared programmes across two server instances (Redis, PostgreSQL)', () => {
  let pg: Service & { url: string };
  let redis: Service;
  const instances: { port: number; process: ChildProcess; kill: (signal: NodeJS.Signals) => void }[] = [];
  const balancers: NetServer[] = [];

  afterAll(async () => {
    for (const i of instances) i.kill('SIGKILL');
    for (const b of balancers) b.close();
    await Promise.all([pg?.stop(), redis?.stop()]);
  });

  it('three devices on different instances answer one round (one offline for a while), one instance is killed mid-round, and every answer arrives exactly once', async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    const env = { DATABASE_URL: pg.url, REDIS_URL: `redis://127.0.0.1:${redis.port}`, SYNC_SECRET: 'e2e-secret-that-is-long-enough-for-signing', SYNC_OPERATOR_TOKEN: 'e2e-sharing-code' };
    instances.push(await startSync(env), await startSync(env));
    const one = instances[0]!;
    const two = instances[1]!;
    const viaOne = await balancer(() => one.port, () => two.port);
    const viaTwo = await balancer(() => two.port, () => one.port);
    const viaOneToo = await balancer(() => one.port, () => two.port);
    balancers.push(viaOne.server, viaTwo.server, viaOneToo.server);

    const fac = await device(viaOne.origin);
    await fac.page.goto('/programmes/new');
    await fac.page.getByLabel('Name of the programme').fill('Stroke network');
    await fac.page.getByRole('button', { name: 'Save and continue' }).click();
    await fac.page.getByRole('heading', { level: 1, name: 'Stroke network' }).waitFor();
    const programmeUrl = fac.page.url();
    await fac.page.goto(`${programmeUrl}/rounds/new`);
    await fac.page.getByLabel('Title of the round').fill('Quarter 3');
    await fac.page.getByLabel('Testing', { exact: true }).check();
    await fac.page.getByRole('button', { name: 'Start the round' }).click();
    await fac.page.getByRole('heading', { level: 1, name: 'Quarter 3' }).waitFor();
    const q3Url = fac.page.url();
    await fac.page.goto(`${programmeUrl}/share`);
    // Without the server's sharing code, this server refuses; with it, the programme is shared.
    await fac.page.getByRole('button', { name: 'Share this programme' }).click();
    await expect.poll(() => fac.page.locator('.nhsuk-error-summary').innerText()).toMatch(/does not let this device share programmes/);
    await fac.page.getByLabel('Sharing code (optional)').fill('e2e-sharing-code');
    await fac.page.getByRole('button', { name: 'Share this programme' }).click();
    await expect.poll(() => fac.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced/);
    const links: string[] = [];
    for (const who of ['Dee', 'Eli']) {
      await fac.page.getByLabel('Who is it for?', { exact: false }).fill(who);
      await fac.page.getByRole('button', { name: 'Make an invitation' }).click();
      await expect.poll(() => fac.page.getByTestId('invitation').innerText()).toContain(`Invitation for ${who}`);
      links.push(await fac.page.getByTestId('invitation-link').inputValue());
    }

    // The facilitator's "who is taking part" view is open while people answer: it updates live.
    await fac.page.goto(`${q3Url}/facilitate`);
    await fac.page.getByRole('heading', { level: 1 }).waitFor();
    expect(await fac.page.locator('main').innerText()).not.toContain('Dee');

    // Dee answers through instance two.
    const dee = await device(viaTwo.origin);
    await answerAs(dee.page, linkVia(links[0]!, viaTwo.origin), 'Dee', [/Embedded/, /Planned or starting/, /Not in place/], 'Seen on the ward');
    await expect.poll(() => dee.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced/);
    // Dee goes offline, answers one more, reloads, then comes back.
    let deeOffline = true;
    await dee.page.routeWebSocket(/.*/, (ws) => (deeOffline ? ws.close() : ws.connectToServer()));
    await dee.page.reload();
    await dee.page.getByRole('group', { name: /^Statement 5 of 5/ }).getByRole('radio', { name: /In place in parts/ }).check();
    await expect.poll(() => dee.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/waiting to sync \(offline\)|Could not reach the server/);
    await dee.page.reload();
    await expect.poll(() => dee.page.getByRole('group', { name: /^Statement 5 of 5/ }).getByRole('radio', { name: /In place in parts/ }).isChecked()).toBe(true);
    deeOffline = false;
    await dee.page.reload();
    await expect.poll(() => dee.page.getByTestId('sync-status').innerText(), { timeout: 30_000 }).toMatch(/All changes synced/);

    await expect.poll(() => fac.page.locator('main').innerText(), { timeout: 20_000 }).toContain('Dee');

    // Eli answers through instance one, which is killed half way; the rest goes through instance two.
    const eli = await device(viaOneToo.origin);
    await answerAs(eli.page, linkVia(links[1]!, viaOneToo.origin), 'Eli', [/In place in parts/], 'Before the kill');
    await expect.poll(() => eli.page.getByTestId('sync-status').innerText(), { timeout: 20_000 }).toMatch(/All changes synced/);
    instances[0]!.kill('SIGKILL');
    // Really down: the server itself, not only its launcher.
    await expect.poll(() => fetch(`http://127.0.0.1:${instances[0]!.port}/health`).then(() => 'up', () => 'down'), { timeout: 10_000 }).toBe('down');
    for (let i = 2; i <= 4; i++) {
      await eli.page.getByRole('group', { name: new RegExp(`^Statement ${i} of 5`) }).getByRole('radio', { name: /Working well in most places/ }).check();
    }
    await expect.poll(() => eli.page.getByTestId('sync-status').innerText(), { timeout: 40_000 }).toMatch(/All changes synced/);

    // The facilitator (whose instance was killed too) sees every answer exactly once.
    const readSheets = () =>
      fac.page.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((res, rej) => {
          const r = indexedDB.open('change-model');
          r.onsuccess = () => res(r.result);
          r.onerror = () => rej(r.error);
        });
        const all = <T,>(store: string) =>
          new Promise<T[]>((res) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => res(r.result as T[]);
          });
        const people = new Map((await all<{ id: string; label: string }>('participants')).map((p) => [p.id, p.label]));
        const sheets = await all<{ participantId: string; responses: { promptId: string; value: unknown; note: string }[] }>('sheets');
        db.close();
        return sheets
          .flatMap((s) => s.responses.map((r) => `${people.get(s.participantId)}|${r.promptId}|${r.value}|${r.note}`))
          .sort();
      });
    const expected = [
      'Dee|engagement.1|5|Seen on the ward',
      'Dee|engagement.2|2|',
      'Dee|engagement.3|1|',
      'Dee|engagement.5|3|',
      'Eli|engagement.1|3|Before the kill',
      'Eli|engagement.2|4|',
      'Eli|engagement.3|4|',
      'Eli|engagement.4|4|',
    ];
    await expect.poll(readSheets, { timeout: 40_000 }).toEqual(expected);
    for (const d of [fac, dee, eli]) await d.context.close();
  }, 240_000);
});
