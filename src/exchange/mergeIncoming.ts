/**
 * The one merge: every record that comes onto this device from outside (a restored backup, a
 * hand-over answers file, a round's invitation, and the sync server when a programme is shared)
 * goes through this module, under two rules.
 *
 * 1. Ownership. A record may add to or update only records of its own programme (and round, for
 *    people and their answers). An incoming record whose id is already used on this device by a
 *    record of another programme or round is never allowed to move that record: a restore takes
 *    it in under a new id (its links inside the file follow it); a hand-over or an invitation is
 *    refused. An invitation never changes a programme, round or statement already on the device.
 * 2. Newer wins. A record is added when this device has no record with its id, replaced only when
 *    the incoming copy was changed later (updatedAt), and otherwise left alone, so taking in the
 *    same file twice changes nothing. Answers merge per (round, person, question or pair).
 *
 * `plan…` reads and writes nothing but returns what a merge would do, so the review screen can
 * say which records get a new id and why before anything is written; `merge…` plans again inside
 * its write transaction (the device may have changed since the review) and writes all or nothing.
 */
import type { Table } from 'dexie';
import { sheetKey, sheetOf, sheetsFor } from '../db/answers';
import { db, newId } from '../db/database';
import { bury, tombstonesOf } from '../db/tombstones';
import type { Action, AnswerSheet, Judgement, Participant, Programme, Response, Round, StoredRecord, Tombstone } from '../db/types';
import { BACKUP_TABLES, type AnswersPacket, type BackupData, type BackupTable, type InvitationPacket } from './format';
import { checkShape, ImportError } from './parse';

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export function emptyCounts(): MergeCounts {
  return { added: 0, updated: 0, unchanged: 0 };
}

export function addCounts(into: MergeCounts, more: MergeCounts): MergeCounts {
  into.added += more.added;
  into.updated += more.updated;
  into.unchanged += more.unchanged;
  return into;
}

function time(value: string): number {
  const t = Date.parse(value);
  return Number.isNaN(t) ? 0 : t;
}

/** True when `incoming` was changed strictly later than `existing`. */
export function isNewer(incoming: Pick<StoredRecord, 'updatedAt'>, existing: Pick<StoredRecord, 'updatedAt'>): boolean {
  return time(incoming.updatedAt) > time(existing.updatedAt);
}

/** Something the review must tell the person before the merge is written. */
export interface MergeNote {
  table: BackupTable;
  /** The record in the person's terms: "the round “November board”". */
  what: string;
  why: string;
}

export interface RestorePlan {
  /** The records as they will be written: colliding ids replaced, links inside the file following them. */
  data: BackupData;
  newIds: MergeNote[];
  /** Records left out because they were deleted on this device after the file's copy was last changed. */
  deletedHere: number;
}

/** Drop records (and the answers of people and rounds) deleted here after the incoming copy was last changed. */
async function withoutDeleted(data: BackupData): Promise<{ data: BackupData; deletedHere: number }> {
  const tables = ['rounds', 'participants', 'actions', 'events', 'lessons'] as const;
  const graves = await Promise.all(tables.map((t) => tombstonesOf(t, data[t].map((r) => r.id))));
  let deletedHere = 0;
  const buried = (i: number, record: StoredRecord) => {
    const grave = graves[i]!.get(record.id);
    const gone = !!grave && grave.deletedAt >= record.updatedAt;
    if (gone) deletedHere++;
    return gone;
  };
  const keep = <T extends StoredRecord>(i: number, rows: readonly T[]) => rows.filter((r) => !buried(i, r));
  const rounds = keep(0, data.rounds);
  const participants = keep(1, data.participants);
  const roundIds = new Set(rounds.map((r) => r.id));
  const people = new Set(participants.map((p) => p.id));
  const answerKept = (a: { roundId: string; participantId: string }) => roundIds.has(a.roundId) && people.has(a.participantId);
  const responses = data.responses.filter(answerKept);
  const judgements = data.judgements.filter(answerKept);
  deletedHere += data.responses.length - responses.length + data.judgements.length - judgements.length;
  return {
    data: { ...data, rounds, participants, responses, judgements, actions: keep(2, data.actions), events: keep(3, data.events), lessons: keep(4, data.lessons) },
    deletedHere,
  };
}

