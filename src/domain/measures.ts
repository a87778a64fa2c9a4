/**
 * Per-participant and per-component measures for one round (PRODUCT.md, "Measures").
 * Pure functions over plain data. Values are unrounded; thresholds compare unrounded values.
 */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentId } from '../model/types';
import { indexRound } from './round-index';
import type { RoundIndex } from './round-index';
import { isLevel, levelToScore, median, range } from './stats';
import { ATTENTION_BLIND_SPOT, DIVERGENCE_FLAG, DIVERGENCE_MIN_PARTICIPANTS, NOT_YET_SHARE } from './thresholds';
import type {
  ComponentMeasures,
  NotYetPrompt,
  ParticipantScore,
  PromptRef,
  ResponseInput,
  ResponseValue,
  RoundInput,
} from './types';

/** Mean of (level − 1) / 4 × 100 over the answers that are levels; undefined if none. */
function scoreOfValues(values: Iterable<ResponseValue | undefined>): number | undefined {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (isLevel(v)) {
      sum += levelToScore(v);
      n += 1;
    }
  }
  return n === 0 ? undefined : sum / n;
}

/**
 * One participant's score for one component: the mean over that component's prompts
 * answered with a level of (level − 1) / 4 × 100. Undefined where no prompt has a level
 * ("not yet", "don't know" and blanks do not count). If the participant answered a prompt
 * more than once, the last answer wins. Answers to prompts not in `prompts` are ignored.
 */
export function participantComponentScore(
  responses: readonly ResponseInput[],
  prompts: readonly PromptRef[],
  participantId: string,
  componentId: ComponentId,
): number | undefined {
  const promptIds = new Set<string>();
  for (const p of prompts) if (p.componentId === componentId) promptIds.add(p.id);
  const answers = new Map<string, ResponseValue>();
  for (const r of responses) {
    if (r.participantId === participantId && promptIds.has(r.promptId)) answers.set(r.promptId, r.value);
  }
  return scoreOfValues(answers.values());
}

/**
 * Every participant's score for every component: participantId → componentId → score.
 * Participants appear in round order; a component nobody answered with a level is undefined.
 */
export function participantScores(round: RoundInput): Map<string, Record<ComponentId, number | undefined>> {
  const idx = indexRound(round);
  const out = new Map<string, Record<ComponentId, number | undefined>>();
  idx.participants.forEach((p, pi) => {
    const row = {} as Record<ComponentId, number | undefined>;
    for (const c of COMPONENT_IDS) {
      const positions = idx.promptsByComponent.get(c) ?? [];
      row[c] = scoreOfValues(positions.map((q) => idx.answers[pi * idx.promptCount + q]));
    }
    out.set(p.id, row);
  });
  return out;
}

/** divergence >= DIVERGENCE_FLAG (40 points or more). */
export function isDivergent(divergence: number | undefined): boolean {
  return divergence !== undefined && divergence >= DIVERGENCE_FLAG;
}

/**
 * A blind spot: not "not yet", and no coverage or attention strictly below ATTENTION_BLIND_SPOT
 * (0.5). A component the group says is not relevant yet is not a gap in their attention.
 */
export function isBlindSpot(coverage: number | undefined, attention: number, notYet = false): boolean {
  return !notYet && (coverage === undefined || attention < ATTENTION_BLIND_SPOT);
}

/** "Not yet": at least NOT_YET_SHARE of the answers given (levels, "not yet", "don't know") are "not yet". */
export function isNotYet(notYetCount: number, answeredCount: number): boolean {
  return answeredCount > 0 && notYetCount / answeredCount >= NOT_YET_SHARE;
}

