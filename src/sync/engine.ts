/**
 * Keeping one shared programme in step with its sync server. IndexedDB stays the one source of
 * truth: every change lands there first (offline too); this engine publishes this device's
 * records into the programme's Yjs documents, sealed with the programme's key, and takes in what
 * others published through the one merge (exchange/mergeIncoming.ts: ownership, then newer wins).
 *
 * Documents (see server/src/access.ts): `p:<programme>` holds the programme, rounds, actions,
 * events and lessons, written by facilitators; `s:<programme>:<member>:<round>` holds the people
 * one member's device added in a round and their answers and pair views, written by that member.
 * Each entry is named by an HMAC of its record's name and holds the sealed record.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { liveQuery, type Subscription } from 'dexie';
import * as Y from 'yjs';
import { answersOfRounds } from '../db/answers';
import { db } from '../db/database';
import type { Share, Tombstone } from '../db/types';
import type { BackupTable } from '../exchange/format';
import { mergeSynced, type SyncedRecord, type SyncSource } from '../exchange/mergeIncoming';
import { entryName, keysFromSecret, open, seal, type ProgrammeKeys } from './crypto';

export type SyncState =
  | { kind: 'synced'; at: string }
  | { kind: 'syncing'; pending: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'refused'; reason: string };

interface Envelope {
  table: BackupTable;
  record: Record<string, unknown> & { id: string; updatedAt: string };
  /** A deletion: the record was deleted at record.updatedAt (a tombstone). */
  deleted?: boolean;
}

interface Channel {
  name: string;
  source: SyncSource;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** What the document holds, by entry name: the record's updatedAt (decrypted). */
  versions: Map<string, string>;
  writable: boolean;
  synced: boolean;
}

export function websocketUrl(server: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/';
  return url.toString();
}

export class ProgrammeSync {
  private readonly share: Share;
  private keys: ProgrammeKeys | undefined;
  private socket: HocuspocusProviderWebsocket | undefined;
  private readonly channels = new Map<string, Channel>();
  private watch: Subscription | undefined;
  private publishing: Promise<void> = Promise.resolve();
  private republish = false;
  private online = false;
  private state: SyncState = { kind: 'syncing', pending: 0 };
  private readonly listeners = new Set<(state: SyncState) => void>();
  /** People whose records another member's document holds: this device never republishes them. */
  private readonly othersPeople = new Set<string>();
  private stopped = false;

  constructor(share: Share) {
    this.share = share;
  }

  get programmeId(): string {
    return this.share.programmeId;
  }

  onState(listener: (state: SyncState) => void): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private setState(state: SyncState): void {
    this.state = state;
    for (const l of this.listeners) l(state);
  }

