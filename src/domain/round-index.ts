/**
 * One-pass index of a round, so that every measure is an array lookup rather than a filter.
 * Answers are stored in a flat array (participant × prompt) and judgements in one small
 * typed array per pair, so building the index costs one Map lookup per id and no string
 * building.
 *
 * Data rules (documented choices):
 * - Only participants listed in `round.participants` count; answers or judgements from
 *   any other participant id are ignored. Duplicate participant ids are counted once.
 * - Only prompts listed in `round.prompts` count; answers to other prompts are ignored.
 *   A prompt id listed twice counts once (its first component wins).
 * - If a participant answered the same prompt more than once, the LAST answer wins.
 * - A judgement of (b, a) is the same as (a, b); if a participant judged a pair more than
 *   once (in either order) the LAST judgement wins. Judgements of a component with
 *   itself, of unknown components or with values outside 0–3 are ignored.
 */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentId } from '../model/types';
import { isJudgementValue } from './stats';
import type { ParticipantInput, ResponseValue, RoundInput } from './types';

const COMPONENT_COUNT = COMPONENT_IDS.length;
const COMPONENT_POS: ReadonlyMap<string, number> = new Map(COMPONENT_IDS.map((id, i) => [id, i]));

/** Slot of an unordered pair of distinct components in RoundIndex.judgements; -1 if invalid. */
export function pairSlot(a: ComponentId, b: ComponentId): number {
  const i = COMPONENT_POS.get(a);
  const j = COMPONENT_POS.get(b);
  if (i === undefined || j === undefined || i === j) return -1;
  return i < j ? i * COMPONENT_COUNT + j : j * COMPONENT_COUNT + i;
}

/** Marks "no judgement" in a pair's typed array. */
export const NO_JUDGEMENT = -1;

export interface RoundIndex {
  /** Participants in round order, deduplicated by id. */
  participants: ParticipantInput[];
  /** Number of prompts counted (deduplicated); the row length of `answers`. */
  promptCount: number;
  /** Prompt ids by their position in `answers` rows. */
  promptIds: string[];
  /** Prompt positions by component, in round order (every component present, possibly empty). */
  promptsByComponent: Map<ComponentId, number[]>;
  /** Answer of participant p to prompt q at p × promptCount + q (last wins); undefined if blank. */
  answers: (ResponseValue | undefined)[];
  /** Per pairSlot: judgement by participant position, NO_JUDGEMENT if none; undefined if nobody judged it. */
  judgements: (Int8Array | undefined)[];
  /** Number of participants with at least one counted answer or judgement. */
  respondentsCount: number;
}

export function indexRound(round: RoundInput): RoundIndex {
  const participants: ParticipantInput[] = [];
  const participantPos = new Map<string, number>();
  for (const p of round.participants) {
    if (participantPos.has(p.id)) continue;
    participantPos.set(p.id, participants.length);
    participants.push(p);
  }

  const promptsByComponent = new Map<ComponentId, number[]>();
  for (const id of COMPONENT_IDS) promptsByComponent.set(id, []);
  const promptPos = new Map<string, number>();
  const promptIds: string[] = [];
  for (const prompt of round.prompts) {
    if (promptPos.has(prompt.id)) continue;
    const list = promptsByComponent.get(prompt.componentId);
    if (list === undefined) continue; // unknown component in foreign data
    list.push(promptIds.length);
    promptPos.set(prompt.id, promptIds.length);
    promptIds.push(prompt.id);
  }

  const promptCount = promptIds.length;
  const answers = new Array<ResponseValue | undefined>(participants.length * promptCount).fill(undefined);
  const responded = new Uint8Array(participants.length);
  for (const r of round.responses) {
    const p = participantPos.get(r.participantId);
    const q = promptPos.get(r.promptId);
    if (p === undefined || q === undefined) continue;
    answers[p * promptCount + q] = r.value;
    responded[p] = 1;
  }

  const judgements = new Array<Int8Array | undefined>(COMPONENT_COUNT * COMPONENT_COUNT).fill(undefined);
  for (const j of round.judgements) {
    const p = participantPos.get(j.participantId);
    if (p === undefined || !isJudgementValue(j.value)) continue;
    const slot = pairSlot(j.a, j.b);
    if (slot < 0) continue;
    let byParticipant = judgements[slot];
    if (byParticipant === undefined) {
      byParticipant = new Int8Array(participants.length).fill(NO_JUDGEMENT);
      judgements[slot] = byParticipant;
    }
    byParticipant[p] = j.value;
    responded[p] = 1;
  }

  let respondentsCount = 0;
  for (const flag of responded) respondentsCount += flag;

  return { participants, promptCount, promptIds, promptsByComponent, answers, judgements, respondentsCount };
}
