/** Pair measures: reported friction (from judgements) and imbalance (from coverage). */
import type { ComponentId } from '../model/types';
import { NO_JUDGEMENT, indexRound, pairSlot } from './round-index';
import type { RoundIndex } from './round-index';
import { FRICTION_FLAG, FRICTION_REPORTED_VALUE, IMBALANCE_FLAG } from './thresholds';
import type { RoundInput } from './types';

export interface PairFriction {
  /** Mean of judgements 0–3; undefined if nobody judged the pair. */
  friction: number | undefined;
  /** friction >= FRICTION_FLAG. */
  frictionFlag: boolean;
  /** Participants who judged the pair. */
  judgedBy: number;
  /** Participants whose judgement is 2 ("some friction") or more. */
  reportingFriction: number;
}

/** friction >= FRICTION_FLAG (2.0). */
export function isFrictionFlagged(friction: number | undefined): boolean {
  return friction !== undefined && friction >= FRICTION_FLAG;
}

/** |coverageA − coverageB|; undefined if either is undefined. */
export function imbalance(coverageA: number | undefined, coverageB: number | undefined): number | undefined {
  return coverageA === undefined || coverageB === undefined ? undefined : Math.abs(coverageA - coverageB);
}

/** imbalance >= IMBALANCE_FLAG (30), and only on a tracked pair. */
export function isImbalanceFlagged(value: number | undefined, tracked: boolean): boolean {
  return tracked && value !== undefined && value >= IMBALANCE_FLAG;
}

/** Friction for a pair from a pre-built index (order-independent). */
export function pairFrictionFromIndex(idx: RoundIndex, a: ComponentId, b: ComponentId): PairFriction {
  const slot = pairSlot(a, b);
  const byParticipant = slot < 0 ? undefined : idx.judgements[slot];
  let sum = 0;
  let judgedBy = 0;
  let reportingFriction = 0;
  if (byParticipant !== undefined) {
    for (const v of byParticipant) {
      if (v === NO_JUDGEMENT) continue;
      sum += v;
      judgedBy += 1;
      if (v >= FRICTION_REPORTED_VALUE) reportingFriction += 1;
    }
  }
  const friction = judgedBy === 0 ? undefined : sum / judgedBy;
  return { friction, frictionFlag: isFrictionFlagged(friction), judgedBy, reportingFriction };
}

/** Friction, flag and counts for a pair in a round; a judgement stored as (b, a) counts for (a, b). */
export function pairFriction(round: RoundInput, a: ComponentId, b: ComponentId): PairFriction {
  return pairFrictionFromIndex(indexRound(round), a, b);
}

/** Reported friction: mean of participants' judgements of the pair (0–3); undefined if none. */
export function reportedFriction(round: RoundInput, a: ComponentId, b: ComponentId): number | undefined {
  return pairFriction(round, a, b).friction;
}
