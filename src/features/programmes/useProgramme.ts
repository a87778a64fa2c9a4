import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Programme, Round } from '../../db/types';

/** undefined while loading, null when there is no such programme (deleted, or a wrong link). */
export function useProgramme(programmeId: string | undefined): Programme | null | undefined {
  return useLiveQuery(async () => (programmeId ? ((await db.programmes.get(programmeId)) ?? null) : null), [programmeId]);
}

/** undefined while loading, null when the round is missing or belongs to another programme. */
export function useRound(programmeId: string | undefined, roundId: string | undefined): Round | null | undefined {
  return useLiveQuery(async () => {
    if (!roundId) return null;
    const round = await db.rounds.get(roundId);
    return round && round.programmeId === programmeId ? round : null;
  }, [programmeId, roundId]);
}
