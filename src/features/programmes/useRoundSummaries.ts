import { useLiveQuery } from 'dexie-react-hooks';
import { responsesOfRound } from '../../db/answers';
import { db } from '../../db/database';
import { roundsNewestFirst } from '../../db/rounds';
import type { Round } from '../../db/types';

export interface RoundSummary {
  round: Round;
  /** People in the round. */
  people: number;
  /** Stored answers (one per person and statement, an evidence note on its own included). */
  answers: number;
  /** Answers pre-filled from the previous round and not yet confirmed or changed. */
  carried: number;
}

/**
 * A programme's rounds, newest first, with what has been answered in each. Live: other tabs keep
 * it in step. Counting through the indexes keeps a long programme quick (24 rounds of 15 people
 * is 14,000 answers, and reading them all takes Chromium over a second); only an open round that
 * was started from the previous one is read in full, to count what is still carried forward.
 */
export function useRoundSummaries(programmeId: string | undefined): RoundSummary[] | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return [];
    const rounds = await roundsNewestFirst(programmeId);
    return Promise.all(
      rounds.map(async (round) => {
        const [people, responses] = await Promise.all([db.participants.where('roundId').equals(round.id).count(), responsesOfRound(round.id)]);
        const answers = responses.length;
        const carried = round.previousRoundId && round.status === 'open' ? responses.filter((r) => r.carriedForward).length : 0;
        return { round, people, answers, carried };
      }),
    );
  }, [programmeId]);
}
