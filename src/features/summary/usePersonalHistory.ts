import { useLiveQuery } from 'dexie-react-hooks';
import { answersOfRounds } from '../../db/answers';
import { db } from '../../db/database';
import type { Participant, Round } from '../../db/types';
import { roundsInOrder } from '../../domain/records';
import { computeTrends } from '../../domain/trends';
import type { RoundTrend } from '../../domain/types';
import { promptSetChanges } from '../../model/promptSets';
import type { ComponentId } from '../../model/types';
import { personalRoundInput } from './personalMeasures';

export interface PersonalHistory {
  /** This round's measures for the person, with changes since their previous round and their first. */
  current: RoundTrend;
  previous?: { trend: RoundTrend; round: Round };
  first?: { trend: RoundTrend; round: Round };
  /** Which of this round's check this is for the person (1 = their first). */
  number: number;
  /** Components whose statements changed since the previous round or the first: their changes compare unlike with unlike. */
  changedSincePrevious: ComponentId[];
  changedSinceFirst: ComponentId[];
}

/**
 * The same person's earlier rounds of this programme (the same `personKey`: "solo" for quick
 * checks), up to this round, measured for that person alone: for "compared with last time".
 */
export function usePersonalHistory(round: Round | undefined, participant: Participant | null | undefined): PersonalHistory | null | undefined {
  return useLiveQuery(async () => {
    if (!round || !participant) return null;
    const rounds = roundsInOrder(await db.rounds.where('programmeId').equals(round.programmeId).toArray());
    const upto = rounds.slice(0, rounds.findIndex((r) => r.id === round.id) + 1);
    const people = await db.participants.where('programmeId').equals(round.programmeId).toArray();
    const mine = new Map<string, Participant>();
    for (const p of people) if (p.personKey === participant.personKey && !mine.has(p.roundId)) mine.set(p.roundId, p);
    mine.set(round.id, participant);
    const withMe = upto.filter((r) => mine.has(r.id));
    const { responses } = await answersOfRounds(withMe.map((r) => r.id));
    const inputs = withMe.map((r) => personalRoundInput(r, mine.get(r.id)!, responses.filter((x) => x.roundId === r.id)));
    const trends = computeTrends(inputs, []);
    const at = trends.length - 1;
    const current = trends[at]!;
    const previousRound = at > 0 ? withMe[at - 1] : undefined;
    const firstRound = at > 0 ? withMe[0] : undefined;
    const changed = (from: Round | undefined) => (from ? (promptSetChanges([from, round])[0]?.components ?? []) : []);
    return {
      current,
      previous: previousRound ? { trend: trends[at - 1]!, round: previousRound } : undefined,
      first: firstRound ? { trend: trends[0]!, round: firstRound } : undefined,
      number: at + 1,
      changedSincePrevious: changed(previousRound),
      changedSinceFirst: changed(firstRound),
    };
  }, [round, participant]);
}
