import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False in the static HTML the build renders (src/app/prerender.tsx) and during hydration, true
 * once the page's script runs it. A button that only works with the script is disabled until
 * then, so a tap on the first paint is never silently lost (links work without the script).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
