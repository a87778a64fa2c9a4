/**
 * When to remind people to back up. Some browsers clear the data of sites not used for a while,
 * so an unsaved change older than this many days earns a gentle banner.
 */
export const BACKUP_REMINDER_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface ReminderInput {
  /** The last time any data changed (settings key lastChangeAt). */
  lastChangeAt: string | undefined;
  /** The last full backup (settings key lastBackupAt). */
  lastBackupAt: string | undefined;
  /** When the oldest programme on the device was created; undefined when there is none. */
  oldestDataAt: string | undefined;
  now: Date;
}

/** Days since the last backup, or since the oldest data if there was never one; undefined if nothing needs keeping. */
export function daysWithoutBackup({ lastChangeAt, lastBackupAt, oldestDataAt, now }: ReminderInput): number | undefined {
  if (!lastChangeAt || !oldestDataAt) return undefined;
  if (lastBackupAt && Date.parse(lastChangeAt) <= Date.parse(lastBackupAt)) return undefined;
  const since = Date.parse(lastBackupAt ?? oldestDataAt);
  if (Number.isNaN(since)) return undefined;
  return Math.floor((now.getTime() - since) / DAY_MS);
}

/** True when data changed since the last backup and that backup (or, without one, the data) is 14 days old or more. */
export function backupReminderDue(input: ReminderInput): boolean {
  const days = daysWithoutBackup(input);
  return days !== undefined && days >= BACKUP_REMINDER_DAYS;
}
