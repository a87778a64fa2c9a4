/**
 * Property (fast-check): whatever the interleaving of answers written on three devices, devices
 * going offline and coming back, and the server restarting, once everyone is back online every
 * device holds every answer written, each once, and the server's store holds them too.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import * as Y from 'yjs';
import { FileStore } from '../src/fileStore.ts';
import { createSyncServer } from '../src/server.ts';
import { connect, post, until, type Client } from './helpers.ts';
import { freePort } from './services.ts';

const SECRET = 'property-secret-that-is-long-enough-for-hs256';

type Step = { kind: 'write'; device: number } | { kind: 'offline'; device: number } | { kind: 'online'; device: number } | { kind: 'restart' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('write' as const), device: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('offline' as const), device: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('online' as const), device: fc.nat({ max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
);

describe('offline, online and restarts (property)', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('always converges with nothing lost (25 runs)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 30 }), async (steps) => {
        runs++;
        const dir = mkdtempSync(join(tmpdir(), 'cm-sync-prop-'));
        dirs.push(dir);
        const port = await freePort();
        const start = () =>
          createSyncServer({ port, host: '127.0.0.1', secret: SECRET, store: new FileStore(dir), sharePolicy: { allowLoopback: true }, log: () => undefined });
        let server = await start();
        const base = `http://127.0.0.1:${port}`;
        const ws = `ws://127.0.0.1:${port}`;
        const facilitator = String((await post(base, '/api/share', { programmeId: 'prop' })).json.token);
        const member = await post(base, '/api/invitations', { role: 'member' }, facilitator);
        const name = `s:prop:${member.json.memberId}:r1`;
        const token = String(member.json.token);
        // Three devices of the same member (a phone, a laptop, a tablet), each with its own copy.
        const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
        const clients: (Client | undefined)[] = docs.map((doc) => connect(ws, name, token, doc));
        const written = new Set<string>();
        try {
          await Promise.all(clients.map((c) => c!.synced()));
          let n = 0;
          for (const s of steps) {
            if (s.kind === 'write') {
              const key = `answer-${n++}`;
              written.add(key);
              docs[s.device]!.getMap('records').set(key, new Uint8Array([n % 256]));
            } else if (s.kind === 'offline') {
              clients[s.device]?.close();
              clients[s.device] = undefined;
            } else if (s.kind === 'online') {
              clients[s.device] ??= connect(ws, name, token, docs[s.device]);
            } else {
              await server.destroy();
              server = await start();
            }
          }
          for (let d = 0; d < 3; d++) clients[d] ??= connect(ws, name, token, docs[d]);
          await until(() => docs.every((doc) => doc.getMap('records').size === written.size), 'every device to hold every answer', 20_000);
          for (const doc of docs) assert.deepEqual(new Set(doc.getMap('records').keys()), written);
          // And the server stored them all (after its debounce).
          await until(async () => {
            const stored = await new FileStore(dir).fetch(name);
            if (!stored) return written.size === 0;
            const copy = new Y.Doc();
            Y.applyUpdate(copy, stored);
            return copy.getMap('records').size === written.size;
          }, 'the store to hold every answer', 10_000);
        } finally {
          for (const c of clients) c?.close();
          await server.destroy();
        }
      }),
      { numRuns: 25, seed: 20261201 },
    );
    assert.equal(runs, 25);
  });
});
