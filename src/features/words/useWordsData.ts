import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import type { Round } from '../../db/types';

/** The programme's rounds in the order trend charts compare them: by date, then by when started. */
export function useRoundsInOrder(programmeId: string | undefined): Round[] | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return [];
    const rounds = await db.rounds.where('programmeId').equals(programmeId).toArray();
    return rounds.sort((x, y) => (x.date === y.date ? x.createdAt.localeCompare(y.createdAt) : x.date.localeCompare(y.date)));
  }, [programmeId]);
}
