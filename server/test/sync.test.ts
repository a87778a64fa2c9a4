/**
 * The sync server against real parts: an embedded instance on a file store, and two instances
 * with Redis between them and PostgreSQL storage, each a process of its own, started here.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as Y from 'yjs';
import { connect, post, startInstance, until, type Instance } from './helpers.ts';
import { startPostgres, startRedis, type Service } from './services.ts';
import { PgStore } from '../src/pgStore.ts';

const SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

function entries(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap('records').toJSON();
}

describe('embedded server (file store, one process)', () => {
  let dir: string;
  let server: Instance;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cm-sync-embedded-'));
    server = await startInstance({ SYNC_DATA_DIR: dir, SYNC_STATIC_DIR: join(dir, 'no-app') });
  });

  after(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers its health check', async () => {
    const health = (await (await fetch(`${server.base}/health`)).json()) as { ok: boolean };
    assert.equal(health.ok, true);
  });

  it('shares a programme from this machine, once, and the facilitator invites a member', async () => {
    const share = await post(server.base, '/api/share', { programmeId: 'prog-1' });
    assert.equal(share.status, 201);
    assert.equal(typeof share.json.token, 'string');
    assert.equal((await post(server.base, '/api/share', { programmeId: 'prog-1' })).status, 409, 'a programme is shared once');
    assert.equal((await post(server.base, '/api/share', { programmeId: '../etc' })).status, 400);

    const invite = await post(server.base, '/api/invitations', { role: 'member' }, String(share.json.token));
    assert.equal(invite.status, 201);
    assert.equal(invite.json.role, 'member');
    const memberInvite = await post(server.base, '/api/invitations', { role: 'member' }, String(invite.json.token));
    assert.equal(memberInvite.status, 403, 'a member cannot invite');
  });

  it('relays and stores documents: the facilitator writes the programme, the member reads it and writes only their own sheets, across a restart', async () => {
    const share = await post(server.base, '/api/share', { programmeId: 'prog-2' });
    const facilitator = String(share.json.token);
    const invite = await post(server.base, '/api/invitations', { role: 'member' }, facilitator);
    const member = String(invite.json.token);
    const memberId = String(invite.json.memberId);

    const fac = connect(server.ws, 'p:prog-2', facilitator);
    fac.doc.getMap('records').set('round:r1', new Uint8Array([1, 2, 3]));
    await fac.synced();

    const mem = connect(server.ws, 'p:prog-2', member);
    await until(() => 'round:r1' in entries(mem.doc), 'the member to read the programme');
    // A member's write to the programme is refused: it never reaches the server or anyone else.
    mem.doc.getMap('records').set('round:forged', new Uint8Array([9]));
    await new Promise((r) => setTimeout(r, 500));
    assert.equal('round:forged' in entries(fac.doc), false);

    const sheet = connect(server.ws, `s:prog-2:${memberId}:r1`, member);
    sheet.doc.getMap('records').set('response:q1', new Uint8Array([4]));
    await sheet.synced();
    const seen = connect(server.ws, `s:prog-2:${memberId}:r1`, facilitator);
    await until(() => 'response:q1' in entries(seen.doc), 'the facilitator to read the member’s sheet');

    // Someone else's sheet: refused outright for a member.
    const other = connect(server.ws, `s:prog-2:someone-else:r1`, member);
    assert.equal(await other.refused(), 'not-a-member');
    for (const c of [fac, mem, sheet, seen, other]) c.close();

    await server.kill();
    server = await startInstance({ SYNC_DATA_DIR: dir, SYNC_STATIC_DIR: join(dir, 'no-app') });
    const back = connect(server.ws, `s:prog-2:${memberId}:r1`, facilitator);
    await until(() => 'response:q1' in entries(back.doc), 'the stored sheet after a restart');
    back.close();
  });

  it('refuses a non-member, a forged token, an expired one and a revoked invitation (closing its open connection)', async () => {
    const a = String((await post(server.base, '/api/share', { programmeId: 'prog-3' })).json.token);
    const b = String((await post(server.base, '/api/share', { programmeId: 'prog-4' })).json.token);
    const outsider = connect(server.ws, 'p:prog-3', b);
    assert.equal(await outsider.refused(), 'not-a-member');
    const forged = connect(server.ws, 'p:prog-3', `${a.slice(0, -4)}AAAA`);
    assert.equal(await forged.refused(), 'invalid');

    const invite = await post(server.base, '/api/invitations', { role: 'member', days: 1 / 86_400 }, a);
    await new Promise((r) => setTimeout(r, 1500));
    const expired = connect(server.ws, 'p:prog-3', String(invite.json.token));
    assert.equal(await expired.refused(), 'expired');

    const live = await post(server.base, '/api/invitations', { role: 'member' }, a);
    const open = connect(server.ws, 'p:prog-3', String(live.json.token));
    await open.synced();
    let closed = false;
    open.provider.on('close', () => (closed = true));
    assert.equal((await post(server.base, '/api/revoke', { jti: live.json.jti }, a)).status, 200);
    await until(() => closed, 'the revoked connection to close');
    const again = connect(server.ws, 'p:prog-3', String(live.json.token));
    assert.equal(await again.refused(), 'revoked');
    for (const c of [outsider, forged, expired, open, again]) c.close();
  });

  it('keeps only what the devices sent: the stored files are the documents, nothing else', async () => {
    const files = readdirSync(join(dir, 'documents'));
    assert.ok(files.length >= 2);
    for (const f of files) assert.match(f, /^[0-9a-f]{64}\.bin$/, 'file names reveal no document name');
    const all = files.map((f) => readFileSync(join(dir, 'documents', f)).toString('latin1')).join('');
    assert.equal(all.includes('prog-2'), false);
  });
});

describe('the built app served by the sync server', () => {
  let dir: string;
  let server: Instance;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cm-sync-static-'));
    const app = join(dir, 'dist');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<!doctype html><div id="root" data-prerendered="/">home</div>');
    writeFileSync(join(app, 'shell.html'), '<!doctype html><div id="root" data-prerendered="shell">shell</div>');
    writeFileSync(join(app, 'csp.json'), JSON.stringify({ styleHashes: ["'sha256-AAAA'"] }));
    writeFileSync(join(app, 'assets', 'app.js'), 'export {};');
    server = await startInstance({ SYNC_DATA_DIR: join(dir, 'data'), SYNC_STATIC_DIR: app });
  });

  after(async () => {
    await server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the home page for /, the shell for any other address, files as they are, and the inline style’s hash in its CSP', async () => {
    const home = await fetch(`${server.base}/`);
    assert.match(await home.text(), /data-prerendered="\/"/);
    assert.match(home.headers.get('content-security-policy') ?? '', /style-src 'self' 'sha256-AAAA';/);
    for (const path of ['/programmes/p1/dashboard', '/model', '/join']) {
      assert.match(await (await fetch(`${server.base}${path}`)).text(), /data-prerendered="shell"/, path);
    }
    const script = await fetch(`${server.base}/assets/app.js`);
    assert.equal(await script.text(), 'export {};');
  });
});

describe('several instances: Redis between them, PostgreSQL storage', () => {
  let pg: Service & { url: string };
  let redis: Service;
  let one: Instance;
  let two: Instance;
  let env: Record<string, string>;

  before(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    env = { DATABASE_URL: pg.url, REDIS_URL: `redis://127.0.0.1:${redis.port}`, SYNC_SECRET: SECRET, SYNC_OPERATOR_TOKEN: 'operator-token-for-tests' };
    [one, two] = await Promise.all([startInstance({ ...env, SYNC_NAME: 'one' }), startInstance({ ...env, SYNC_NAME: 'two' })]);
  });

  after(async () => {
    await Promise.all([one?.kill('SIGKILL'), two?.kill('SIGKILL')]);
    await Promise.all([pg?.stop(), redis?.stop()]);
  });

  it('lets only the operator share a programme in production', async () => {
    assert.equal((await post(one.base, '/api/share', { programmeId: 'multi' })).status, 403);
    assert.equal((await post(one.base, '/api/share', { programmeId: 'multi' }, 'operator-token-for-tests')).status, 201);
    assert.equal((await post(two.base, '/api/share', { programmeId: 'multi' }, 'operator-token-for-tests')).status, 409, 'instances share one registry');
  });

  it('relays between instances, survives one killed mid-round, and stores everything exactly once', async () => {
    const fac = String((await post(one.base, '/api/share', { programmeId: 'room' }, 'operator-token-for-tests')).json.token);
    const invites = await Promise.all([1, 2].map(() => post(one.base, '/api/invitations', { role: 'member' }, fac)));
    const [m1, m2] = invites.map((i) => ({ token: String(i.json.token), memberId: String(i.json.memberId) }));

    // The facilitator watches member 2's sheet through instance two; member 2 answers through instance one.
    const watcher = connect(two.ws, `s:room:${m2!.memberId}:r1`, fac);
    const writer = connect(one.ws, `s:room:${m2!.memberId}:r1`, m2!.token);
    await writer.synced();
    writer.doc.getMap('records').set('response:q0', new Uint8Array([0]));
    await until(() => 'response:q0' in entries(watcher.doc), 'an answer to cross from instance one to two');

    // Member 1 answers 20 statements through instance one, which is killed half-way.
    const doc = new Y.Doc();
    let client = connect(one.ws, `s:room:${m1!.memberId}:r1`, m1!.token, doc);
    await client.synced();
    for (let i = 0; i < 20; i++) {
      doc.getMap('records').set(`response:q${i}`, new Uint8Array([i]));
      if (i === 9) await one.kill('SIGKILL');
    }
    client.close();
    // The device carries on through the other instance (as a load balancer would send it) with what it holds.
    client = connect(two.ws, `s:room:${m1!.memberId}:r1`, m1!.token, doc);
    await client.synced();
    writer.close();

    // Restart the killed instance and read from it: every answer, once.
    one = await startInstance({ ...env, SYNC_NAME: 'one' });
    await new Promise((r) => setTimeout(r, 1500)); // the server stores after its debounce
    const fresh = connect(one.ws, `s:room:${m1!.memberId}:r1`, fac);
    await until(() => Object.keys(entries(fresh.doc)).length === 20, 'all 20 answers from storage');
    assert.deepEqual(Object.keys(entries(fresh.doc)).sort(), Array.from({ length: 20 }, (_, i) => `response:q${i}`).sort());
    for (const c of [watcher, client, fresh]) c.close();
  });

  it('merges when two instances store the same document at once (never overwrites)', async () => {
    const store = new PgStore(pg.url);
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getMap('records').set('from-a', 1);
    b.getMap('records').set('from-b', 2);
    await Promise.all([store.store('p:merge', Y.encodeStateAsUpdate(a)), store.store('p:merge', Y.encodeStateAsUpdate(b))]);
    const back = new Y.Doc();
    Y.applyUpdate(back, (await store.fetch('p:merge'))!);
    assert.deepEqual(entries(back), { 'from-a': 1, 'from-b': 2 });
    await store.close();
  });

  it('creates its tables once when eight instances start together on an empty database', async () => {
    // "create table if not exists" raced here (a duplicate pg_type) and stopped an instance at start-up.
    const admin = new PgStore(pg.url);
    for (let attempt = 0; attempt < 3; attempt++) {
      const db = `race_${attempt}`;
      await admin.query(`create database ${db}`);
      const url = pg.url.replace(/\/postgres$/, `/${db}`);
      const stores = Array.from({ length: 8 }, () => new PgStore(url));
      const results = await Promise.allSettled(stores.map((store) => store.fetch('p:nothing')));
      assert.deepEqual(results.map((r) => r.status), Array(8).fill('fulfilled'));
      await Promise.all(stores.map((store) => store.close()));
    }
    await admin.close();
  });
});
