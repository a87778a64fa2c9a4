import { describe, expect, it } from 'vitest';
import { backupReminderDue, BACKUP_REMINDER_DAYS, daysWithoutBackup } from '../../src/exchange/reminder';

const now = new Date('2026-03-31T12:00:00.000Z');
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000).toISOString();

describe('backup reminder', () => {
  it('is due after 14 days of changes with no backup since', () => {
    expect(BACKUP_REMINDER_DAYS).toBe(14);
    expect(backupReminderDue({ lastChangeAt: daysAgo(1), lastBackupAt: daysAgo(14), oldestDataAt: daysAgo(60), now })).toBe(true);
    expect(backupReminderDue({ lastChangeAt: daysAgo(1), lastBackupAt: daysAgo(13), oldestDataAt: daysAgo(60), now })).toBe(false);
    expect(daysWithoutBackup({ lastChangeAt: daysAgo(1), lastBackupAt: daysAgo(20), oldestDataAt: daysAgo(60), now })).toBe(20);
  });

  it('is not due when nothing changed since the last backup, however old', () => {
    expect(backupReminderDue({ lastChangeAt: daysAgo(40), lastBackupAt: daysAgo(30), oldestDataAt: daysAgo(60), now })).toBe(false);
  });

  it('without any backup, counts from the oldest data', () => {
    expect(backupReminderDue({ lastChangeAt: daysAgo(0), lastBackupAt: undefined, oldestDataAt: daysAgo(15), now })).toBe(true);
    expect(backupReminderDue({ lastChangeAt: daysAgo(0), lastBackupAt: undefined, oldestDataAt: daysAgo(3), now })).toBe(false);
  });

  it('is never due with no data or no changes', () => {
    expect(backupReminderDue({ lastChangeAt: undefined, lastBackupAt: undefined, oldestDataAt: daysAgo(90), now })).toBe(false);
    expect(backupReminderDue({ lastChangeAt: daysAgo(1), lastBackupAt: undefined, oldestDataAt: undefined, now })).toBe(false);
  });
});
