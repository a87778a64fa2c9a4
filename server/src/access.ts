/**
 * Who may read and write which document. Document names carry ids only (never names or text):
 *   p:<programmeId>                       the programme: rounds, people added by a facilitator,
 *                                          actions, events, lessons, words, pairs. Facilitators write;
 *                                          every member reads.
 *   s:<programmeId>:<memberId>:<roundId>   what one member's device answers in one round: their
 *                                          person record, answers, notes and pair views. Only that
 *                                          member writes; they and the facilitators read.
 * Everything inside is ciphertext made on the devices; the server only routes and stores it.
 */
export type Role = 'facilitator' | 'member';

export interface Grant {
  programmeId: string;
  memberId: string;
  role: Role;
  /** The invitation this access came from, so that revoking it closes the door. */
  jti: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export type DocumentRef = { kind: 'programme'; programmeId: string } | { kind: 'sheets'; programmeId: string; memberId: string; roundId: string };

export function parseDocumentName(name: string): DocumentRef | undefined {
  const parts = name.split(':');
  if (parts[0] === 'p' && parts.length === 2 && ID.test(parts[1]!)) return { kind: 'programme', programmeId: parts[1]! };
  if (parts[0] === 's' && parts.length === 4 && parts.slice(1).every((p) => ID.test(p))) {
    return { kind: 'sheets', programmeId: parts[1]!, memberId: parts[2]!, roundId: parts[3]! };
  }
  return undefined;
}

/** 'write', 'read' or undefined (no access at all) for this grant on this document. */
export function accessTo(grant: Grant, documentName: string): 'write' | 'read' | undefined {
  const ref = parseDocumentName(documentName);
  if (!ref || ref.programmeId !== grant.programmeId) return undefined;
  if (ref.kind === 'programme') return grant.role === 'facilitator' ? 'write' : 'read';
  if (ref.memberId === grant.memberId) return 'write';
  return grant.role === 'facilitator' ? 'read' : undefined;
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}
