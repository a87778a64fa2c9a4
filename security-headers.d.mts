export interface SecurityOptions {
  /** The sync server's address (http(s)://host:port), when the app is built for one. */
  syncServer?: string | undefined;
}
export function contentSecurityPolicy(options?: SecurityOptions): string;
export function securityHeaders(options?: SecurityOptions): Record<string, string>;
