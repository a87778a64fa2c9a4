import type { ComponentId } from '../model/types';

/** A level on the 5-step scale: 1 = not in place ... 5 = embedded. */
export type Level = 1 | 2 | 3 | 4 | 5;

/** An answer to a prompt: a level, "not yet at this stage", or "don't know". */
export type ResponseValue = Level | 'not-yet' | 'dont-know';

/** A view of how two components work together: 0 reinforcing, 1 independent, 2 some friction, 3 pulling apart. */
export type JudgementValue = 0 | 1 | 2 | 3;

export interface PromptRef {
  id: string;
  componentId: ComponentId;
}

export interface ResponseInput {
  participantId: string;
  promptId: string;
  value: ResponseValue;
}

export interface JudgementInput {
  participantId: string;
  a: ComponentId;
  b: ComponentId;
  value: JudgementValue;
}

export interface ParticipantInput {
  id: string;
  role: string;
  label?: string;
}

/** Everything the measures need about one round, as plain data. */
export interface RoundInput {
  id: string;
  date: string; // ISO yyyy-mm-dd
  participants: ParticipantInput[];
  prompts: PromptRef[];
  responses: ResponseInput[];
  judgements: JudgementInput[];
}

/* ------------------------------------------------------------------------------------------
 * Measure results (see src/domain/measures.ts). All numbers are UNROUNDED; round for display
 * only (roundForDisplay). `undefined` means "no value" (e.g. nobody scored a component).
 * ---------------------------------------------------------------------------------------- */

/**
 * Order-independent pair key: the two component ids in COMPONENT_IDS order joined by "|",
 * as made by pairKey in src/model/tensions.ts (the format stored in the database).
 */
export type PairKey = string;

/** A pair of components, e.g. a tracked alignment pair. TensionPair satisfies this shape. */
export interface PairRef {
  a: ComponentId;
  b: ComponentId;
}

/** Coverage (or any measure) by component; a missing key is treated as undefined. */
export type CoverageByComponent = Partial<Record<ComponentId, number | undefined>>;

/** One participant's score (0–100) for one component; undefined where no prompt has a level. */
export interface ParticipantScore {
  participantId: string;
  role: string;
  score: number | undefined;
}

/** A prompt that at least one participant answered "not yet at this stage". */
export interface NotYetPrompt {
  promptId: string;
  /** How many participants answered it "not yet". */
  count: number;
}

export interface ComponentMeasures {
  componentId: ComponentId;
  /** Prompts of this component in the round (0 = the component was not asked about). */
  promptCount: number;
  /** Median of the participants' scores; undefined if nobody has a score. */
  coverage: number | undefined;
  /** Share 0–1 of (participant, prompt) pairs answered with a level or "not yet"; 0 if no participants or no prompts. */
  attention: number;
  /** Max − min of participants' scores; undefined with fewer than 2 scored participants. */
  divergence: number | undefined;
  /** divergence >= DIVERGENCE_FLAG. */
  divergent: boolean;
  /** Not "not yet", and no coverage or attention < ATTENTION_BLIND_SPOT. */
  blindSpot: boolean;
  /** At least NOT_YET_SHARE of the answers given are "not yet at this stage": listed as "not yet", never weak. */
  notYet: boolean;
  /** Prompts that at least one participant answered with a level. */
  ratedPrompts: number;
  /** Every participant of the round, in round order, with their score (possibly undefined). */
  scores: ParticipantScore[];
  /** Participants with a score. */
  scoredCount: number;
  /** (participant, prompt) pairs answered with a level. */
  levelCount: number;
  /** (participant, prompt) pairs answered "not yet at this stage". */
  notYetCount: number;
  /** (participant, prompt) pairs answered "don't know". */
  dontKnowCount: number;
  /** (participant, prompt) pairs left blank. */
  blankCount: number;
  /** Prompts answered "not yet" by someone, in the round's prompt order. */
  notYetPrompts: NotYetPrompt[];
}