/**
 * The new id of a record taken in because its own belongs here to another owner: derived from
 * the record's id and its owner in the file, so taking in the same file twice gives the same id
 * (and the second time changes nothing). Four FNV-1a hashes with different seeds, laid out as a
 * UUID; `attempt` moves on when a derived id is itself taken here (see freshIds).
 */
export function derivedId(id: string, owner: string, attempt = 0): string {
  const input = `${owner}\u0000${id}\u0000${attempt}`;
  const hex = [0x811c9dc5, 0x050c5d1f, 0x9e3779b9, 0x85ebca6b]
    .map((seed) => {
      let hash = seed >>> 0;
      for (let i = 0; i < input.length; i++) {
        hash ^= input.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
      }
      return (hash >>> 0).toString(16).padStart(8, '0');
    })
    .join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** New ids for records that may not keep theirs: derived, and never one that another owner uses here. */
async function freshIds<T>(table: Table<T, string>, wanted: { id: string; owner: string }[], ownerHere: (record: T) => string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let pending = wanted.map((w) => ({ ...w, attempt: 0 }));
  while (pending.length > 0) {
    const candidates = pending.map((p) => derivedId(p.id, p.owner, p.attempt));
    const found = await table.bulkGet(candidates);
    const next: typeof pending = [];
    pending.forEach((p, i) => {
      const here = found[i];
      if (here && ownerHere(here) !== p.owner) next.push({ ...p, attempt: p.attempt + 1 });
      else out.set(p.id, candidates[i]!);
    });
    pending = next;
  }
  return out;
}

const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** A record named the way a person knows it. */
export function nameOf(table: BackupTable, record: Record<string, unknown>): string {
  const text = (key: string) => (typeof record[key] === 'string' ? short(String(record[key])) : '');
  switch (table) {
    case 'programmes':
      return `the programme “${text('name')}”`;
    case 'rounds':
      return `the round “${text('title')}”`;
    case 'participants':
      return `the person “${text('label')}”`;
    case 'actions':
      return `the action “${text('text')}”`;
    case 'events':
      return `the event “${text('title')}”`;
    case 'lessons':
      return `the lesson “${text('text')}”`;
    case 'responses':
      return 'an answer';
    case 'judgements':
      return 'a view of a pair';
  }
}

async function programmeNames(ids: Iterable<string>): Promise<Map<string, string>> {
  const list = [...new Set(ids)];
  const found = await db.programmes.bulkGet(list);
  return new Map(list.map((id, i) => [id, found[i]?.name ?? 'another programme']));
}

/**
 * What restoring `data` would write. Programmes keep their ids (the same id is the same
 * programme, newer wins); any other record whose id belongs here to another programme (or, for a
 * person, to another round) gets a new id, and every link to it inside the file follows.
 */
export async function planRestore(file: BackupData): Promise<RestorePlan> {
  const { data, deletedHere } = await withoutDeleted(file);
  const [rounds, participants, actions, events, lessons] = await Promise.all([
    db.rounds.bulkGet(data.rounds.map((r) => r.id)),
    db.participants.bulkGet(data.participants.map((p) => p.id)),
    db.actions.bulkGet(data.actions.map((a) => a.id)),
    db.events.bulkGet(data.events.map((e) => e.id)),
    db.lessons.bulkGet(data.lessons.map((l) => l.id)),
  ]);
  const owners = await programmeNames(
    [rounds, participants, actions, events, lessons].flatMap((list) => list.flatMap((r) => (r ? [r.programmeId] : []))),
  );
  const newIds: MergeNote[] = [];
  const note = (table: BackupTable, record: StoredRecord, why: string) =>
    newIds.push({ table, what: nameOf(table, record as unknown as Record<string, unknown>), why });
  const elsewhere = (programmeId: string) => `its id is already used on this device by a record of “${short(owners.get(programmeId) ?? '')}”, which it may not replace`;

  const roundOwner = (r: { programmeId: string }) => r.programmeId;
  const roundMoves = data.rounds.filter((r, i) => rounds[i] && rounds[i]!.programmeId !== r.programmeId);
  const roundIds = await freshIds(db.rounds, roundMoves.map((r) => ({ id: r.id, owner: roundOwner(r) })), roundOwner);
  data.rounds.forEach((r, i) => roundIds.has(r.id) && note('rounds', r, elsewhere(rounds[i]!.programmeId)));
  const roundOf = (id: string) => roundIds.get(id) ?? id;
  const finalRounds = data.rounds.map((r) =>
    roundIds.has(r.id) || (r.previousRoundId && roundIds.has(r.previousRoundId))
      ? { ...r, id: roundOf(r.id), ...(r.previousRoundId ? { previousRoundId: roundOf(r.previousRoundId) } : {}) }
      : r,
  );

  const personOwner = (p: { programmeId: string; roundId: string }) => `${p.programmeId}\u0000${p.roundId}`;
  const relinked = data.participants.map((p) => (roundIds.has(p.roundId) ? { ...p, roundId: roundOf(p.roundId) } : p));
  const personMoves = relinked.filter((p, i) => participants[i] && personOwner(participants[i]!) !== personOwner(p));
  const participantIds = await freshIds(db.participants, personMoves.map((p) => ({ id: p.id, owner: personOwner(p) })), personOwner);
  relinked.forEach((p, i) => {
    const local = participants[i];
    if (!participantIds.has(p.id) || !local) return;
    note('participants', p, local.programmeId === p.programmeId ? 'its id is already used on this device by a person in another round' : elsewhere(local.programmeId));
  });
  const nextParticipants = relinked.map((p) => (participantIds.has(p.id) ? { ...p, id: participantIds.get(p.id)! } : p));
  const relink = <T extends { roundId: string; participantId: string }>(item: T): T =>
    roundIds.has(item.roundId) || participantIds.has(item.participantId)
      ? { ...item, roundId: roundOf(item.roundId), participantId: participantIds.get(item.participantId) ?? item.participantId }
      : item;

  const ownIds = async <T extends StoredRecord & { programmeId: string }>(table: 'actions' | 'events' | 'lessons', rows: readonly T[], local: readonly (T | undefined)[]) => {
    const moves = rows.filter((row, i) => local[i] && local[i]!.programmeId !== row.programmeId);
    const ids = await freshIds(db[table] as unknown as Table<T, string>, moves.map((r) => ({ id: r.id, owner: r.programmeId })), (r) => r.programmeId);
    return rows.map((row, i) => {
      const id = ids.get(row.id);
      if (!id) return row;
      note(table, row, elsewhere(local[i]!.programmeId));
      return { ...row, id };
    });
  };
  const nextActions = (await ownIds<Action>('actions', data.actions, actions)).map((a) =>
    roundIds.size === 0
      ? a
      : {
          ...a,
          roundId: roundOf(a.roundId),
          carriedInto: a.carriedInto.map(roundOf),
          ...(a.reviewedInRoundId ? { reviewedInRoundId: roundOf(a.reviewedInRoundId) } : {}),
        },
  );
  const nextEvents = await ownIds('events', data.events, events);
  const nextLessons = await ownIds('lessons', data.lessons, lessons);

  return {
    data: {
      programmes: data.programmes,
      rounds: finalRounds,
      participants: nextParticipants,
      responses: data.responses.map(relink),
      judgements: data.judgements.map(relink),
      actions: nextActions,
      events: nextEvents,
      lessons: nextLessons,
    },
    newIds,
    deletedHere,
  };
}

/** Merge rows into a table inside the caller's transaction, newer wins by id. */
async function mergeRows<T extends StoredRecord, I>(table: Table<T, string, I>, rows: readonly T[]): Promise<MergeCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  // One getAllKeys for what is here, then reads only for the ids both sides have: a restore into a
  // fresh device reads nothing record by record (each IndexedDB request has a real cost).
  const here = new Set(await table.toCollection().primaryKeys());
  const shared = rows.filter((r) => here.has(r.id)).map((r) => r.id);
  const sharedRecords = new Map((await table.bulkGet(shared)).map((record, i) => [shared[i]!, record]));
  const toPut: T[] = [];
  for (const row of rows) {
    const current = sharedRecords.get(row.id);
    if (current && !isNewer(row, current)) {
      counts.unchanged++;
      continue;
    }
    toPut.push(row);
    if (current) counts.updated++;
    else counts.added++;
  }
  // Every row is a complete record, so it is a valid insert whatever the table's insert type.
  if (toPut.length > 0) await table.bulkPut(toPut as unknown as I[]);
  return counts;
}

