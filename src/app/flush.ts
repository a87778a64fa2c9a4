/**
 * Pending writes (notes typed in the last fraction of a second) register a flush here so
 * that an update, a page hide or a route change can save them before anything is lost.
 */
type Flush = () => Promise<void> | void;
const pending = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...pending].map((flush) => flush()));
}
