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

/**
 * Run warm-up steps one after the other, each in an idle period of its own, so that no single
 * task holds the page (running a large chunk's code, reading many records): a tap in between is
 * answered at once. A step that fails ends the chain (the screen loads what it needs when it
 * opens). Returns a cancel function that stops the steps not yet started.
 */
export function whenIdleInTurn(...steps: (() => Promise<unknown>)[]): () => void {
  let cancel = () => undefined as void;
  let stopped = false;
  const next = (i: number) => {
    if (stopped || i >= steps.length) return;
    cancel = whenIdle(() => steps[i]!().then(() => next(i + 1)));
  };
  next(0);
  return () => {
    stopped = true;
    cancel();
  };
}
