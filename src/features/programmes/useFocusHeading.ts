import { useEffect } from 'react';

/**
 * The layout moves focus to the new screen's h1 on navigation, but a lazy-loaded screen that is
 * still reading IndexedDB has no h1 at that moment, so focus falls back to the page body. Once
 * our heading is on screen, finish the job - only after an in-app navigation (history index > 0)
 * and only if nothing else has taken focus.
 */
export function useFocusHeadingWhenReady(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx === 0) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [ready]);
}