/**
 * Merge answers and pair judgements into their sheets (one per person per round) inside the
 * caller's transaction, newer wins, keyed by (round, person, question) and (round, person, pair).
 * Each sheet is read once and written once, however many answers it takes in.
 */
export async function mergeAnswers(
  responses: readonly Response[],
  judgements: readonly Judgement[],
): Promise<{ responses: MergeCounts; judgements: MergeCounts }> {
  const counts = { responses: emptyCounts(), judgements: emptyCounts() };
  if (responses.length + judgements.length === 0) return counts;
  const sheets = await sheetsFor([...responses, ...judgements]);
  const changed = new Set<AnswerSheet>();
  const mergeItem = <T extends StoredRecord>(items: T[], item: T, same: (a: T, b: T) => boolean, into: MergeCounts, sheet: AnswerSheet) => {
    const at = items.findIndex((existing) => same(existing, item));
    if (at === -1) {
      items.push(item);
      into.added++;
    } else if (isNewer(item, items[at]!)) {
      items[at] = item;
      into.updated++;
    } else {
      into.unchanged++;
      return;
    }
    changed.add(sheet);
  };
  for (const r of responses) {
    const sheet = sheets.get(sheetKey(r))!;
    mergeItem(sheet.responses, r, (a, b) => a.promptId === b.promptId, counts.responses, sheet);
  }
  for (const j of judgements) {
    const sheet = sheets.get(sheetKey(j))!;
    mergeItem(sheet.judgements, j, (a, b) => a.pairKey === b.pairKey, counts.judgements, sheet);
  }
  if (changed.size > 0) await db.sheets.bulkPut([...changed]);
  return counts;
}

