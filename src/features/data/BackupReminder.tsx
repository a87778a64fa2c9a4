import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { db } from '../../db/database';
import { daysWithoutBackup, backupReminderDue } from '../../exchange/reminder';

const SNOOZE_KEY = 'change-model:backup-reminder-snoozed';

function snoozed(): boolean {
  try {
    return sessionStorage.getItem(SNOOZE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * A banner when data changed since the last backup and the last backup (or, without one, the
 * data) is 14 days old or more. "Not now" hides it until the browser is next opened.
 */
export function BackupReminder() {
  const location = useLocation();
  const [hidden, setHidden] = useState(snoozed);
  const state = useLiveQuery(async () => {
    const [change, backup, programmes] = await Promise.all([
      db.settings.get('lastChangeAt'),
      db.settings.get('lastBackupAt'),
      db.programmes.toArray(),
    ]);
    // The worked example is made up: it needs no backing up, and its dates are months old by design.
    const oldest = programmes
      .filter((p) => !p.example)
      .reduce<string | undefined>((min, p) => (!min || p.createdAt < min ? p.createdAt : min), undefined);
    return { lastChangeAt: change?.value as string | undefined, lastBackupAt: backup?.value as string | undefined, oldestDataAt: oldest };
  }, []);

  if (!state || hidden || location.pathname === '/data') return null;
  const input = { ...state, now: new Date() };
  if (!backupReminderDue(input)) return null;
  const days = daysWithoutBackup(input)!;
  return (
    <div className="app-backup-reminder" role="region" aria-labelledby="backup-reminder-title" data-testid="backup-reminder">
      <div className="nhsuk-width-container app-backup-reminder__inner">
        <p className="app-backup-reminder__text">
          <strong id="backup-reminder-title">
            {state.lastBackupAt ? `Your last backup was ${days} days ago.` : 'Your answers have never been backed up.'}
          </strong>{' '}
          Some browsers clear the data of sites that have not been used for a while. Keep a copy somewhere safe.
        </p>
        <p className="app-backup-reminder__actions">
          <Link to="/data" className="app-backup-reminder__link">
            Back up now
          </Link>
          <button
            type="button"
            className="app-backup-reminder__later"
            onClick={() => {
              try {
                sessionStorage.setItem(SNOOZE_KEY, '1');
              } catch {
                // Private modes may refuse session storage: hiding for this page view still helps.
              }
              setHidden(true);
            }}
          >
            Not now
          </button>
        </p>
      </div>
    </div>
  );
}
export default BackupReminder;