export interface PairMeasures {
  /** As given for a tracked pair (the programme's orientation); canonical order otherwise. */
  a: ComponentId;
  b: ComponentId;
  key: PairKey;
  /** Whether the programme tracks this pair. */
  tracked: boolean;
  /** Mean of participants' judgements (0–3); undefined if nobody judged the pair. */
  friction: number | undefined;
  /** friction >= FRICTION_FLAG. */
  frictionFlag: boolean;
  /** Participants who judged the pair. */
  judgedBy: number;
  /** Participants whose judgement is FRICTION_REPORTED_VALUE (2) or more. */
  reportingFriction: number;
  /** |coverage(a) − coverage(b)|; undefined if either coverage is undefined. */
  imbalance: number | undefined;
  /** imbalance >= IMBALANCE_FLAG, and only ever true on a tracked pair. */
  imbalanceFlag: boolean;
}

export interface RoundMeasures {
  roundId: string;
  date: string;
  /** Participants listed in the round. */
  participantsCount: number;
  /** Participants who gave at least one answer (any value) or judgement. */
  respondentsCount: number;
  components: Record<ComponentId, ComponentMeasures>;
  /** Shortcut: coverage by component. */
  coverage: Record<ComponentId, number | undefined>;
  /** Blind-spot components, in COMPONENT_IDS order. */
  blindSpots: ComponentId[];
  /** "Not yet" components (mostly "not yet at this stage"), in COMPONENT_IDS order. */
  notYet: ComponentId[];
  /**
   * The LOWEST_COMPONENTS_DEFAULT least-covered components (ties in COMPONENT_IDS order), among
   * those not "not yet" with at least LOWEST_MIN_RATED_PROMPTS prompts rated.
   */
  lowest: ComponentId[];
  /** How many components could be among the lowest (fewer than two: the summary says so). */
  lowestEligible: number;
  /** Mean softer coverage − mean harder coverage; undefined if either group has no coverage. */
  softHardBalance: number | undefined;
  /** One entry per tracked pair (deduplicated, order as given). */
  trackedPairs: PairMeasures[];
  /** All 28 pairs keyed by pairKey, in canonical order; friction undefined where nobody judged. */
  frictionMatrix: Map<PairKey, PairMeasures>;
}

/** A measure in one round compared with the previous round and with the baseline (first round). */
export interface Change {
  value: number | undefined;
  previous: number | undefined;
  baseline: number | undefined;
  /** value − previous; undefined for the first round or if either is undefined. */
  sincePrevious: number | undefined;
  /** value − baseline; undefined for the first round or if either is undefined. */
  sinceBaseline: number | undefined;
}

export interface CoverageChange extends Change {
  /** Best coverage in any earlier round (undefined if none). */
  bestEarlier: number | undefined;
  /** The earliest round that reached bestEarlier (undefined if none). */
  bestEarlierRoundId: string | undefined;
  /** value <= bestEarlier − FALLING_BACK_DROP. */
  fallingBack: boolean;
}

export interface ComponentTrend {
  componentId: ComponentId;
  coverage: CoverageChange;
  attention: Change;
  divergence: Change;
}

export interface PairTrend {
  a: ComponentId;
  b: ComponentId;
  key: PairKey;
  friction: Change;
  imbalance: Change;
}

export interface RoundTrend {
  roundId: string;
  date: string;
  /** Position in date order; 0 is the baseline. */
  index: number;
  isBaseline: boolean;
  previousRoundId: string | undefined;
  measures: RoundMeasures;
  components: Record<ComponentId, ComponentTrend>;
  trackedPairs: PairTrend[];
  /** All 28 pairs keyed by pairKey (friction and imbalance with their changes), canonical order. */
  allPairs: Map<PairKey, PairTrend>;
  softHardBalance: Change;
  /** Components flagged as falling back, in COMPONENT_IDS order. */
  fallingBack: ComponentId[];
}
