/** Writing backups: everything on this device, or one programme with all that belongs to it. */
import { allAnswers, answersOfRounds } from '../db/answers';
import { db, nowIso } from '../db/database';
import { setSetting } from '../db/settings';
import { appVersion, BACKUP_FORMAT, FORMAT_VERSION, type Backup, type BackupData } from './format';

/** Read everything (or one programme) in one read transaction, so the backup is a consistent snapshot. */
export async function buildBackup(programmeId?: string): Promise<Backup> {
  const tables = [db.programmes, db.rounds, db.participants, db.sheets, db.actions, db.events, db.lessons];
  const data = await db.transaction('r', tables, async (): Promise<BackupData> => {
    if (!programmeId) {
      const [programmes, rounds, participants, { responses, judgements }, actions, events, lessons] = await Promise.all([
        db.programmes.toArray(),
        db.rounds.toArray(),
        db.participants.toArray(),
        allAnswers(),
        db.actions.toArray(),
        db.events.toArray(),
        db.lessons.toArray(),
      ]);
      return { programmes, rounds, participants, responses, judgements, actions, events, lessons };
    }
    const programme = await db.programmes.get(programmeId);
    if (!programme) throw new Error('This programme no longer exists');
    const rounds = await db.rounds.where('programmeId').equals(programmeId).toArray();
    const roundIds = rounds.map((r) => r.id);
    const [participants, { responses, judgements }, actions, events, lessons] = await Promise.all([
      db.participants.where('programmeId').equals(programmeId).toArray(),
      answersOfRounds(roundIds),
      db.actions.where('programmeId').equals(programmeId).toArray(),
      db.events.where('programmeId').equals(programmeId).toArray(),
      db.lessons.where('programmeId').equals(programmeId).toArray(),
    ]);
    return { programmes: [programme], rounds, participants, responses, judgements, actions, events, lessons };
  });
  const programme = programmeId ? data.programmes[0]! : undefined;
  return {
    format: BACKUP_FORMAT,
    formatVersion: FORMAT_VERSION,
    appVersion: appVersion(),
    exportedAt: nowIso(),
    scope: programme ? { kind: 'programme', programmeId: programme.id, programmeName: programme.name } : { kind: 'all' },
    data,
  };
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup);
}

/** A name that sorts by date and says what is inside: change-model-backup-2026-11-28-1405.json. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'programme'
  );
}

export function stamp(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

export function backupFileName(backup: Backup, date = new Date(backup.exportedAt)): string {
  const what = backup.scope.kind === 'programme' ? slug(backup.scope.programmeName) : 'everything';
  return `change-model-backup-${what}-${stamp(date)}.json`;
}

/** Remember when everything was last backed up (the 14-day reminder reads it). */
export async function recordFullBackup(at = nowIso()): Promise<void> {
  await setSetting('lastBackupAt', at);
}

/** Offer text to the person as a download (works offline: a blob URL, no network). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const blob = new Blob([text], { type: `${type};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
