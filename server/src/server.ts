/**
 * The sync server: Hocuspocus relaying and storing ciphertext Yjs documents, with access decided
 * here (tokens, roles, revocation) and a small HTTP API beside it:
 *   GET  /health                        {"ok":true,...} for load balancers and tests
 *   POST /api/share {programmeId}       puts a programme on this server; answers the first
 *                                       facilitator's token (who may: see `sharePolicy`)
 *   POST /api/invitations {role, days}  a facilitator makes an invitation (a token) for a member
 *                                       or another facilitator
 *   POST /api/revoke {jti}              a facilitator revokes an invitation: refused from the next
 *                                       connection on, and its open connections are closed
 * and, when `staticDir` is set, the built app itself (with the app's security headers).
 * Nothing it logs can contain what anyone said: it never holds a key to decrypt it.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import { accessTo, isId, type Grant } from './access.ts';
import type { Store } from './store.ts';
import { Tokens } from './tokens.ts';

export interface SyncServerOptions {
  port: number;
  host: string;
  /** Signs and checks tokens; the same on every instance. */
  secret: string;
  store: Store;
  /** Several instances: Redis carries updates between them. */
  redis?: { host: string; port: number } | undefined;
  /** A name for this instance (logs, Redis). */
  name?: string;
  /** The built app (dist/), served from the same origin as the sync endpoint. */
  staticDir?: string | undefined;
  /** Who may put a new programme here: a bearer operator token, and/or requests from this machine. */
  sharePolicy: { operatorToken?: string | undefined; allowLoopback: boolean };
  /** Security headers for the app's pages. */
  headers?: Record<string, string>;
  log?: (line: string) => void;
  /** How long an invitation lasts unless the facilitator says otherwise (days). */
  invitationDays?: number;
}

export interface Context {
  grant: Grant;
}

const MAX_BODY = 16 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function refusal(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

function isLoopback(request: IncomingMessage): boolean {
  const address = request.socket.remoteAddress ?? '';
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw refusal('too-large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  } catch {
    throw refusal('not-json');
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'Access-Control-Allow-Origin': '*' });
  response.end(JSON.stringify(body));
}

function bearer(request: IncomingMessage): string {
  const header = request.headers.authorization ?? '';
  return header.startsWith('Bearer ') ? header.slice(7).trim() : '';
}

