import type { Judgement, Programme, Response, Round } from '../../db/types';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';

export interface TrackedPair {
  key: string;
  a: ComponentId;
  b: ComponentId;
}

const KNOWN = new Set<string>(COMPONENT_IDS);

/** Split a stored pair key ("a|b") into its components; undefined for anything malformed. */
export function parsePairKey(key: string): TrackedPair | undefined {
  const [a, b, extra] = key.split('|');
  if (extra !== undefined || !a || !b || a === b || !KNOWN.has(a) || !KNOWN.has(b)) return undefined;
  return { key, a: a as ComponentId, b: b as ComponentId };
}

/** The programme's tracked pairs that this round can judge: both components are covered. */
export function pairsForRound(programme: Pick<Programme, 'trackedPairs'>, round: Pick<Round, 'components' | 'pairs'>): TrackedPair[] {
  const covered = new Set(round.components);
  const seen = new Set<string>();
  const pairs: TrackedPair[] = [];
  // A round with its own pairs (the pulse set) asks those, whatever the programme tracks.
  for (const key of round.pairs ?? programme.trackedPairs) {
    const pair = parsePairKey(key);
    if (!pair || seen.has(key) || !covered.has(pair.a) || !covered.has(pair.b)) continue;
    seen.add(key);
    pairs.push(pair);
  }
  return pairs;
}

export interface ParticipantProgress {
  /** Prompts answered in this round (any value), carried-forward answers not counted. */
  answered: number;
  /** Carried-forward answers not yet confirmed. */
  carried: number;
  prompts: number;
  judged: number;
  pairs: number;
  /** Has given any answer, note or judgement of their own in this round. */
  started: boolean;
}

/** How far one person has got, as counts only: never their answers. */
export function participantProgress(
  round: Pick<Round, 'prompts'>,
  pairs: TrackedPair[],
  responses: Pick<Response, 'promptId' | 'value' | 'note' | 'carriedForward'>[],
  judgements: Pick<Judgement, 'pairKey' | 'value' | 'note'>[],
): ParticipantProgress {
  const promptIds = new Set(round.prompts.map((p) => p.id));
  const pairKeys = new Set(pairs.map((p) => p.key));
  const own = responses.filter((r) => promptIds.has(r.promptId) && !r.carriedForward);
  const answered = own.filter((r) => r.value !== null).length;
  const carried = responses.filter((r) => promptIds.has(r.promptId) && r.carriedForward).length;
  const ownJudgements = judgements.filter((j) => j.value !== null || j.note);
  const judged = ownJudgements.filter((j) => pairKeys.has(j.pairKey) && j.value !== null).length;
  return {
    answered,
    carried,
    prompts: promptIds.size,
    judged,
    pairs: pairKeys.size,
    started: own.some((r) => r.value !== null || !!r.note) || ownJudgements.length > 0,
  };
}
