import { useCallback, useEffect, useRef } from 'react';
import { registerFlush } from '../../app/flush';

export const SAVE_DELAY_MS = 500;

/**
 * Save typed text shortly after the person stops typing, and at once when the page is hidden, the
 * field loses focus or the screen unmounts, so nothing typed is lost.
 */
export function useDebouncedSave<T>(save: (value: T) => Promise<void>, delay = SAVE_DELAY_MS) {
  const saveRef = useRef(save);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: T } | null>(null);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    await saveRef.current(next.value);
  }, []);

  useEffect(() => {
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      void flush();
    };
  }, [flush]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  const isPending = useCallback(() => pending.current !== null, []);
  return { schedule, flush, isPending };
}
