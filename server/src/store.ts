/**
 * Where the server keeps documents (ciphertext Yjs updates), the programmes it hosts and the
 * revoked invitations. Storing always merges with what is stored (Y.mergeUpdates), never
 * overwrites, so two instances storing the same document at once lose nothing.
 * Two kinds: FileStore (one folder, the embedded default) and PgStore (PostgreSQL, production).
 */
import * as Y from 'yjs';

export interface Store {
  fetch(name: string): Promise<Uint8Array | null>;
  store(name: string, update: Uint8Array): Promise<void>;
  /** Records a programme as hosted here; false when it already was. */
  addProgramme(id: string): Promise<boolean>;
  hasProgramme(id: string): Promise<boolean>;
  revoke(jti: string, programmeId: string): Promise<void>;
  isRevoked(jti: string): Promise<boolean>;
  close(): Promise<void>;
}

export function mergeStored(existing: Uint8Array | null, update: Uint8Array): Uint8Array {
  return existing && existing.length > 0 ? Y.mergeUpdates([existing, update]) : update;
}
