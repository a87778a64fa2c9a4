import { useEffect } from 'react';

export const APP_NAME = 'Change Model self-assessment';

/** Every screen names itself in the tab title, so screen-reader users hear where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
