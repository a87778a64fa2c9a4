/**
 * A small summary per round (issue 17): how many answers its sheets hold and how many are still
 * carried forward unconfirmed, so the programme page counts a long programme without reading
 * every person's answers (24 rounds x 15 people is 14,000 answers).
 *
 * Kept up to date in the same transaction as every change to the sheets, whichever path makes it
 * (a save, a hand-over, an import, a sync, a deletion): a Dexie middleware adds the roundStats
 * table to every read-write transaction that writes sheets, and after each write to the sheets
 * recounts the rounds it touched (one round's sheets: a few milliseconds).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTransaction, Middleware } from 'dexie';
import type { AnswerSheet, RoundStats } from './types';

export const ROUND_STATS = 'roundStats';

/** Every key (DBCoreRangeType.Range with no bounds). */
const ALL = { type: 2, lower: undefined, upper: undefined } as const;

/** The counts of one round's sheets. */
export function statsOf(roundId: string, sheets: readonly AnswerSheet[]): RoundStats {
  let answers = 0;
  let carried = 0;
  for (const sheet of sheets) {
    answers += sheet.responses.length;
    for (const r of sheet.responses) if (r.carriedForward) carried += 1;
  }
  return { roundId, sheets: sheets.length, answers, carried };
}

/**
 * The rounds a write to the sheets touches, or 'all' for a deletion by range (clearing the table;
 * every deletion the app makes by round names its keys).
 */
function roundsTouched(req: DBCoreMutateRequest): Set<string> | 'all' {
  const rounds = new Set<string>();
  if (req.type === 'add' || req.type === 'put') {
    for (const value of req.values as AnswerSheet[]) rounds.add(value.roundId);
  } else if (req.type === 'delete') {
    for (const key of req.keys as [string, string][]) rounds.add(key[0]);
  } else {
    const { lower, upper } = req.range;
    if (Array.isArray(lower) && Array.isArray(upper) && lower[0] === upper[0] && typeof lower[0] === 'string') rounds.add(lower[0]);
    else return 'all';
  }
  return rounds;
}

async function recount(down: DBCore, trans: DBCoreTransaction, touched: Set<string> | 'all'): Promise<void> {
  const sheets = down.table('sheets');
  const stats = down.table(ROUND_STATS);
  let rounds = touched;
  if (rounds === 'all') {
    const [held, counted] = await Promise.all(
      [sheets, stats].map((t) => t.query({ trans, values: false, query: { index: t.schema.primaryKey, range: ALL } })),
    );
    rounds = new Set([...(held!.result as [string, string][]).map((k) => k[0]), ...(counted!.result as string[])]);
  }
  if (rounds.size === 0) return;
  const byRound = sheets.schema.getIndexByKeyPath('roundId');
  if (!byRound) throw new Error('The sheets table has no roundId index');
  const put: RoundStats[] = [];
  const gone: string[] = [];
  for (const roundId of rounds) {
    const found = await sheets.query({
      trans,
      values: true,
      query: { index: byRound, range: { type: 1 /* DBCoreRangeType.Equal */, lower: roundId, upper: roundId } },
    });
    const list = found.result as AnswerSheet[];
    if (list.length) put.push(statsOf(roundId, list));
    else gone.push(roundId);
  }
  if (put.length) await stats.mutate({ type: 'put', trans, values: put });
  if (gone.length) await stats.mutate({ type: 'delete', trans, keys: gone });
}

export const roundStatsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'roundStats',
  // Below Dexie's hooks (2), above its change tracking (0) so live queries see these writes too.
  level: 1.5,
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const scope = mode === 'readwrite' && stores.includes('sheets') && !stores.includes(ROUND_STATS) ? [...stores, ROUND_STATS] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'sheets') return table;
        return {
          ...table,
          mutate(req) {
            // Not in a schema upgrade: version 5's upgrade counts every round once, at the end.
            if ((req.trans as unknown as IDBTransaction).mode === 'versionchange') return table.mutate(req);
            const rounds = roundsTouched(req);
            return table.mutate(req).then(async (result) => {
              await recount(down, req.trans, rounds);
              return result;
            });
          },
        };
      },
    };
  },
};
