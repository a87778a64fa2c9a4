import { lazy, type ComponentType } from 'react';

/** A screen loaded with its first use, which can also be fetched ahead (`preload`). */
export type LazyPage = ReturnType<typeof lazy> & { preload: () => Promise<unknown> };

/**
 * React.lazy, plus a `preload` that fetches and runs the screen's code ahead of time. A screen
 * preloaded before it is first drawn does not suspend at all: its loader hands React the module
 * synchronously (React reads a thenable that has already called back as resolved). Why it
 * matters: a Suspense boundary that shows its fallback holds the content back until 300 ms have
 * passed since the fallback appeared (React's reveal throttle), so even a chunk already in memory
 * cost every click that opened a new screen about 300 ms (found measuring issue 17's quick check).
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let loaded: { default: ComponentType } | undefined;
  let pending: Promise<{ default: ComponentType }> | undefined;
  const preload = () => {
    pending ??= load().then(
      (module) => (loaded = module),
      (error: unknown) => {
        pending = undefined; // a failed fetch is tried again when the screen opens
        throw error;
      },
    );
    return pending;
  };
  const page = lazy(() => {
    const ready = loaded;
    if (!ready) return preload();
    // Already here: resolve during React's own call, so the first render does not suspend.
    const now = { then: (resolve: (m: { default: ComponentType }) => void) => resolve(ready) };
    return now as unknown as Promise<{ default: ComponentType }>;
  });
  return Object.assign(page, { preload });
}
