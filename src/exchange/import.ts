/**
 * Restoring a backup: checked in full before anything is written (see parse.ts), then written in
 * one transaction, so a failure half way (a full disk, a clash) leaves the device as it was.
 */
import { db } from '../db/database';
import { describeStorageError, isQuotaError } from '../db/errors';
import { markChanged, notifySaved } from '../db/settings';
import { BACKUP_TABLES, type Backup, type BackupTable } from './format';
import { addCounts, emptyCounts, mergeRestore, type MergeCounts, type MergeNote } from './mergeIncoming';
import { ImportError } from './parse';

export interface ImportSummary extends MergeCounts {
  byTable: Partial<Record<BackupTable, MergeCounts>>;
  /** Records taken in under a new id, because theirs belongs here to another programme or round. */
  newIds: MergeNote[];
}

export function storageFailure(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  if (isQuotaError(error)) {
    return new ImportError(
      'storage',
      'There is not enough storage space on this device to take in this file, so none of it was taken in. Everything already on the device is unchanged. Free some space, then try again.',
    );
  }
  return new ImportError('storage', `${describeStorageError(error)} None of the file was taken in.`);
}

const ALL_TABLES = () => [db.programmes, db.rounds, db.participants, db.sheets, db.actions, db.events, db.lessons, db.settings, db.tombstones];

/** Write a checked backup through the one merge (ownership, then newer wins), all or nothing. Throws ImportError (nothing written) on failure. */
export async function importBackup(backup: Backup): Promise<ImportSummary> {
  const summary: ImportSummary = { ...emptyCounts(), byTable: {}, newIds: [] };
  try {
    await db.transaction('rw', ALL_TABLES(), async () => {
      const { counts, plan } = await mergeRestore(backup.data);
      for (const table of BACKUP_TABLES) {
        summary.byTable[table] = counts[table];
        addCounts(summary, counts[table]);
      }
      summary.newIds = plan.newIds;
      if (summary.added + summary.updated > 0) await markChanged();
    });
  } catch (error) {
    throw storageFailure(error);
  }
  if (summary.added + summary.updated > 0) notifySaved();
  return summary;
}

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** "3 records added, 1 replaced by a newer version, 40 already up to date." */
export function describeCounts(counts: MergeCounts): string {
  if (counts.added + counts.updated === 0) {
    return counts.unchanged === 0 ? 'The file held no records.' : `Nothing new: all ${plural(counts.unchanged, 'record was', 'records were')} already here and up to date.`;
  }
  const parts = [`${plural(counts.added, 'record', 'records')} added`];
  if (counts.updated) parts.push(`${plural(counts.updated, 'record', 'records')} replaced by a newer version`);
  if (counts.unchanged) parts.push(`${counts.unchanged.toLocaleString('en-GB')} already up to date`);
  return `${parts.join(', ')}.`;
}
