/**
 * Screens whose code is worth fetching and running before they are asked for. The dashboard's
 * chart code is the largest chunk of the app: the programme page warms it while the person reads,
 * so that opening the dashboard only has to read and draw.
 */
export const loadDashboardPage = () => import('../features/dashboard/DashboardPage');

/** Run `load` when the browser is idle (or soon, where there is no requestIdleCallback). Returns a cancel function. */
export function whenIdle(load: () => Promise<unknown>): () => void {
  const run = () => void load().catch(() => undefined); // a failed warm-up is retried when the screen opens
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 500);
  return () => clearTimeout(id);
}
