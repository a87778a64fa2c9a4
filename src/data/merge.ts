/**
 * Newer wins: the rule every import follows. A record is added when this device has no record
 * with its id, replaced only when the incoming copy was changed later (updatedAt), and otherwise
 * left alone, so importing the same file twice changes nothing.
 */
import type { Table } from 'dexie';
import type { StoredRecord } from '../db/types';

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

/**
 * Merge rows into a table inside the caller's transaction. `naturalKey` names records that must
 * be unique by content (one answer per person and question): a different-id record with the same
 * key is replaced only by a newer one, and otherwise the incoming row is dropped.
 * `existingByKey` holds this device's records that could clash, keyed the same way.
 */
export async function mergeRows<T extends StoredRecord, I>(
  table: Table<T, string, I>,
  rows: readonly T[],
  options: { naturalKey?: (row: T) => string; existingByKey?: Map<string, T> } = {},
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
  const toDelete: string[] = [];
  rows.forEach((row, i) => {
    const current = existing[i];
    if (current && !isNewer(row, current)) {
      counts.unchanged++;
      return;
    }
    if (options.naturalKey && options.existingByKey) {
      const key = options.naturalKey(row);
      const clash = options.existingByKey.get(key);
      if (clash && clash.id !== row.id) {
        if (!isNewer(row, clash)) {
          counts.unchanged++;
          return;
        }
        toDelete.push(clash.id);
      }
      options.existingByKey.set(key, row);
    }
    toPut.push(row);
    if (current) counts.updated++;
    else counts.added++;
  });
  if (toDelete.length > 0) await table.bulkDelete(toDelete);
  // Every row is a complete record, so it is a valid insert whatever the table's insert type.
  if (toPut.length > 0) await table.bulkPut(toPut as unknown as I[]);
  return counts;
}

export const answerKey = (r: { roundId: string; participantId: string; promptId: string }) =>
  `${r.roundId}\u0000${r.participantId}\u0000${r.promptId}`;
export const judgementKey = (j: { roundId: string; participantId: string; pairKey: string }) =>
  `${j.roundId}\u0000${j.participantId}\u0000${j.pairKey}`;
