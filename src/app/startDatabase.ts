/**
 * Opens the database and starts what depends on it: the version hand-over between tabs, the
 * request for persistent storage, shared programmes' sync, and change events for the screens that
 * read without Dexie. The home page is drawn and usable before this runs (issue 17): main.tsx
 * calls it when the browser is idle, or at once on any other screen or when the journal holds
 * unsaved answers. Calling it again returns the same promise.
 */
import { pendingJournal } from '../db/journal';
import { databaseChanged } from '../db/changes';
import { closeForNewerVersion } from '../pwa/newerVersion';
import { flushAll } from './flush';

let started: Promise<void> | undefined;

export function startDatabase(): Promise<void> {
  started ??= (async () => {
    if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is missing'), { name: 'MissingAPIError' });
    const [{ db }, { Dexie }, { startPersistenceOnFirstSave }] = await Promise.all([
      import('../db/database'),
      import('dexie'),
      import('../pwa/storage'),
    ]);
    await db.open();
    // Answers a page left unsaved when it went away (see db/journal.ts) are written first, so the
    // first screen shows them; a replay that takes long (a busy database) finishes in the background.
    if (pendingJournal().length > 0) {
      const replay = import('../db/journalReplay').then((m) => m.replayJournal()).catch(() => 0);
      await Promise.race([replay, new Promise((resolve) => setTimeout(resolve, 1500))]);
    }
    closeForNewerVersion(db, flushAll);
    startPersistenceOnFirstSave();
    Dexie.on('storagemutated', databaseChanged);
    // Shared programmes sync in the background; the sync code loads only when there is one.
    void db.shares
      .count()
      .then((n) => (n > 0 ? import('../sync/manager').then((m) => m.startAll()) : undefined))
      .catch(() => undefined);
  })();
  return started;
}
