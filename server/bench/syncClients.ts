/**
 * The sync benchmark's Node 22 half (run by bench/parts/sync.mjs through scripts/node22.mjs):
 * a PostgreSQL and a Redis of its own, two server instances as processes, and Node clients that
 * seal every record with AES-GCM exactly as the app does (WebCrypto, one fresh IV each) and name
 * entries by HMAC. Prints one JSON object of figures.
 *
 *  - syncAtoB*: a record set on device A (instance one) until device B (instance two) has it and
 *    has opened it; 100 times, one after another.
 *  - syncRoom*: 30 people, each on their own connection (alternating instances), answering 40
 *    statements and 11 pairs at once, one change at a time; a facilitator on instance two follows
 *    all 30 documents; from the first answer until the facilitator holds every one.
 *  - syncQueued*: a device that made 200 changes offline connects; until the facilitator has them.
 */
import * as Y from 'yjs';
import { connect, post, startInstance, until, type Client } from '../test/helpers.ts';
import { startPostgres, startRedis } from '../test/services.ts';

const enc = new TextEncoder();

async function keys() {
  const base = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), 'HKDF', false, ['deriveKey']);
  const derive = (info: string, algorithm: { name: 'AES-GCM'; length: number } | { name: 'HMAC'; hash: string; length: number }, usages: ('encrypt' | 'decrypt' | 'sign')[]) =>
    crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info: enc.encode(info) }, base, algorithm, false, usages);
  return {
    seal: await derive('records', { name: 'AES-GCM', length: 256 }, ['encrypt', 'decrypt']),
    name: await derive('names', { name: 'HMAC', hash: 'SHA-256', length: 256 }, ['sign']),
  };
}
type Keys = Awaited<ReturnType<typeof keys>>;

async function sealed(k: Keys, value: unknown): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, k.seal, enc.encode(JSON.stringify(value))));
  const out = new Uint8Array(12 + data.length);
  out.set(iv);
  out.set(data, 12);
  return out;
}

async function opened(k: Keys, bytes: Uint8Array): Promise<unknown> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, k.seal, bytes.subarray(12));
  return JSON.parse(new TextDecoder().decode(plain));
}

async function nameOf(k: Keys, logical: string): Promise<string> {
  return Buffer.from(new Uint8Array(await crypto.subtle.sign('HMAC', k.name, enc.encode(logical))).subarray(0, 18)).toString('base64url');
}

const record = (i: number) => ({ id: crypto.randomUUID(), value: (i % 5) + 1, note: i % 4 === 0 ? 'Seen at the huddle this week' : '', updatedAt: new Date().toISOString() });

function percentile(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  return s[Math.floor(rank)]! + (s[Math.ceil(rank)]! - s[Math.floor(rank)]!) * (rank - Math.floor(rank));
}

const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
const env = { DATABASE_URL: pg.url, REDIS_URL: `redis://127.0.0.1:${redis.port}`, SYNC_SECRET: 'bench-secret-long-enough-for-hs256-signing-ok', SYNC_OPERATOR_TOKEN: 'bench-operator' };
const [one, two] = await Promise.all([startInstance({ ...env, SYNC_NAME: 'one' }), startInstance({ ...env, SYNC_NAME: 'two' })]);
const figures: Record<string, number> = {};
const clients: Client[] = [];
try {
  const k = await keys();
  const facilitator = String((await post(one.base, '/api/share', { programmeId: 'bench' }, 'bench-operator')).json.token);
  const invite = async () => {
    const r = await post(one.base, '/api/invitations', { role: 'member' }, facilitator);
    return { token: String(r.json.token), memberId: String(r.json.memberId) };
  };

  // A to B, through two instances.
  const member = await invite();
  const docName = `s:bench:${member.memberId}:round-1`;
  const a = connect(one.ws, docName, member.token);
  const b = connect(two.ws, docName, facilitator);
  clients.push(a, b);
  await Promise.all([a.synced(), b.synced()]);
  const times: number[] = [];
  for (let i = 0; i < 100; i++) {
    const name = await nameOf(k, `response:person:q${i}`);
    const arrived = new Promise<number>((resolve) => {
      const map = b.doc.getMap<Uint8Array>('records');
      const observer = (event: Y.YMapEvent<Uint8Array>) => {
        if (!event.keysChanged.has(name)) return;
        map.unobserve(observer);
        void opened(k, map.get(name)!).then(() => resolve(performance.now()));
      };
      map.observe(observer);
    });
    const started = performance.now();
    a.doc.getMap('records').set(name, await sealed(k, record(i)));
    times.push((await arrived) - started);
  }
  figures.syncAtoBMedianMs = Math.round(percentile(times, 50) * 10) / 10;
  figures.syncAtoBP95Ms = Math.round(percentile(times, 95) * 10) / 10;

  // A room of 30.
  const people = await Promise.all(Array.from({ length: 30 }, () => invite()));
  const watchers = people.map((p) => connect(two.ws, `s:bench:${p.memberId}:round-1`, facilitator));
  const devices = people.map((p, i) => connect(i % 2 ? two.ws : one.ws, `s:bench:${p.memberId}:round-1`, p.token));
  clients.push(...watchers, ...devices);
  await Promise.all([...watchers, ...devices].map((c) => c.synced()));
  const perPerson = 40 + 11;
  const started = performance.now();
  await Promise.all(
    devices.map(async (device, person) => {
      for (let i = 0; i < perPerson; i++) {
        device.doc.getMap('records').set(await nameOf(k, `${i < 40 ? 'response' : 'judgement'}:${person}:${i}`), await sealed(k, record(i)));
        if (i % 5 === 4) await new Promise((r) => setImmediate(r));
      }
    }),
  );
  await until(() => watchers.every((w) => w.doc.getMap('records').size === perPerson), 'the room to converge', 60_000);
  figures.syncRoomConvergeMs = Math.round(performance.now() - started);
  figures.syncRoomAnswers = watchers.reduce((n, w) => n + w.doc.getMap('records').size, 0);
  figures.syncRoomLost = 30 * perPerson - figures.syncRoomAnswers;
  const health = await Promise.all([one, two].map((i) => fetch(`${i.base}/health`).then((r) => r.json() as Promise<{ memoryBytes: number }>)));
  figures.syncServerMemoryMb = Math.round(Math.max(...health.map((h) => h.memoryBytes)) / 1024 / 1024);

  // 200 changes queued offline.
  const late = await invite();
  const offlineDoc = new Y.Doc();
  for (let i = 0; i < 200; i++) offlineDoc.getMap('records').set(await nameOf(k, `response:late:${i}`), await sealed(k, record(i)));
  const follower = connect(two.ws, `s:bench:${late.memberId}:round-1`, facilitator);
  clients.push(follower);
  await follower.synced();
  const back = performance.now();
  const returning = connect(one.ws, `s:bench:${late.memberId}:round-1`, late.token, offlineDoc);
  clients.push(returning);
  await until(() => follower.doc.getMap('records').size === 200, 'the queued changes', 60_000);
  figures.syncQueuedConvergeMs = Math.round(performance.now() - back);
  figures.syncQueuedLost = 200 - follower.doc.getMap('records').size;
} finally {
  for (const c of clients) c.close();
  await Promise.all([one.kill('SIGKILL'), two.kill('SIGKILL')]);
  await Promise.all([pg.stop(), redis.stop()]);
}
console.log(JSON.stringify(figures));
