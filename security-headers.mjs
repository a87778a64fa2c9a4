import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The security headers every server that serves the built app must send (vite preview here, the
 * sync server later, and any host of dist/: see README, "Hosting the built files").
 *
 * No inline script and no eval anywhere: zod runs jitless (src/exchange/zod.ts) so it never
 * probes with Function(''). 'wasm-unsafe-eval' allows compiling WebAssembly only (the QR
 * decoder, zxing-wasm, loaded from this origin), not JavaScript eval. connect-src is the app's own origin plus, when the app is built for
 * one, the sync server's origin. The one inline style, the stylesheet inlined into the HTML for
 * the first paint (scripts/prerender-plugin.mjs), is allowed by its hash, read from the build's
 * csp.json; no other inline style is.
 */
export function contentSecurityPolicy({ syncServer, styleHashes = [] } = {}) {
  const connect = ["'self'"];
  if (syncServer) {
    const url = new URL(syncServer);
    connect.push(url.origin, `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}`);
  }
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...styleHashes].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

export function securityHeaders(options = {}) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  };
}

/** The hashes of the build's inline stylesheet (dist/csp.json), or none before a build. */
export function inlineStyleHashes(distDir) {
  try {
    const parsed = JSON.parse(readFileSync(join(distDir, 'csp.json'), 'utf8'));
    return Array.isArray(parsed.styleHashes) ? parsed.styleHashes.filter((h) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(h)) : [];
  } catch {
    return [];
  }
}