export type RestoreCounts = Record<BackupTable, MergeCounts>;

/** Write a backup's records, planned again here, inside the caller's transaction (every table). */
export async function mergeRestore(data: BackupData): Promise<{ counts: RestoreCounts; plan: RestorePlan }> {
  const plan = await planRestore(data);
  const counts = {} as RestoreCounts;
  const answers = await mergeAnswers(plan.data.responses, plan.data.judgements);
  for (const table of BACKUP_TABLES) {
    if (table === 'responses' || table === 'judgements') counts[table] = answers[table];
    // Each table holds its own record type; the loop just walks them in order.
    else counts[table] = await mergeRows(db[table] as never, plan.data[table] as never);
  }
  return { counts, plan };
}

/**
 * Why this device refuses a hand-over answers file, or undefined: the round must be here, open and
 * in the file's programme; the person must be new here or already in that same round.
 */
export async function refuseAnswers(packet: AnswersPacket): Promise<string | undefined> {
  const [round, person] = await Promise.all([db.rounds.get(packet.roundId), db.participants.get(packet.participant.id)]);
  if (!round || round.programmeId !== packet.programmeId) {
    return `These answers are for the round “${short(packet.roundTitle)}”, which is not on this device. Take them in on the device that sent out the round's invitation.`;
  }
  if (round.status === 'closed') return `The round “${short(round.title)}” is closed, so it cannot take in answers. Reopen it, then try again.`;
  if (person && (person.roundId !== round.id || person.programmeId !== round.programmeId)) {
    return `These answers are from “${short(packet.participant.label)}”, but this device already has a different person with the same id in another round. Nothing was taken in: answers only ever join their own round.`;
  }
  const prompts = new Set(round.prompts.map((p) => p.id));
  const unknown = packet.answers.find((a) => !prompts.has(a.promptId));
  if (unknown) return `These answers include a question this round did not ask (${short(unknown.promptId, 40)}), so none of them were taken in.`;
  return undefined;
}

/** Take in one person's answers in one round, inside the caller's transaction. Throws ImportError when refused. */
export async function mergeAnswersPacket(packet: AnswersPacket): Promise<{ counts: MergeCounts; round: Round }> {
  const refusal = await refuseAnswers(packet);
  if (refusal) throw new ImportError('conflict', refusal);
  const round = (await db.rounds.get(packet.roundId))!;
  const counts = await mergeRows(db.participants, [packet.participant as Participant]);
  const participantId = packet.participant.id;
  const prompts = new Map(round.prompts.map((p) => [p.id, p]));
  const local = await sheetOf(round.id, participantId);
  const responsesHere = new Map<string, Response>((local?.responses ?? []).map((r) => [r.promptId, r]));
  const judgementsHere = new Map<string, Judgement>((local?.judgements ?? []).map((j) => [j.pairKey, j]));
  const responses: Response[] = packet.answers.map((a) => ({
    id: responsesHere.get(a.promptId)?.id ?? newId(),
    createdAt: responsesHere.get(a.promptId)?.createdAt ?? a.updatedAt,
    updatedAt: a.updatedAt,
    roundId: round.id,
    participantId,
    promptId: a.promptId,
    componentId: prompts.get(a.promptId)!.componentId,
    value: a.value,
    note: a.note,
    carriedForward: false,
  }));
  const judgements: Judgement[] = packet.judgements.map((j) => ({
    id: judgementsHere.get(j.pairKey)?.id ?? newId(),
    createdAt: judgementsHere.get(j.pairKey)?.createdAt ?? j.updatedAt,
    updatedAt: j.updatedAt,
    roundId: round.id,
    participantId,
    pairKey: j.pairKey,
    value: j.value,
    note: j.note,
  }));
  const merged = await mergeAnswers(responses, judgements);
  addCounts(addCounts(counts, merged.responses), merged.judgements);
  return { counts, round };
}

