/**
 * Tombstones: what was deleted, and when. Written in the same transaction as the deletion
 * (callers include db.tombstones in it); read by the one merge, so that a restore or a sync never
 * brings back a record deleted after the copy coming in was last changed.
 */
import { db, nowIso } from './database';
import type { Tombstone } from './types';

export const tombstoneKey = (table: Tombstone['table'], id: string) => `${table}:${id}`;

export async function bury(records: readonly { table: Tombstone['table']; id: string; programmeId: string; roundId?: string }[], at = nowIso()): Promise<void> {
  if (records.length === 0) return;
  await db.tombstones.bulkPut(
    records.map((r) => ({ key: tombstoneKey(r.table, r.id), table: r.table, id: r.id, programmeId: r.programmeId, ...(r.roundId ? { roundId: r.roundId } : {}), deletedAt: at })),
  );
}

/** Tombstones of these records, by key. */
export async function tombstonesOf(table: Tombstone['table'], ids: readonly string[]): Promise<Map<string, Tombstone>> {
  const found = await db.tombstones.bulkGet(ids.map((id) => tombstoneKey(table, id)));
  return new Map(found.flatMap((t) => (t ? [[t.id, t] as const] : [])));
}
