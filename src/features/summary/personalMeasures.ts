import type { Participant, Response, Round } from '../../db/types';
import { computeRoundMeasures } from '../../domain/round';
import type { ResponseInput, RoundInput } from '../../domain/types';
import type { ComponentId } from '../../model/types';
import { roundComponents } from '../answer/progress';

export interface PersonalRow {
  id: ComponentId;
  /** This person's score 0–100, unrounded; undefined where no statement has a step. */
  score: number | undefined;
  /** Share 0–1 of statements answered with a step or "not yet". */
  attention: number;
  /** Statements answered with a step or "not yet". */
  attended: number;
  total: number;
  notYet: number;
  dontKnow: number;
  blank: number;
  blindSpot: boolean;
  /** Mostly "not yet at this stage": listed as "not yet", never a blind spot or among the lowest. */
  notYetComponent: boolean;
  /** Statements given a step. */
  rated: number;
}

export interface PersonalSummary {
  rows: PersonalRow[];
  blindSpots: PersonalRow[];
  /** The two components least in place (domain `lowestComponents`), lowest first. */
  lowest: ComponentId[];
  /** Components that could be among the lowest (at least three statements rated, not "not yet"). */
  lowestEligible: number;
  /** Components mostly answered "not yet at this stage". */
  notYetComponents: ComponentId[];
  notYet: { promptId: string; componentId: ComponentId; text: string }[];
  /** Statements with any answer. */
  answered: number;
}

/** Plain data the domain measures take: only answers that are given (a cleared answer is blank). */
export function personalRoundInput(round: Round, participant: Participant, responses: Response[]): RoundInput {
  const answers: ResponseInput[] = [];
  for (const r of responses) {
    if (r.participantId === participant.id && r.value !== null) answers.push({ participantId: r.participantId, promptId: r.promptId, value: r.value });
  }
  return {
    id: round.id,
    date: round.date,
    participants: [{ id: participant.id, role: participant.role, label: participant.label }],
    prompts: round.prompts.map((p) => ({ id: p.id, componentId: p.componentId })),
    responses: answers,
    judgements: [],
  };
}

/**
 * The round's measures for one person, straight from src/domain (PRODUCT.md "Measures"): with one
 * participant, coverage is that person's score, attention is their share of statements answered
 * with a step or "not yet", and blind spots and the lowest two follow the shared definitions.
 */
export function personalMeasures(round: Round, participant: Participant, responses: Response[]): PersonalSummary {
  const input = personalRoundInput(round, participant, responses);
  const measures = computeRoundMeasures(input, []);
  const asked = roundComponents(round);
  const rows: PersonalRow[] = asked.map((id) => {
    const m = measures.components[id];
    return {
      id,
      score: m.coverage,
      attention: m.attention,
      attended: m.levelCount + m.notYetCount,
      total: m.promptCount,
      notYet: m.notYetCount,
      dontKnow: m.dontKnowCount,
      blank: m.blankCount,
      blindSpot: m.blindSpot,
      notYetComponent: m.notYet,
      rated: m.ratedPrompts,
    };
  });
  const text = new Map(round.prompts.map((p) => [p.id, p]));
  const notYet = asked.flatMap((id) =>
    measures.components[id].notYetPrompts.map((n) => ({ promptId: n.promptId, componentId: id, text: text.get(n.promptId)?.text ?? n.promptId })),
  );
  return {
    rows,
    blindSpots: rows.filter((r) => r.blindSpot),
    lowest: measures.lowest.filter((id) => asked.includes(id)),
    lowestEligible: measures.lowestEligible,
    notYetComponents: measures.notYet.filter((id) => asked.includes(id)),
    notYet,
    answered: input.responses.length,
  };
}
