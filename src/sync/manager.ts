/**
 * Shared programmes on this device: sharing one, inviting people, joining by an invitation link,
 * revoking, and one running ProgrammeSync per shared programme. Loaded only when a programme is
 * shared (the first screen never carries Yjs or the provider).
 */
import { db, nowIso } from '../db/database';
import type { Share, ShareInvitation } from '../db/types';
import { newProgrammeSecret } from './crypto';
import { ProgrammeSync, type SyncState } from './engine';

const running = new Map<string, ProgrammeSync>();

export class SyncError extends Error {}

/** What the server's refusal codes mean for a person. */
export function describeRefusal(reason: string): string {
  switch (reason) {
    case 'revoked':
      return 'This invitation has been withdrawn by the person running the programme. Ask them for a new one. Your answers are safe on this device.';
    case 'expired':
      return 'This invitation has expired. Ask the person running the programme for a new one. Your answers are safe on this device.';
    case 'not-a-member':
      return 'This device is not allowed to see this part of the programme.';
    case 'not-hosted':
      return 'The sync server no longer holds this programme. Your answers are safe on this device.';
    default:
      return 'The sync server did not accept this invitation. Ask the person running the programme for a new one.';
  }
}

async function request(server: string, path: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(new URL(path, server), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
  } catch {
    throw new SyncError(`Could not reach the sync server at ${server}. Check the address and that this device is on the same network.`);
  }
  const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) {
    const error = String(json.error ?? response.status);
    if (error === 'not-allowed') throw new SyncError('This sync server does not let this device share programmes. Ask whoever runs it.');
    if (error === 'already-shared') throw new SyncError('This programme is already shared on that server.');
    throw new SyncError(describeRefusal(error));
  }
  return json;
}

export function syncOf(programmeId: string): ProgrammeSync | undefined {
  return running.get(programmeId);
}

async function run(share: Share): Promise<ProgrammeSync> {
  running.get(share.programmeId)?.stop();
  const sync = new ProgrammeSync(share);
  running.set(share.programmeId, sync);
  await sync.start();
  return sync;
}

/** Start syncing every shared programme on this device (at app start, when there are any). */
export async function startAll(): Promise<void> {
  for (const share of await db.shares.toArray()) if (!running.has(share.programmeId) && !share.refused) await run(share);
}

/** Put a programme on a sync server; this device becomes its first facilitator. */
export async function shareProgramme(programmeId: string, server: string, operatorToken = ''): Promise<Share> {
  const programme = await db.programmes.get(programmeId);
  if (!programme) throw new SyncError('This programme is not on this device.');
  if (programme.kind === 'personal') throw new SyncError('Quick checks are personal: they are never shared.');
  let origin: string;
  try {
    origin = new URL(server).origin;
  } catch {
    throw new SyncError('Enter the sync server’s address, for example https://sync.example.nhs.uk.');
  }
  const answer = await request(origin, '/api/share', { programmeId }, operatorToken.trim() || undefined);
  const share: Share = {
    programmeId,
    server: origin,
    token: String(answer.token),
    memberId: String(answer.memberId),
    role: 'facilitator',
    jti: String(answer.jti),
    secret: newProgrammeSecret(),
    createdAt: nowIso(),
    invitations: [],
  };
  await db.shares.put(share);
  await run(share);
  return share;
}

/** The link an invitation is: the app's join page, with server, token and key after '#', which browsers never send anywhere. */
export function invitationLink(appOrigin: string, share: Pick<Share, 'server' | 'programmeId' | 'secret'>, token: string): string {
  const fragment = new URLSearchParams({ s: share.server, p: share.programmeId, t: token, k: share.secret });
  return `${appOrigin}/join#${fragment.toString()}`;
}

export async function invite(programmeId: string, role: 'member' | 'facilitator', label: string, appOrigin: string): Promise<ShareInvitation> {
  const share = await db.shares.get(programmeId);
  if (!share || share.role !== 'facilitator') throw new SyncError('Only a facilitator of this programme can invite people.');
  const answer = await request(share.server, '/api/invitations', { role }, share.token);
  const invitation: ShareInvitation = {
    jti: String(answer.jti),
    memberId: String(answer.memberId),
    role,
    label: label.trim() || (role === 'facilitator' ? 'A facilitator' : 'A member'),
    link: invitationLink(appOrigin, share, String(answer.token)),
    createdAt: nowIso(),
    expiresAt: String(answer.expiresAt),
  };
  await db.shares.update(programmeId, { invitations: [...share.invitations, invitation] });
  syncOf(programmeId)?.schedulePublish();
  return invitation;
}

export async function revoke(programmeId: string, jti: string): Promise<void> {
  const share = await db.shares.get(programmeId);
  if (!share) throw new SyncError('This programme is not shared from this device.');
  await request(share.server, '/api/revoke', { jti }, share.token);
  await db.shares.update(programmeId, {
    invitations: share.invitations.map((i) => (i.jti === jti ? { ...i, revokedAt: nowIso() } : i)),
  });
}

/** The parts of an invitation link, checked; undefined when it is not one. */
export function readInvitation(fragment: string): { server: string; programmeId: string; token: string; secret: string } | undefined {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const server = params.get('s');
  const programmeId = params.get('p');
  const token = params.get('t');
  const secret = params.get('k');
  if (!server || !programmeId || !token || !secret) return undefined;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(programmeId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return undefined;
  try {
    const url = new URL(server);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    return { server: url.origin, programmeId, token, secret };
  } catch {
    return undefined;
  }
}

function tokenClaims(token: string): { sub?: string; role?: string; jti?: string } {
  try {
    const payload = token.split('.')[1] ?? '';
    return JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { sub?: string; role?: string; jti?: string };
  } catch {
    return {};
  }
}

/** Join a shared programme from an invitation; resolves once the programme is on this device. */
export async function join(fragment: string): Promise<{ programmeId: string; sync: ProgrammeSync }> {
  const invitation = readInvitation(fragment);
  if (!invitation) throw new SyncError('This is not a complete invitation link. Ask for the link again, or scan the code once more.');
  const existing = await db.programmes.get(invitation.programmeId);
  if (existing?.kind === 'personal') throw new SyncError('This invitation cannot be used on this device.');
  const claims = tokenClaims(invitation.token);
  if (!claims.sub || !claims.jti || (claims.role !== 'member' && claims.role !== 'facilitator')) throw new SyncError('This invitation is damaged. Ask for the link again.');
  const share: Share = {
    programmeId: invitation.programmeId,
    server: invitation.server,
    token: invitation.token,
    memberId: claims.sub,
    role: claims.role,
    jti: claims.jti,
    secret: invitation.secret,
    createdAt: nowIso(),
    invitations: [],
  };
  await db.shares.put(share);
  const sync = await run(share);
  return { programmeId: share.programmeId, sync };
}

export type { SyncState };