/** All per-component measures from a pre-built index: one pass over participants × prompts. */
export function componentMeasuresFromIndex(idx: RoundIndex, componentId: ComponentId): ComponentMeasures {
  const positions = idx.promptsByComponent.get(componentId) ?? [];
  const { answers, promptCount } = idx;
  const scores: ParticipantScore[] = [];
  const scored: number[] = [];
  const notYetByPrompt = new Map<number, number>();
  const ratedPrompts = new Set<number>();
  let levelCount = 0;
  let notYetCount = 0;
  let dontKnowCount = 0;

  idx.participants.forEach((p, pi) => {
    const row = pi * promptCount;
    let sum = 0;
    let n = 0;
    for (const q of positions) {
      const v = answers[row + q];
      if (isLevel(v)) {
        sum += levelToScore(v);
        n += 1;
        ratedPrompts.add(q);
      } else if (v === 'not-yet') {
        notYetCount += 1;
        notYetByPrompt.set(q, (notYetByPrompt.get(q) ?? 0) + 1);
      } else if (v === 'dont-know') {
        dontKnowCount += 1;
      }
    }
    levelCount += n;
    const score = n === 0 ? undefined : sum / n;
    if (score !== undefined) scored.push(score);
    scores.push({ participantId: p.id, role: p.role, score });
  });

  const pairsTotal = idx.participants.length * positions.length;
  // Documented choice: with no participants or no prompts there is nothing attended, so 0
  // (which also makes the component a blind spot, as it has no coverage either).
  const attention = pairsTotal === 0 ? 0 : (levelCount + notYetCount) / pairsTotal;
  const coverage = median(scored);
  const divergence = range(scored, DIVERGENCE_MIN_PARTICIPANTS);
  const notYet = isNotYet(notYetCount, levelCount + notYetCount + dontKnowCount);
  const notYetPrompts: NotYetPrompt[] = [];
  for (const q of positions) {
    const count = notYetByPrompt.get(q);
    const promptId = idx.promptIds[q];
    if (count !== undefined && promptId !== undefined) notYetPrompts.push({ promptId, count });
  }

  return {
    componentId,
    promptCount: positions.length,
    coverage,
    attention,
    divergence,
    divergent: isDivergent(divergence),
    blindSpot: isBlindSpot(coverage, attention, notYet),
    notYet,
    ratedPrompts: ratedPrompts.size,
    scores,
    scoredCount: scored.length,
    levelCount,
    notYetCount,
    dontKnowCount,
    blankCount: pairsTotal - levelCount - notYetCount - dontKnowCount,
    notYetPrompts,
  };
}

/** All per-component measures for one component of a round. */
export function componentMeasures(round: RoundInput, componentId: ComponentId): ComponentMeasures {
  return componentMeasuresFromIndex(indexRound(round), componentId);
}

/** Coverage: median of the scores of participants who have one; undefined if nobody does. */
export function componentCoverage(round: RoundInput, componentId: ComponentId): number | undefined {
  return componentMeasures(round, componentId).coverage;
}

/**
 * Attention: share (0–1) of (participant, prompt) pairs answered with a level or "not yet".
 * "Don't know" and blanks are not attended. Denominator = participants × prompts of the
 * component in the round; 0 when there are no participants or no prompts.
 */
export function componentAttention(round: RoundInput, componentId: ComponentId): number {
  return componentMeasures(round, componentId).attention;
}

/** Divergence: max − min of participants' scores; undefined with fewer than 2 scored participants. */
export function componentDivergence(round: RoundInput, componentId: ComponentId): number | undefined {
  return componentMeasures(round, componentId).divergence;
}

/** Blind spots of a round, in COMPONENT_IDS order. */
export function blindSpots(round: RoundInput): ComponentId[] {
  const idx = indexRound(round);
  return COMPONENT_IDS.filter((c) => componentMeasuresFromIndex(idx, c).blindSpot);
}

/** Prompts answered "not yet at this stage", per component (round prompt order, with counts). */
export function notYetPrompts(round: RoundInput): Record<ComponentId, NotYetPrompt[]> {
  const idx = indexRound(round);
  const out = {} as Record<ComponentId, NotYetPrompt[]>;
  for (const c of COMPONENT_IDS) out[c] = componentMeasuresFromIndex(idx, c).notYetPrompts;
  return out;
}

/** Components where at least one prompt was answered "not yet at this stage", in COMPONENT_IDS order. */
export function notYetComponents(round: RoundInput): ComponentId[] {
  const byComponent = notYetPrompts(round);
  return COMPONENT_IDS.filter((c) => byComponent[c].length > 0);
}
