/**
 * `npm start` in server/ (or `npm run start:sync` at the top): one sync server instance.
 *
 * Embedded (the default): a file store in SYNC_DATA_DIR (default ./sync-data), serving the built
 * app from SYNC_STATIC_DIR (default ../dist), accepting new shared programmes from this machine.
 * Production: set DATABASE_URL (or PGHOST etc.) for PostgreSQL and REDIS_URL for several
 * instances, SYNC_SECRET (the same on every instance) and SYNC_OPERATOR_TOKEN (who may share).
 *
 * Environment: SYNC_PORT (default 4174), SYNC_HOST (default 0.0.0.0, so phones on the room's
 * hotspot reach it), SYNC_NAME, SYNC_INVITATION_DAYS (default 14), SYNC_ALLOW_LOOPBACK_SHARE
 * (default on for the embedded store, off with PostgreSQL).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { inlineStyleHashes, securityHeaders } from '../../security-headers.mjs';
import { FileStore } from './fileStore.ts';
import { PgStore } from './pgStore.ts';
import { createSyncServer } from './server.ts';

const env = process.env;
const production = Boolean(env.DATABASE_URL || env.PGHOST);
const dataDir = resolve(env.SYNC_DATA_DIR ?? 'sync-data');

function secret(): string {
  if (env.SYNC_SECRET) return env.SYNC_SECRET;
  if (production) throw new Error('SYNC_SECRET must be set (the same on every instance) when PostgreSQL is used.');
  // Embedded: made once and kept beside the data, so tokens survive a restart.
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function redis(): { host: string; port: number } | undefined {
  if (!env.REDIS_URL) return undefined;
  const url = new URL(env.REDIS_URL);
  return { host: url.hostname, port: Number(url.port || 6379) };
}

const staticDir = env.SYNC_STATIC_DIR ?? resolve(import.meta.dirname, '../../dist');
const running = await createSyncServer({
  port: Number(env.SYNC_PORT ?? 4174),
  host: env.SYNC_HOST ?? '0.0.0.0',
  name: env.SYNC_NAME ?? `sync-${process.pid}`,
  secret: secret(),
  store: production ? new PgStore(env.DATABASE_URL) : new FileStore(dataDir),
  redis: redis(),
  staticDir: existsSync(join(staticDir, 'index.html')) ? staticDir : undefined,
  sharePolicy: {
    operatorToken: env.SYNC_OPERATOR_TOKEN || undefined,
    allowLoopback: env.SYNC_ALLOW_LOOPBACK_SHARE ? env.SYNC_ALLOW_LOOPBACK_SHARE !== '0' : !production,
  },
  headers: securityHeaders({ styleHashes: inlineStyleHashes(staticDir) }),
  invitationDays: Number(env.SYNC_INVITATION_DAYS ?? 14),
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void running.destroy().finally(() => process.exit(0));
  });
}
