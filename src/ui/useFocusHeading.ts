import { useEffect, useRef } from 'react';

/**
 * Focus management for screens, in one place (WCAG 2.4.3).
 *
 * The layout moves focus to the new screen's h1 on navigation, but a lazy screen that is still
 * reading IndexedDB has no h1 at that moment, so focus falls back to the page body and a keyboard
 * user would start again from the top. `useFocusHeadingWhenReady` finishes the job once the screen
 * is ready (and again whenever `key` changes), without taking focus from anything the person chose.
 * A page opened directly at its address (history index 0) keeps the browser's own starting point
 * when it is first ready, so the first Tab reaches the skip link and then the header (issue 15);
 * later changes of `key` move focus as usual. `afterNavigationOnly: false` focuses on a direct
 * visit too.
 */
export function useFocusHeadingWhenReady(ready: boolean, key = '', { afterNavigationOnly = true } = {}): void {
  const readyBefore = useRef(false);
  useEffect(() => {
    if (!ready) return;
    const firstTime = !readyBefore.current;
    readyBefore.current = true;
    if (firstTime && afterNavigationOnly && ((window.history.state as { idx?: number } | null)?.idx ?? 0) === 0) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [ready, key, afterNavigationOnly]);
}

/**
 * Move focus to a heading whenever `key` changes (a new step or a new person in one screen), so
 * screen-reader and keyboard users start at the top of what is now on screen. Not on first render:
 * the layout's navigation focus covers that. The page goes back to its top, not just to the
 * heading: what sits above it (who is answering, which part of how many) stays in view.
 */
export function useFocusHeadingOnChange<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.scrollingElement?.scrollTo?.({ top: 0, left: 0 });
    ref.current?.focus({ preventScroll: true });
  }, [key]);
  return ref;
}