export interface InvitationPlan {
  /** Whether the programme or the round is new to this device (else left exactly as it is). */
  addsProgramme: boolean;
  addsRound: boolean;
  /** The programme already here, kept as it is. */
  localProgramme?: Programme;
  refusal?: string;
}

/** What taking in an invitation would do: add what is missing, change nothing that is here. */
export async function planInvitation(packet: InvitationPacket): Promise<InvitationPlan> {
  const [programme, round] = await Promise.all([db.programmes.get(packet.programme.id), db.rounds.get(packet.round.id)]);
  if (packet.programme.kind === 'personal' || programme?.kind === 'personal') {
    return { addsProgramme: false, addsRound: false, refusal: 'This invitation is for a personal quick check, which is never shared. Nothing was taken in.' };
  }
  if (round && round.programmeId !== packet.programme.id) {
    return {
      addsProgramme: false,
      addsRound: false,
      refusal: `This invitation's round has the same id as the round “${short(round.title)}” of another programme on this device, so it was not taken in. Ask for a new invitation.`,
    };
  }
  return { addsProgramme: !programme, addsRound: !round, ...(programme ? { localProgramme: programme } : {}) };
}

/** Take in an invitation inside the caller's transaction. Throws ImportError when refused. */
export async function mergeInvitation(packet: InvitationPacket): Promise<MergeCounts> {
  const plan = await planInvitation(packet);
  if (plan.refusal) throw new ImportError('conflict', plan.refusal);
  const counts = emptyCounts();
  if (plan.addsProgramme) await db.programmes.add(packet.programme as Programme);
  if (plan.addsRound) await db.rounds.add(packet.round);
  counts.added = Number(plan.addsProgramme) + Number(plan.addsRound);
  counts.unchanged = 2 - counts.added;
  return counts;
}

/** Deletions from another device: each removes the record here unless it was changed here after, and is kept as a tombstone. */
async function applyDeletions(programmeId: string, source: SyncSource, deletions: readonly SyncedRecord[], counts: MergeCounts): Promise<void> {
  for (const { table, record } of deletions) {
    const t = table as Tombstone['table'];
    const id = typeof record.id === 'string' ? record.id : '';
    const at = typeof record.updatedAt === 'string' ? record.updatedAt : '';
    if (!id || !at || Date.parse(at) > Date.now() + 24 * 3600 * 1000) continue;
    const local = (await (db[t] as unknown as Table<StoredRecord & { programmeId: string; roundId?: string }, string>).get(id)) ?? undefined;
    if (local && (local.programmeId !== programmeId || (t === 'participants' && (source.kind !== 'sheets' || local.roundId !== source.roundId)))) continue;
    await bury([{ table: t, id, programmeId, ...(t === 'participants' && source.kind === 'sheets' ? { roundId: source.roundId } : {}) }], at);
    if (!local || local.updatedAt > at) continue;
    if (t === 'participants') await db.sheets.delete([local.roundId!, id]);
    if (t === 'rounds') {
      await db.sheets.where('roundId').equals(id).delete();
      await db.participants.where('roundId').equals(id).delete();
    }
    await db[t].delete(id);
    counts.updated++;
  }
}

export const answerKey = (r: { roundId: string; participantId: string; promptId: string }) =>
  `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
export const judgementKey = (j: { roundId: string; participantId: string; pairKey: string }) =>
  `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;

