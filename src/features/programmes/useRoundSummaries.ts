import { useLiveQuery } from 'dexie-react-hooks';
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
 * it in step. The counts come from the per-round summary the database keeps as answers are saved
 * (db/roundStats.ts), and people are counted through an index, so a long programme (24 rounds of
 * 15 people is 14,000 answers) opens without reading anyone's answers.
 */
export function useRoundSummaries(programmeId: string | undefined): RoundSummary[] | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return [];
    const rounds = await roundsNewestFirst(programmeId);
    const [stats, people] = await Promise.all([
      db.roundStats.bulkGet(rounds.map((r) => r.id)),
      Promise.all(rounds.map((round) => db.participants.where('roundId').equals(round.id).count())),
    ]);
    return rounds.map((round, i) => ({
      round,
      people: people[i]!,
      answers: stats[i]?.answers ?? 0,
      carried: round.previousRoundId && round.status === 'open' ? (stats[i]?.carried ?? 0) : 0,
    }));
  }, [programmeId]);
}
