import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { whenIdleInTurn } from '../../src/app/preload';

// The warm-up a screen does while the browser is idle, one step per idle period (issue 17: the
// programme page warms the dashboard in two steps, so no single task holds a tap).
describe('whenIdleInTurn', () => {
  let queue: (() => void)[];
  beforeEach(() => {
    queue = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => queue.push(run));
    vi.stubGlobal('cancelIdleCallback', (id: number) => {
      queue[id - 1] = () => undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  /** Let the browser be idle once: run the callback that is waiting, then its promise chain. */
  async function idle() {
    const run = queue.shift();
    run?.();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }

  it('runs each step in an idle period of its own, in order', async () => {
    const ran: string[] = [];
    whenIdleInTurn(
      async () => ran.push('code'),
      async () => ran.push('records'),
    );
    expect(ran).toEqual([]);
    await idle();
    expect(ran).toEqual(['code']);
    await idle();
    expect(ran).toEqual(['code', 'records']);
    expect(queue).toHaveLength(0);
  });

  it('stops at a step that fails (the screen loads what it needs when it opens)', async () => {
    const ran: string[] = [];
    whenIdleInTurn(
      async () => {
        throw new Error('offline');
      },
      async () => ran.push('records'),
    );
    await idle();
    await idle();
    expect(ran).toEqual([]);
  });

  it('runs no further step once cancelled (the person left the page)', async () => {
    const ran: string[] = [];
    const cancel = whenIdleInTurn(
      async () => ran.push('code'),
      async () => ran.push('records'),
    );
    await idle();
    cancel();
    await idle();
    expect(ran).toEqual(['code']);
  });
});