export async function createSyncServer(options: SyncServerOptions) {
  const tokens = new Tokens(options.secret);
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const staticRoot = options.staticDir ? resolve(options.staticDir) : undefined;

  /** The grant of a valid, unrevoked token, or the reason it is refused. */
  async function grantOf(token: string): Promise<{ grant: Grant } | { refused: string }> {
    const checked = await tokens.verify(token);
    if ('refused' in checked) return checked;
    if (await options.store.isRevoked(checked.grant.jti)) return { refused: 'revoked' };
    if (!(await options.store.hasProgramme(checked.grant.programmeId))) return { refused: 'not-hosted' };
    return { grant: checked.grant };
  }

  const access: Extension = {
    extensionName: 'access',
    async onAuthenticate({ token, documentName, connectionConfig }) {
      const result = await grantOf(token);
      if ('refused' in result) throw refusal(result.refused);
      const level = accessTo(result.grant, documentName);
      if (!level) throw refusal('not-a-member');
      // Read-only connections: Hocuspocus applies none of their updates and answers them "not synced".
      connectionConfig.readOnly = level === 'read';
      return { grant: result.grant };
    },
  };

  const database = new Database({
    fetch: async ({ documentName }) => options.store.fetch(documentName),
    store: async ({ documentName, state }) => options.store.store(documentName, new Uint8Array(state)),
  });

  const extensions: Extension[] = [access, database];
  if (options.redis) {
    extensions.push(new Redis({ host: options.redis.host, port: options.redis.port, identifier: options.name ?? `sync-${process.pid}`, prefix: 'change-model' }));
  }

  async function api(request: IncomingMessage, response: ServerResponse, path: string): Promise<void> {
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'authorization, content-type', 'Access-Control-Allow-Methods': 'POST, GET' });
      response.end();
      return;
    }
    if (request.method !== 'POST') return send(response, 405, { error: 'method' });
    const body = await readJson(request);
    if (path === '/api/share') {
      const { operatorToken, allowLoopback } = options.sharePolicy;
      const allowed = (operatorToken && bearer(request) === operatorToken) || (allowLoopback && isLoopback(request));
      if (!allowed) return send(response, 403, { error: 'not-allowed' });
      if (!isId(body.programmeId)) return send(response, 400, { error: 'bad-programme' });
      if (!(await options.store.addProgramme(body.programmeId))) return send(response, 409, { error: 'already-shared' });
      const issued = await tokens.issue(body.programmeId, 'facilitator', 3650);
      log(`shared programme ${body.programmeId}`);
      return send(response, 201, { token: issued.token, memberId: issued.grant.memberId, jti: issued.grant.jti, expiresAt: issued.expiresAt });
    }
    const caller = await grantOf(bearer(request));
    if ('refused' in caller) return send(response, 401, { error: caller.refused });
    if (caller.grant.role !== 'facilitator') return send(response, 403, { error: 'facilitators-only' });
    if (path === '/api/invitations') {
      const role = body.role === 'facilitator' ? 'facilitator' : 'member';
      const days = typeof body.days === 'number' && body.days > 0 && body.days <= 365 ? body.days : (options.invitationDays ?? 14);
      const issued = await tokens.issue(caller.grant.programmeId, role, days);
      return send(response, 201, { token: issued.token, memberId: issued.grant.memberId, jti: issued.grant.jti, role, expiresAt: issued.expiresAt });
    }
    if (path === '/api/revoke') {
      if (!isId(body.jti)) return send(response, 400, { error: 'bad-invitation' });
      await options.store.revoke(body.jti, caller.grant.programmeId);
      closeConnectionsOf(body.jti);
      log(`revoked an invitation of programme ${caller.grant.programmeId}`);
      return send(response, 200, { revoked: body.jti });
    }
    return send(response, 404, { error: 'not-found' });
  }

  function serveStatic(request: IncomingMessage, response: ServerResponse, path: string): boolean {
    if (!staticRoot || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    let file = normalize(join(staticRoot, decodeURIComponent(path)));
    if (!file.startsWith(staticRoot)) return false;
    // "/" is the home page rendered at build time; any other address opens on the bare shell,
    // which the app draws the screen into (scripts/prerender-plugin.mjs).
    if (!existsSync(file) || statSync(file).isDirectory()) {
      const shell = join(staticRoot, 'shell.html');
      file = path !== '/' && existsSync(shell) ? shell : join(staticRoot, 'index.html');
    }
    if (!existsSync(file)) return false;
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const immutable = file.includes(`${join(staticRoot, 'assets')}`);
    response.writeHead(200, {
      ...(options.headers ?? {}),
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
    return true;
  }

  const http: Extension = {
    extensionName: 'http',
    async onRequest({ request, response }) {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (path === '/health') {
        send(response, 200, {
          ok: true,
          name: options.name ?? null,
          documents: server.hocuspocus.getDocumentsCount(),
          connections: server.hocuspocus.getConnectionsCount(),
          memoryBytes: process.memoryUsage().rss,
        });
      } else if (path.startsWith('/api/')) {
        try {
          await api(request, response, path);
        } catch (error) {
          send(response, 400, { error: (error as { reason?: string }).reason ?? 'bad-request' });
        }
      } else if (!serveStatic(request, response, path)) {
        return; // Hocuspocus answers its own welcome text
      }
      // Handled: stop the hook chain (Hocuspocus's convention is to reject with nothing).
      throw null;
    },
  };

  const server = new Server<Context>({
    name: options.name ?? null,
    port: options.port,
    address: options.host,
    quiet: true,
    stopOnSignals: false,
    debounce: 200,
    maxDebounce: 1000,
    extensions: [http, ...extensions],
    websocketOptions: { maxPayload: 8 * 1024 * 1024 },
  });

  function closeConnectionsOf(jti: string): void {
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.connections.keys()) {
        if ((connection.context as Context | undefined)?.grant?.jti === jti) connection.close({ code: 4403, reason: 'revoked' });
      }
    }
  }

  // Another instance may have revoked an invitation: check open connections now and then.
  const sweep = setInterval(async () => {
    const seen = new Set<string>();
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.connections.keys()) {
        const jti = (connection.context as Context | undefined)?.grant?.jti;
        if (!jti || seen.has(jti)) continue;
        seen.add(jti);
        if (await options.store.isRevoked(jti).catch(() => false)) closeConnectionsOf(jti);
      }
    }
  }, 2000);
  sweep.unref();

  await server.listen();
  log(`sync server ${options.name ?? ''} listening on http://${options.host}:${server.address.port}`);
  return {
    server,
    port: server.address.port,
    async destroy() {
      clearInterval(sweep);
      await server.destroy();
      await options.store.close();
    },
  };
}
