import { useEffect, useRef } from 'react';

/**
 * Move focus to the screen's heading whenever `key` changes (a new step or a new person), so
 * screen-reader and keyboard users start at the top of what is now on screen (WCAG 2.4.3).
 */
export function useFocusHeading<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    ref.current?.scrollIntoView?.({ block: 'start' });
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
