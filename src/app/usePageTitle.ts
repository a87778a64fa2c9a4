import { useEffect } from 'react';

export const APP_NAME = 'Change Model self-assessment';

/*
 * The tab title: the screen's own name, prefixed "Error: " while an error summary is showing
 * (the design system's rule, so a screen-reader user hears at once that a submit failed).
 */
let base = APP_NAME;
let errorsShowing = 0;

function apply(): void {
  document.title = `${errorsShowing > 0 ? 'Error: ' : ''}${base}`;
}

/** Every screen names itself in the tab title, so screen-reader users hear where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    base = title ? `${title} – ${APP_NAME}` : APP_NAME;
    apply();
  }, [title]);
}

/** An error summary appeared: the title starts "Error: " until the returned function is called. */
export function errorSummaryShown(): () => void {
  errorsShowing += 1;
  apply();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    errorsShowing -= 1;
    apply();
  };
}
