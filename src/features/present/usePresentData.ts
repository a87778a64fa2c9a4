import { useLiveQuery } from 'dexie-react-hooks';
import { answersOfRound } from '../../db/answers';
import { db } from '../../db/database';
import type { Judgement, Participant, Programme, Response, Round } from '../../db/types';
import { statementViews, type StatementView } from '../../domain/statements';
import { computeRoundMeasures } from '../../domain/round';
import { roundInputFromRecords } from '../../domain/records';
import type { RoundMeasures } from '../../domain/types';
import { pairsForRound, type TrackedPair } from '../workshop/roundPairs';

export interface PresentData {
  programme: Programme;
  round: Round;
  participants: Participant[];
  measures: RoundMeasures;
  pairs: TrackedPair[];
  /** For each tracked pair, how many people gave each judgement 0-3. */
  judgementCounts: Map<string, [number, number, number, number]>;
  responses: Response[];
  judgements: Judgement[];
  /** Each statement's levels and other answers in this round (which statement split the room). */
  statements: StatementView[];
}

/** The round's group measures, live (computed by the domain layer, never re-implemented here). */
export function usePresentData(programmeId: string | undefined, roundId: string | undefined): PresentData | null | undefined {
  return useLiveQuery(async () => {
    if (!programmeId || !roundId) return null;
    const [programme, round] = await Promise.all([db.programmes.get(programmeId), db.rounds.get(roundId)]);
    if (!programme || !round || round.programmeId !== programme.id) return null;
    const [participants, { responses, judgements }] = await Promise.all([
      db.participants.where('roundId').equals(roundId).toArray(),
      answersOfRound(roundId),
    ]);
    participants.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const pairs = pairsForRound(programme, round);
    const input = roundInputFromRecords(round, participants, responses, judgements);
    const measures = computeRoundMeasures(input, pairs);
    const listed = new Set(participants.map((p) => p.id));
    const judgementCounts = new Map<string, [number, number, number, number]>(pairs.map((p) => [p.key, [0, 0, 0, 0]]));
    for (const j of judgements) {
      const counts = judgementCounts.get(j.pairKey);
      if (counts && j.value !== null && listed.has(j.participantId)) counts[j.value] += 1;
    }
    const statements = statementViews(round.prompts, input.responses, listed);
    return { programme, round, participants, measures, pairs, judgementCounts, responses, judgements, statements };
  }, [programmeId, roundId]);
}
