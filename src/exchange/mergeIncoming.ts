/**
 * Newer wins: the rule every import follows. A record is added when this device has no record
 * with its id, replaced only when the incoming copy was changed later (updatedAt), and otherwise
 * left alone, so importing the same file twice changes nothing.
 */
import type { Table } from 'dexie';
import { sheetKey, sheetsFor } from '../db/answers';
import { db } from '../db/database';
import type { AnswerSheet, Judgement, Response, StoredRecord } from '../db/types';

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

/** Merge rows into a table inside the caller's transaction, newer wins by id. */
export async function mergeRows<T extends StoredRecord, I>(
  table: Table<T, string, I>,
  rows: readonly T[],
): Promise<MergeCounts> {
  const counts = emptyCounts();
  if (rows.length === 0) return counts;
  // One getAllKeys for what is here, then reads only for the ids both sides have: a restore into a
  // fresh device reads nothing record by record (each IndexedDB request has a real cost).
  const here = new Set(await table.toCollection().primaryKeys());
  const shared = rows.filter((r) => here.has(r.id)).map((r) => r.id);
  const sharedRecords = new Map((await table.bulkGet(shared)).map((record, i) => [shared[i]!, record]));
  const existing = rows.map((r) => sharedRecords.get(r.id));
  const toPut: T[] = [];
  rows.forEach((row, i) => {
    const current = existing[i];
    if (current && !isNewer(row, current)) {
      counts.unchanged++;
      return;
    }
    toPut.push(row);
    if (current) counts.updated++;
    else counts.added++;
  });
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

export const answerKey = (r: { roundId: string; participantId: string; promptId: string }) =>
  `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
export const judgementKey = (j: { roundId: string; participantId: string; pairKey: string }) =>
  `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;
