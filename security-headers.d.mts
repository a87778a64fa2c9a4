export interface SecurityOptions {
  /** The sync server's address (http(s)://host:port), when the app is built for one. */
  syncServer?: string | undefined;
  /** CSP sources for the build's inline stylesheet, from inlineStyleHashes(). */
  styleHashes?: string[] | undefined;
}
export function inlineStyleHashes(distDir: string): string[];
export function contentSecurityPolicy(options?: SecurityOptions): string;
export function securityHeaders(options?: SecurityOptions): Record<string, string>;
