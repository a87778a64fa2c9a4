/**
 * A synchronous safety copy of a note being typed. IndexedDB writes are asynchronous and a
 * reload or crash can cut one off half-way; localStorage writes finish before the call returns.
 * Each key press copies the draft here; a successful save removes the copy; the next time the
 * note is shown, a copy still present is written to IndexedDB (so no typed word is lost).
 */
const PREFIX = 'cm-note-draft:';

export function noteBackupKey(roundId: string, participantId: string, promptId: string): string {
  return `${PREFIX}${roundId}:${participantId}:${promptId}`;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked storage: IndexedDB remains the only copy
  }
}

export function writeNoteBackup(key: string, note: string): void {
  try {
    storage()?.setItem(key, note);
  } catch {
    // Full or blocked: the debounced IndexedDB save still runs.
  }
}

export function readNoteBackup(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Remove the copy once `saved` is stored, unless a newer draft was copied meanwhile. */
export function clearNoteBackup(key: string, saved: string): void {
  try {
    const s = storage();
    if (s && s.getItem(key) === saved) s.removeItem(key);
  } catch {
    // nothing to do
  }
}