  async start(): Promise<void> {
    this.keys = await keysFromSecret(this.share.secret);
    this.socket = new HocuspocusProviderWebsocket({
      url: websocketUrl(this.share.server),
      delay: 500,
      factor: 1.5,
      maxDelay: 5000,
      minDelay: 250,
      onStatus: ({ status }) => {
        this.online = status === 'connected';
        void this.updateState();
      },
    });
    this.open(`p:${this.programmeId}`, { kind: 'programme' }, this.share.role === 'facilitator');
    // Every change on this device to this programme's records: publish what is newer.
    this.watch = liveQuery(() => this.localRecords()).subscribe({
      next: () => this.schedulePublish(),
      error: () => undefined,
    });
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.reconnecting);
    this.watch?.unsubscribe();
    for (const c of this.channels.values()) c.provider.destroy();
    this.channels.clear();
    this.socket?.destroy();
  }

  private open(name: string, source: SyncSource, writable: boolean): void {
    if (this.channels.has(name) || this.stopped) return;
    const doc = new Y.Doc();
    const channel: Channel = { name, source, doc, versions: new Map(), writable, synced: false, provider: undefined as unknown as HocuspocusProvider };
    channel.provider = new HocuspocusProvider({
      websocketProvider: this.socket!,
      name,
      document: doc,
      token: this.share.token,
      onAuthenticationFailed: ({ reason }) => void this.refused(reason),
      // The server closes a withdrawn invitation's documents, saying why. Any other close of a
      // document (a server shutting down or restarting sends one) leaves the socket looking
      // open but the document unauthenticated: start the connection again.
      onClose: ({ event }) => {
        if (event?.reason === 'revoked' || event?.code === 4403) void this.refused('revoked');
        else this.reconnectSoon();
      },
      onSynced: () => {
        channel.synced = true;
        this.schedulePublish();
      },
      onUnsyncedChanges: () => void this.updateState(),
    });
    channel.provider.attach();
    this.channels.set(name, channel);
    doc.getMap<Uint8Array>('records').observe((event) => {
      if (event.transaction.local) return;
      void this.takeIn(channel, [...event.keysChanged]);
    });
  }

  private reconnecting: ReturnType<typeof setTimeout> | undefined;

  private reconnectSoon(): void {
    if (this.stopped || this.reconnecting) return;
    this.reconnecting = setTimeout(() => {
      this.reconnecting = undefined;
      if (this.stopped || !this.socket) return;
      this.socket.disconnect();
      void this.socket.connect().catch(() => undefined);
    }, 300);
  }

  private async refused(reason: string): Promise<void> {
    if (this.state.kind === 'refused') return;
    this.setState({ kind: 'refused', reason });
    await db.shares.update(this.programmeId, { refused: reason });
    // Nothing more to send or take in: what is on this device stays as it is.
    this.stop();
  }

  /** Decrypt changed entries and merge them into this device's database. */
  private async takeIn(channel: Channel, names: string[]): Promise<void> {
    const map = channel.doc.getMap<Uint8Array>('records');
    const incoming: SyncedRecord[] = [];
    for (const name of names) {
      const sealed = map.get(name);
      if (!sealed) continue;
      const envelope = await open<Envelope>(this.keys!, sealed);
      if (!envelope || typeof envelope.record?.updatedAt !== 'string') continue;
      channel.versions.set(name, envelope.record.updatedAt);
      if (envelope.table === 'participants' && channel.source.kind === 'sheets' && !channel.writable) this.othersPeople.add(envelope.record.id);
      incoming.push({ table: envelope.table, record: envelope.record, ...(envelope.deleted ? { deleted: true } : {}) });
    }
    if (incoming.length > 0) await mergeSynced(this.programmeId, channel.source, incoming);
    if (channel.source.kind === 'programme') await this.openSheets();
  }

  /** The member documents to follow: one's own for every round; a facilitator also everyone's. */
  private async openSheets(): Promise<void> {
    const [rounds, share] = await Promise.all([db.rounds.where('programmeId').equals(this.programmeId).toArray(), db.shares.get(this.programmeId)]);
    const members = new Set<string>([this.share.memberId]);
    if (this.share.role === 'facilitator') for (const m of await this.knownMembers(share)) members.add(m);
    for (const round of rounds) {
      for (const member of members) {
        this.open(`s:${this.programmeId}:${member}:${round.id}`, { kind: 'sheets', roundId: round.id }, member === this.share.memberId);
      }
    }
  }

  /** Members named in the programme document (facilitators publish them) and in this device's invitations. */
  private async knownMembers(share: Share | undefined): Promise<string[]> {
    const found = new Set((share?.invitations ?? []).map((i) => i.memberId));
    const programme = this.channels.get(`p:${this.programmeId}`);
    for (const [, sealed] of programme?.doc.getMap<Uint8Array>('members') ?? new Map()) {
      const member = await open<{ memberId: string }>(this.keys!, sealed);
      if (member?.memberId) found.add(member.memberId);
    }
    return [...found];
  }

  /** This device's part of the programme, as it would publish it. */
  private async localRecords() {
    const programmeId = this.programmeId;
    const [programme, rounds, participants, actions, events, lessons, tombstones, share] = await Promise.all([
      db.programmes.get(programmeId),
      db.rounds.where('programmeId').equals(programmeId).toArray(),
      db.participants.where('programmeId').equals(programmeId).toArray(),
      db.actions.where('programmeId').equals(programmeId).toArray(),
      db.events.where('programmeId').equals(programmeId).toArray(),
      db.lessons.where('programmeId').equals(programmeId).toArray(),
      db.tombstones.where('programmeId').equals(programmeId).toArray(),
      db.shares.get(programmeId),
    ]);
    const answers = await answersOfRounds(rounds.map((r) => r.id));
    return { programme, rounds, participants, actions, events, lessons, tombstones, share, answers };
  }

  schedulePublish(): void {
    if (this.stopped) return;
    this.republish = true;
    this.publishing = this.publishing.then(async () => {
      if (!this.republish) return;
      this.republish = false;
      await this.publish().catch(() => undefined);
      await this.updateState();
    });
  }

  /** Seal and set every record this device owns that is newer here than in its document. */
  private async publish(): Promise<void> {
    const local = await this.localRecords();
    if (!local.share) {
      // The programme was deleted on this device (which removes its share): this device leaves.
      this.stop();
      return;
    }
    if (!local.programme) return; // joining: the programme has not arrived yet
    const grave = (t: Tombstone): Envelope => ({ table: t.table, record: { id: t.id, programmeId: t.programmeId, ...(t.roundId ? { roundId: t.roundId } : {}), updatedAt: t.deletedAt }, deleted: true });
    const programmeDoc = this.channels.get(`p:${this.programmeId}`);
    if (!programmeDoc?.synced) return; // publish only onto what the server already has
    await this.openSheets();
    if (this.share.role === 'facilitator') {
      const rows: Envelope[] = [];
      if (local.programme) rows.push({ table: 'programmes', record: local.programme as unknown as Envelope['record'] });
      for (const r of local.rounds) rows.push({ table: 'rounds', record: r as unknown as Envelope['record'] });
      for (const a of local.actions) rows.push({ table: 'actions', record: a as unknown as Envelope['record'] });
      for (const e of local.events) rows.push({ table: 'events', record: e as unknown as Envelope['record'] });
      for (const l of local.lessons) rows.push({ table: 'lessons', record: l as unknown as Envelope['record'] });
      for (const t of local.tombstones) if (t.table !== 'participants') rows.push(grave(t));
      await this.put(programmeDoc, rows);
      await this.publishMembers(programmeDoc);
    }
    for (const round of local.rounds) {
      const channel = this.channels.get(`s:${this.programmeId}:${this.share.memberId}:${round.id}`);
      if (!channel?.synced) continue;
      const people = local.participants.filter((p) => p.roundId === round.id && !this.othersPeople.has(p.id));
      const ids = new Set(people.map((p) => p.id));
      const rows: Envelope[] = people.map((p) => ({ table: 'participants', record: p as unknown as Envelope['record'] }));
      for (const r of local.answers.responses) if (r.roundId === round.id && ids.has(r.participantId)) rows.push({ table: 'responses', record: r as unknown as Envelope['record'] });
      for (const j of local.answers.judgements) if (j.roundId === round.id && ids.has(j.participantId)) rows.push({ table: 'judgements', record: j as unknown as Envelope['record'] });
      for (const t of local.tombstones) if (t.table === 'participants' && t.roundId === round.id && !this.othersPeople.has(t.id)) rows.push(grave(t));
      await this.put(channel, rows);
    }
  }

  private async publishMembers(programmeDoc: Channel): Promise<void> {
    const share = await db.shares.get(this.programmeId);
    const members = programmeDoc.doc.getMap<Uint8Array>('members');
    for (const invitation of share?.invitations ?? []) {
      const name = await entryName(this.keys!, `member:${invitation.memberId}`);
      if (!members.has(name)) members.set(name, await seal(this.keys!, { memberId: invitation.memberId }));
    }
  }

  private logicalName(row: Envelope): string {
    const r = row.record as Record<string, string>;
    if (row.table === 'responses') return `response:${r.participantId}:${r.promptId}`;
    if (row.table === 'judgements') return `judgement:${r.participantId}:${r.pairKey}`;
    return `${row.table}:${r.id}`;
  }

  /** Entry names by record name: an HMAC each, worked out once (publishing runs on every change). */
  private readonly names = new Map<string, string>();

  private async nameOf(row: Envelope): Promise<string> {
    const logical = this.logicalName(row);
    let name = this.names.get(logical);
    if (!name) {
      name = await entryName(this.keys!, logical);
      this.names.set(logical, name);
    }
    return name;
  }

  private async put(channel: Channel, rows: Envelope[]): Promise<void> {
    if (!channel.writable) return;
    const map = channel.doc.getMap<Uint8Array>('records');
    const changes: [string, Uint8Array, string][] = [];
    for (const row of rows) {
      const name = await this.nameOf(row);
      const there = channel.versions.get(name);
      if (there && there >= row.record.updatedAt) continue;
      changes.push([name, await seal(this.keys!, row), row.record.updatedAt]);
    }
    if (changes.length === 0) return;
    channel.doc.transact(() => {
      for (const [name, sealed, at] of changes) {
        map.set(name, sealed);
        channel.versions.set(name, at);
      }
    });
  }

  private async updateState(): Promise<void> {
    if (this.state.kind === 'refused') return;
    let unsynced = 0;
    for (const c of this.channels.values()) unsynced += c.provider.unsyncedChanges;
    const allSynced = [...this.channels.values()].every((c) => c.synced);
    if (this.online && allSynced && unsynced === 0 && !this.republish) {
      const at = new Date().toISOString();
      await db.shares.update(this.programmeId, { lastSyncedAt: at });
      this.setState({ kind: 'synced', at });
      return;
    }
    const pending = await this.pendingCount();
    this.setState(this.online ? { kind: 'syncing', pending } : { kind: 'offline', pending });
  }

  /** Records changed on this device since everything was last on the server. */
  private async pendingCount(): Promise<number> {
    const share = await db.shares.get(this.programmeId);
    const since = share?.lastSyncedAt ?? '';
    const local = await this.localRecords();
    const mine = this.share.role === 'facilitator';
    let n = 0;
    const count = (rows: { updatedAt: string }[]) => {
      for (const r of rows) if (r.updatedAt > since) n++;
    };
    if (mine) count([...(local.programme ? [local.programme] : []), ...local.rounds, ...local.actions, ...local.events, ...local.lessons]);
    count(local.participants.filter((p) => !this.othersPeople.has(p.id)));
    count(local.answers.responses.filter((r) => !this.othersPeople.has(r.participantId)));
    count(local.answers.judgements.filter((j) => !this.othersPeople.has(j.participantId)));
    return n;
  }
}
