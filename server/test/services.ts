/**
 * Real PostgreSQL and Redis for the tests, started here from Debian's packages on free ports in
 * temporary folders (never the machine's shared ones), and stopped by their process ids.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Ports handed out by this process: the OS often offers a port again at once after the probe closes. */
const given = new Set<number>();

function probePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A free port on 127.0.0.1, never one this process handed out before (services started at once get different ports). */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = await probePort();
    if (!given.has(port)) {
      given.add(port);
      return port;
    }
  }
}

function pgBin(name: string): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root).sort().reverse()) {
      const path = join(root, version, 'bin', name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(`PostgreSQL's ${name} is missing: apt-get install -y postgresql (.ci/run does this).`);
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms} ms`);
}

export interface Service {
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

function stopper(child: ChildProcess, dir: string): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      const done = () => {
        rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
}

/** A PostgreSQL cluster of its own; the database is "postgres", user "postgres", no password, on 127.0.0.1. */
export async function startPostgres(): Promise<Service & { url: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run it (and the server) as the 'postgres' user Debian creates.
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const run = (cmd: string, args: string[]) => (asPostgres ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' }) : spawnSync(cmd, args, { encoding: 'utf8' }));
  const init = run(pgBin('initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const port = await freePort();
  const args = ['-D', data, '-p', String(port), '-k', dir, '-h', '127.0.0.1', '-c', 'fsync=off', '-c', 'max_connections=100'];
  const child = asPostgres ? spawn('runuser', ['-u', 'postgres', '--', pgBin('postgres'), ...args], { stdio: 'ignore' }) : spawn(pgBin('postgres'), args, { stdio: 'ignore' });
  await waitFor(() => run(pgBin('pg_isready'), ['-h', '127.0.0.1', '-p', String(port)]).status === 0, 'PostgreSQL');
  return { port, process: child, url: `postgres://postgres@127.0.0.1:${port}/postgres`, stop: stopper(child, dir) };
}

export async function startRedis(): Promise<Service> {
  const dir = mkdtempSync(join(tmpdir(), 'cm-redis-'));
  const port = await freePort();
  const bin = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
  if (!bin) throw new Error('redis-server is missing: apt-get install -y redis-server (.ci/run does this).');
  const child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitFor(
    () =>
      new Promise<boolean>((resolve) => {
        const probe = spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' });
        resolve(probe.stdout.trim() === 'PONG');
      }),
    'Redis',
  );
  return { port, process: child, stop: stopper(child, dir) };
}
