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
import type { Action, AnswerSheet, Judgement, Participant, Programme, Response, Round, StoredRecord } from '../db/types';
import { BACKUP_TABLES, type AnswersPacket, type BackupData, type BackupTable, type InvitationPacket } from './format';
import { ImportError } from './parse';

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
export async function planRestore(data: BackupData): Promise<RestorePlan> {
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

  const roundIds = new Map<string, string>();
  const nextRounds = data.rounds.map((r, i) => {
    const local = rounds[i];
    if (!local || local.programmeId === r.programmeId) return r;
    const id = newId();
    roundIds.set(r.id, id);
    note('rounds', r, elsewhere(local.programmeId));
    return { ...r, id };
  });
  const roundOf = (id: string) => roundIds.get(id) ?? id;
  const finalRounds = nextRounds.map((r) => (r.previousRoundId && roundIds.has(r.previousRoundId) ? { ...r, previousRoundId: roundOf(r.previousRoundId) } : r));

  const participantIds = new Map<string, string>();
  const nextParticipants = data.participants.map((p, i) => {
    const local = participants[i];
    const roundId = roundOf(p.roundId);
    if (!local || (local.roundId === roundId && local.programmeId === p.programmeId)) return roundId === p.roundId ? p : { ...p, roundId };
    const id = newId();
    participantIds.set(p.id, id);
    note('participants', p, local.programmeId === p.programmeId ? 'its id is already used on this device by a person in another round' : elsewhere(local.programmeId));
    return { ...p, id, roundId };
  });
  const relink = <T extends { roundId: string; participantId: string }>(item: T): T =>
    roundIds.has(item.roundId) || participantIds.has(item.participantId)
      ? { ...item, roundId: roundOf(item.roundId), participantId: participantIds.get(item.participantId) ?? item.participantId }
      : item;

  const ownIds = <T extends StoredRecord & { programmeId: string }>(table: BackupTable, rows: readonly T[], local: readonly (T | undefined)[]) =>
    rows.map((row, i) => {
      const here = local[i];
      if (!here || here.programmeId === row.programmeId) return row;
      note(table, row, elsewhere(here.programmeId));
      return { ...row, id: newId() };
    });
  const nextActions = ownIds<Action>('actions', data.actions, actions).map((a) =>
    roundIds.size === 0
      ? a
      : {
          ...a,
          roundId: roundOf(a.roundId),
          carriedInto: a.carriedInto.map(roundOf),
          ...(a.reviewedInRoundId ? { reviewedInRoundId: roundOf(a.reviewedInRoundId) } : {}),
        },
  );

  return {
    data: {
      programmes: data.programmes,
      rounds: finalRounds,
      participants: nextParticipants,
      responses: data.responses.map(relink),
      judgements: data.judgements.map(relink),
      actions: nextActions,
      events: ownIds('events', data.events, events),
      lessons: ownIds('lessons', data.lessons, lessons),
    },
    newIds,
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

export const answerKey = (r: { roundId: string; participantId: string; promptId: string }) =>
  `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
export const judgementKey = (j: { roundId: string; participantId: string; pairKey: string }) =>
  `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;
