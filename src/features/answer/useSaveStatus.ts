import { useCallback, useRef, useState } from 'react';
import { describeStorageError } from '../../db/errors';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

/**
 * One visible save state for a screen: "Saving…", "Saved", or what went wrong.
 * `track` wraps every write; the state only settles when the last write in flight settles.
 */
export function useSaveStatus() {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const inFlight = useRef(0);
  const lastError = useRef<string | null>(null);

  const track = useCallback(async (write: () => Promise<void>): Promise<boolean> => {
    inFlight.current += 1;
    setState({ kind: 'saving' });
    let ok = true;
    try {
      await write();
    } catch (error) {
      ok = false;
      lastError.current = describeStorageError(error);
    }
    inFlight.current -= 1;
    if (inFlight.current === 0) {
      if (lastError.current) {
        setState({ kind: 'error', message: lastError.current });
        lastError.current = null;
      } else {
        setState({ kind: 'saved', at: new Date() });
      }
    }
    return ok;
  }, []);

  /** A change is waiting to be written (a note being typed). */
  const pending = useCallback(() => setState((s) => (s.kind === 'saving' ? s : { kind: 'saving' })), []);

  return { state, track, pending };
}

export type TrackSave = ReturnType<typeof useSaveStatus>['track'];
