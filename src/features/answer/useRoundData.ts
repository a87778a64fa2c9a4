import { useLiveQuery } from 'dexie-react-hooks';
import { responsesOf } from '../../db/answers';
import { db } from '../../db/database';
import type { Participant, Programme, Response, Round } from '../../db/types';
import { programmeWords, type Words } from '../../model/words';

export interface RoundData {
  round: Round;
  programme: Programme;
  words: Words;
  participants: Participant[];
}

/**
 * The round, its programme and its people, live: a change in another tab shows here at once.
 * undefined while loading; null when the round (or its programme) does not exist.
 */
export function useRoundData(programmeId: string | undefined, roundId: string | undefined): RoundData | null | undefined {
  return useLiveQuery(async () => {
    if (!programmeId || !roundId) return null;
    const [round, programme, participants] = await Promise.all([
      db.rounds.get(roundId),
      db.programmes.get(programmeId),
      db.participants.where('roundId').equals(roundId).toArray(),
    ]);
    if (!round || !programme || round.programmeId !== programme.id) return null;
    participants.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.label.localeCompare(b.label));
    return { round, programme, words: programmeWords(programme), participants };
  }, [programmeId, roundId]);
}

const EMPTY: Map<string, Response> = new Map();

/**
 * One participant's responses in a round, by prompt id, live. undefined while loading, including
 * just after the participant changes (so a screen never shows one person's answers as another's).
 */
export function useResponses(roundId: string | undefined, participantId: string | undefined): Map<string, Response> | undefined {
  const key = `${roundId ?? ''}:${participantId ?? ''}`;
  const result = useLiveQuery(async () => {
    if (!roundId || !participantId) return { key, map: EMPTY };
    const rows = await responsesOf(roundId, participantId);
    return { key, map: new Map(rows.map((r) => [r.promptId, r])) };
  }, [key]);
  if (!roundId || !participantId) return EMPTY;
  return result && result.key === key ? result.map : undefined;
}
