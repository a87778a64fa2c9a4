/**
 * When a newer version of the app opens in another tab, it must upgrade the database, and this
 * tab's connection stands in its way. Before letting go, this tab saves whatever is pending (a
 * note typed a moment ago), then closes its connection and asks the person to reload: the old
 * code must not keep running against a database it no longer understands.
 */
import { useSyncExternalStore } from 'react';
import type { Dexie } from 'dexie';

let closed = false;
const listeners = new Set<() => void>();

export function closeForNewerVersion(db: Dexie, flush: () => Promise<void>): void {
  db.on('versionchange', (event: IDBVersionChangeEvent) => {
    if (!event.newVersion) return undefined; // the database is being deleted: Dexie's own handling
    void flush()
      .catch(() => undefined)
      .finally(() => {
        db.close();
        closed = true;
        for (const listener of listeners) listener();
      });
    return false; // Dexie would close at once; we close once pending writes are saved
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True once this tab has handed the database over to a newer version of the app. */
export function useClosedForNewerVersion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => closed,
    () => false,
  );
}

/** Tells the person why this tab has stopped saving, and how to carry on. */
export function NewerVersionBanner() {
  const closedHere = useClosedForNewerVersion();
  if (!closedHere) return null;
  return (
    <div className="app-banner app-banner--update" role="alert" data-testid="newer-version">
      <div className="nhsuk-width-container app-banner__inner">
        <p className="app-banner__text">
          <strong>The app has been updated in another tab.</strong> Everything you had saved is kept, including what you were
          typing. Reload this tab to carry on with the new version.
        </p>
        <button type="button" className="nhsuk-button nhsuk-button--small app-banner__button" onClick={() => window.location.reload()}>
          Reload this tab
        </button>
      </div>
    </div>
  );
}