/** A record as a shared programme's documents carry it. */
export interface SyncedRecord {
  table: BackupTable;
  record: Record<string, unknown>;
  /** A deletion: the record (id, programme, round) was deleted at record.updatedAt. */
  deleted?: boolean;
}

/** Which document records came from: the programme's own, or one member's answers in one round. */
export type SyncSource = { kind: 'programme' } | { kind: 'sheets'; roundId: string };

const SYNC_TABLES: Record<SyncSource['kind'], ReadonlySet<BackupTable>> = {
  programme: new Set(['programmes', 'rounds', 'actions', 'events', 'lessons']),
  sheets: new Set(['participants', 'responses', 'judgements']),
};

/**
 * Take in records that arrived through a shared programme's documents, inside one transaction:
 * checked like a file's (each record against its schema), kept only where they belong (the
 * document's programme, and its round for people and answers; never an id another programme or
 * round uses here), then newer wins. Anything else is left out; nothing here is changed by it.
 */
export async function mergeSynced(programmeId: string, source: SyncSource, incoming: readonly SyncedRecord[]): Promise<{ counts: MergeCounts; skipped: number }> {
  const { validRecord } = await import('./schema');
  const allowed = SYNC_TABLES[source.kind];
  const byTable = new Map<BackupTable, Record<string, unknown>[]>();
  let skipped = 0;
  const deletions: SyncedRecord[] = [];
  for (const item of incoming) {
    if (item.deleted) {
      if (allowed.has(item.table) && item.table !== 'programmes' && item.table !== 'responses' && item.table !== 'judgements') deletions.push(item);
      else skipped++;
      continue;
    }
    const { table, record } = item;
    const checked = allowed.has(table) && !checkShape(record, 'record') ? validRecord(table, record) : undefined;
    const own =
      checked &&
      (table === 'programmes'
        ? checked.id === programmeId
        : table === 'responses' || table === 'judgements'
          ? source.kind === 'sheets' && checked.roundId === source.roundId
          : checked.programmeId === programmeId && (table !== 'participants' || (source.kind === 'sheets' && checked.roundId === source.roundId)));
    if (!own) {
      skipped++;
      continue;
    }
    byTable.set(table, [...(byTable.get(table) ?? []), checked]);
  }
  const counts = emptyCounts();
  await db.transaction('rw', [db.programmes, db.rounds, db.participants, db.sheets, db.actions, db.events, db.lessons, db.tombstones], async () => {
    await applyDeletions(programmeId, source, deletions, counts);
    const keep = async <T extends StoredRecord & { programmeId?: string; roundId?: string }>(table: 'rounds' | 'participants' | 'actions' | 'events' | 'lessons', rows: T[]) => {
      const [here, graves] = await Promise.all([(db[table] as unknown as Table<T, string>).bulkGet(rows.map((r) => r.id)), tombstonesOf(table, rows.map((r) => r.id))]);
      return rows.filter((row, i) => {
        const local = here[i];
        const grave = graves.get(row.id);
        const ok = !local || (local.programmeId === row.programmeId && (table !== 'participants' || local.roundId === row.roundId));
        const deleted = !!grave && grave.deletedAt >= row.updatedAt;
        if (!ok || deleted) skipped++;
        return ok && !deleted;
      });
    };
    for (const table of ['programmes', 'rounds', 'participants', 'actions', 'events', 'lessons'] as const) {
      const rows = (byTable.get(table) ?? []) as unknown as (StoredRecord & { programmeId: string })[];
      if (rows.length === 0) continue;
      const kept = table === 'programmes' ? rows : await keep(table, rows);
      addCounts(counts, await mergeRows(db[table] as never, kept as never));
    }
    // Answers only for people of this round who are here (just taken in, or already).
    const responses = (byTable.get('responses') ?? []) as unknown as Response[];
    const judgements = (byTable.get('judgements') ?? []) as unknown as Judgement[];
    if (responses.length + judgements.length > 0) {
      const people = new Set(
        (await db.participants.where('roundId').equals((source as { roundId: string }).roundId).toArray())
          .filter((p) => p.programmeId === programmeId)
          .map((p) => p.id),
      );
      const mine = <T extends { participantId: string }>(items: T[]) => items.filter((i) => people.has(i.participantId) || (skipped++, false));
      const merged = await mergeAnswers(mine(responses), mine(judgements));
      addCounts(addCounts(counts, merged.responses), merged.judgements);
    }
  });
  return { counts, skipped };
}
