import { allAnswers } from '../../src/db/answers';
import { db } from '../../src/db/database';

/** Empty every table between tests (each test file has its own fake IndexedDB). */
export async function resetDb(): Promise<void> {
  if (!db.isOpen()) await db.open();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/** Expect a promise to reject with a ValidationError on `field`, returning its message. */
export async function validationMessage(promise: Promise<unknown>, field: string): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { name?: string; field?: string; message: string };
    if (e.name !== 'ValidationError') throw error;
    if (e.field !== field) throw new Error(`Expected a ValidationError on ${field}, got one on ${e.field}: ${e.message}`, { cause: error });
    return e.message;
  }
  throw new Error(`Expected a ValidationError on ${field}, but the promise resolved`);
}

/** Row counts of every table, and of the answers and judgements inside sheets, to prove that nothing was half-saved. */
export async function tableCounts(): Promise<Record<string, number>> {
  const entries = await Promise.all(db.tables.map(async (t) => [t.name, await t.count()] as const));
  const { responses, judgements } = await allAnswers();
  // Settings and tombstones are bookkeeping (a deletion leaves a tombstone on purpose).
  return { ...Object.fromEntries(entries.filter(([name]) => name !== 'settings' && name !== 'tombstones')), responses: responses.length, judgements: judgements.length };
}
