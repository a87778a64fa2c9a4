/**
 * "Something in the database changed", for screens that read without Dexie (the home page).
 * Once Dexie has loaded, app/startDatabase.ts forwards its `storagemutated` event here: it fires
 * for writes in this tab and, through Dexie's broadcast, in other tabs of this app.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let queued = false;

export function onDatabaseChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Tell every listener, once per burst of writes. */
export function databaseChanged(): void {
  if (queued) return;
  queued = true;
  queueMicrotask(() => {
    queued = false;
    for (const listener of [...listeners]) listener();
  });
}
