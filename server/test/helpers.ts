/** Clients and server processes for the sync server's tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { freePort } from './services.ts';

const here = dirname(fileURLToPath(import.meta.url));

export async function post(base: string, path: string, body: unknown, token?: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Why the server refused this client, once it has. */
  refused(): Promise<string>;
  synced(): Promise<void>;
  close(): void;
}

/** A device connected to one document with one token. */
export function connect(wsUrl: string, name: string, token: string, doc = new Y.Doc()): Client {
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, delay: 100, maxDelay: 500, minDelay: 50, factor: 1.5 });
  let refusedReason: string | undefined;
  const waiting: ((reason: string) => void)[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      refusedReason = reason;
      for (const w of waiting.splice(0)) w(reason);
    },
  });
  provider.attach();
  // As the app does (src/sync/engine.ts): a document closed by the server for any reason but a
  // revocation (a shutdown or restart sends one) starts the connection again.
  let reconnecting: ReturnType<typeof setTimeout> | undefined;
  provider.on('close', ({ event }: { event?: { reason?: string } }) => {
    if (event?.reason === 'revoked' || reconnecting) return;
    reconnecting = setTimeout(() => {
      reconnecting = undefined;
      socket.disconnect();
      void socket.connect().catch(() => undefined);
    }, 300);
  });
  return {
    doc,
    provider,
    socket,
    refused: () => (refusedReason ? Promise.resolve(refusedReason) : new Promise((resolve) => waiting.push(resolve))),
    synced: () =>
      new Promise((resolve) => {
        const check = () => {
          if (provider.isSynced && provider.unsyncedChanges === 0) resolve();
          else setTimeout(check, 20);
        };
        check();
      }),
    close: () => {
      clearTimeout(reconnecting);
      provider.destroy();
      socket.destroy();
    },
  };
}

export async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export interface Instance {
  port: number;
  base: string;
  ws: string;
  process: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** A server instance as its own process (so it can be killed with SIGKILL), with `npm start`'s entry point. */
export async function startInstance(env: Record<string, string>): Promise<Instance> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(here, '..', 'src', 'main.ts')], {
    env: { ...process.env, SYNC_PORT: String(port), SYNC_HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  let stopping = false;
  // A server that dies on its own says why in the test output (a failing fetch alone does not).
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`\nsync server on port ${port} exited by itself (${code ?? signal}):\n${output}\n`);
  });
  await until(
    async () => {
      if (child.exitCode !== null) throw new Error(`sync server exited: ${output}`);
      return fetch(`${base}/health`).then((r) => r.ok, () => false);
    },
    'the sync server',
    20_000,
  );
  return {
    port,
    base,
    ws: `ws://127.0.0.1:${port}`,
    process: child,
    kill: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        stopping = true;
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}
