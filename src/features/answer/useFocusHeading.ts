import { useEffect } from 'react';

/**
 * The layout moves focus to the new screen's heading on navigation, but a lazy screen that is
 * still loading its data has no heading yet, and focus falls back to the page body: a keyboard
 * user would then start again from the top of the page. Once the screen is ready, if nothing
 * has focus, put it on the heading (WCAG 2.4.3), without taking it from anything the person chose.
 */
export function useFocusHeadingWhenReady(ready: boolean, key: string): void {
  useEffect(() => {
    if (!ready) return;
    const active = document.activeElement;
    if (active && active !== document.body && active !== document.documentElement) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }, [ready, key]);
}
