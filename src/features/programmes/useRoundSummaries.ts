import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { roundsNewestFirst } from '../../db/rounds';
import type { Round } from '../../db/types';

export interface RoundSummary {
  round: Round;
  /** People in the round. */
  people: number;
  /** Answers with a value (a level, "not yet" or "don't know"). */
  answers: number;
  /** Answers pre-filled from the previous round and not yet confirmed or changed. */
  carried: number;
}

/** A programme's rounds, newest first, with what has been answered in each. Live: other tabs keep it in step. */
export function useRoundSummaries(programmeId: string | undefined): RoundSummary[] | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return [];
    const rounds = await roundsNewestFirst(programmeId);
    return Promise.all(
      rounds.map(async (round) => {
        const [people, responses] = await Promise.all([
          db.participants.where('roundId').equals(round.id).count(),
          db.responses.where('roundId').equals(round.id).toArray(),
        ]);
        let answers = 0;
        let carried = 0;
        for (const response of responses) {
          if (response.value !== null) answers += 1;
          if (response.carriedForward) carried += 1;
        }
        return { round, people, answers, carried };
      }),
    );
  }, [programmeId]);
}
