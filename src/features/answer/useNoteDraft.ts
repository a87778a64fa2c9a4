import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlush } from '../../app/flush';
import { clearNoteBackup, readNoteBackup, writeNoteBackup } from './noteBackup';

/**
 * How long after a key press the note is saved at the latest, typing or not. A note must be
 * durable within 200 ms of the last key press even if the browser is killed (issue 11, measured
 * by `npm run bench -- crash`): this delay plus one IndexedDB commit stays well inside that.
 */
export const NOTE_SAVE_DELAY_MS = 60;

/**
 * A note being typed: shows the person's draft while it is ahead of what is stored, saves it
 * at most NOTE_SAVE_DELAY_MS after a key press (a steady typist's note is saved every
 * NOTE_SAVE_DELAY_MS, not only when they pause), and saves at once on blur, page hide, an update
 * reload (registerFlush) or when the screen goes away. Once the stored note has caught up, the
 * stored value shows again, so a change made in another tab appears here.
 */
export function useNoteDraft(
  stored: string,
  save: (note: string) => Promise<boolean>,
  onPending?: () => void,
  /** Where to keep a synchronous copy of the draft (see noteBackup.ts); none when read-only. */
  backupKey?: string,
) {
  const [draft, setDraft] = useState<string | null>(() => (backupKey ? readNoteBackup(backupKey) : null));
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const storedRef = useRef(stored);
  const saveRef = useRef(save);

  useEffect(() => {
    storedRef.current = stored;
    saveRef.current = save;
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    const ok = await saveRef.current(value);
    if (ok && backupKey) clearNoteBackup(backupKey, value);
    setDraft((d) => (pending.current === null && d === storedRef.current ? null : d));
  }, [backupKey]);

  // A copy left by a reload or crash before the last save finished: show it and save it now.
  useEffect(() => {
    if (!backupKey) return;
    const copy = readNoteBackup(backupKey);
    if (copy === null) return;
    pending.current = copy;
    setDraft(copy);
    void flush();
  }, [backupKey, flush]);

  useEffect(() => {
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      // Leaving the screen (e.g. "next component") within the delay still saves the note.
      void flush();
    };
  }, [flush]);

  // Drop the draft once the stored note has caught up and nothing is waiting to be saved.
  useEffect(() => {
    if (draft !== null && pending.current === null && draft === stored) setDraft(null);
  }, [draft, stored]);

  const change = useCallback(
    (value: string) => {
      setDraft(value);
      pending.current = value;
      if (backupKey) writeNoteBackup(backupKey, value);
      onPending?.();
      // Not reset by the next key: the save waits for no pause in typing.
      timer.current ??= setTimeout(() => void flush(), NOTE_SAVE_DELAY_MS);
    },
    [flush, onPending, backupKey],
  );

  return { value: draft ?? stored, change, flush };
}
