import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { StorageBlocked } from './app/StorageBlocked';
import { db } from './db/database';
import { pendingJournal } from './db/journal';
import { describeStorageError } from './db/errors';
import { flushAll } from './app/flush';
import { closeForNewerVersion } from './pwa/newerVersion';
import { startPersistenceOnFirstSave } from './pwa/storage';
import './styles/main.scss';

const root = createRoot(document.getElementById('root')!);

async function start() {
  try {
    if (typeof indexedDB === 'undefined') throw Object.assign(new Error('IndexedDB is missing'), { name: 'MissingAPIError' });
    await db.open();
    // Answers a page left unsaved when it went away (see db/journal.ts) are written first, so the
    // first screen shows them; a replay that takes long (a busy database) finishes in the background.
    if (pendingJournal().length > 0) {
      const replay = import('./db/journalReplay').then((m) => m.replayJournal()).catch(() => 0);
      await Promise.race([replay, new Promise((resolve) => setTimeout(resolve, 1500))]);
    }
  } catch (error) {
    root.render(
      <StrictMode>
        <StorageBlocked message={describeStorageError(error)} />
      </StrictMode>,
    );
    return;
  }
  closeForNewerVersion(db, flushAll);
  startPersistenceOnFirstSave();
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Shared programmes sync in the background; the sync code loads only when there is one.
  void db.shares
    .count()
    .then((n) => (n > 0 ? import('./sync/manager').then((m) => m.startAll()) : undefined))
    .catch(() => undefined);
}

void start();
