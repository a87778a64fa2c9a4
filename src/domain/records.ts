/**
 * From stored records (src/db/types) to the plain inputs the measures take. Type-only
 * imports: the domain stays free of Dexie. Cleared answers and judgements (value null) are
 * blanks; judgements whose pair key is malformed are ignored. Answers carried forward from
 * the previous round and not yet confirmed count as that person's answers: they are what the
 * person said last, and the answering screens show them as such.
 */
import type { Judgement, Participant, Programme, Response, Round } from '../db/types';
import { parsePairKey } from './groups';
import type { JudgementInput, PairRef, ResponseInput, RoundInput } from './types';

export interface StoredRoundRecords {
  rounds: readonly Round[];
  participants: readonly Participant[];
  responses: readonly Response[];
  judgements: readonly Judgement[];
}

/** Rounds in date order; rounds on the same date in the order they were started (the first is the baseline). */
export function roundsInOrder<T extends Pick<Round, 'date' | 'createdAt'>>(rounds: readonly T[]): T[] {
  return [...rounds].sort((x, y) => (x.date === y.date ? x.createdAt.localeCompare(y.createdAt) : x.date < y.date ? -1 : 1));
}

function emptyInput(round: Pick<Round, 'id' | 'date' | 'prompts'>): RoundInput {
  return {
    id: round.id,
    date: round.date,
    participants: [],
    prompts: round.prompts.map((p) => ({ id: p.id, componentId: p.componentId })),
    responses: [],
    judgements: [],
  };
}

function toJudgement(j: Judgement): JudgementInput | undefined {
  if (j.value === null || j.value === undefined) return undefined;
  const pair = parsePairKey(j.pairKey);
  return pair ? { participantId: j.participantId, a: pair.a, b: pair.b, value: j.value } : undefined;
}

/**
 * One RoundInput per round, in date order, from all the records of a programme, in one pass
 * over each table. Records of rounds not in `rounds` are ignored.
 */
export function roundInputsFromRecords(records: StoredRoundRecords): RoundInput[] {
  const ordered = roundsInOrder(records.rounds);
  const byId = new Map<string, RoundInput>();
  for (const r of ordered) byId.set(r.id, emptyInput(r));
  for (const p of records.participants) byId.get(p.roundId)?.participants.push({ id: p.id, role: p.role, label: p.label });
  for (const r of records.responses) {
    if (r.value === null || r.value === undefined) continue;
    const input: ResponseInput = { participantId: r.participantId, promptId: r.promptId, value: r.value };
    byId.get(r.roundId)?.responses.push(input);
  }
  for (const j of records.judgements) {
    const input = toJudgement(j);
    if (input) byId.get(j.roundId)?.judgements.push(input);
  }
  return ordered.map((r) => byId.get(r.id)!);
}

/** The one round's input from its records (records of other rounds are ignored). */
export function roundInputFromRecords(
  round: Pick<Round, 'id' | 'date' | 'prompts' | 'createdAt'>,
  participants: readonly Participant[],
  responses: readonly Response[],
  judgements: readonly Judgement[],
): RoundInput {
  return roundInputsFromRecords({
    rounds: [round as Round],
    participants,
    responses,
    judgements,
  })[0]!;
}

/** The pairs a programme tracks, in canonical order; malformed or duplicate keys dropped. */
export function trackedPairsOf(programme: Pick<Programme, 'trackedPairs'>): PairRef[] {
  const seen = new Set<string>();
  const out: PairRef[] = [];
  for (const key of programme.trackedPairs ?? []) {
    const pair = parsePairKey(key);
    if (!pair) continue;
    const k = `${pair.a}|${pair.b}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(pair);
  }
  return out;
}
