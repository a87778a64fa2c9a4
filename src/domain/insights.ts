/**
 * "What to look at next": every flag of a round as data with its numbers, for the dashboard
 * and printable summaries to put into words. Nothing here is a grade: each item is a place
 * where a conversation is likely to be useful (PRODUCT.md, "heuristic framework, not a checklist").
 */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentId } from '../model/types';
import { HARD_TO_PRACTISE, HARDER_COMPONENTS, SOFTER_COMPONENTS } from './groups';
import { median } from './stats';
import { NEGLECT_BELOW_MEDIAN } from './thresholds';
import { groupMean } from './round';
import type { ParticipantScore, PairKey, RoundTrend } from './types';

export interface ScoreEnd {
  score: number;
  /** Participants at this score, in round order. */
  participantIds: string[];
  roles: string[];
}

export type LookNextItem =
  | {
      kind: 'falling-back';
      componentId: ComponentId;
      coverage: number;
      bestEarlier: number;
      bestEarlierRoundId: string | undefined;
      /** bestEarlier − coverage (FALLING_BACK_DROP or more). */
      drop: number;
    }
  | {
      kind: 'blind-spot';
      componentId: ComponentId;
      /** not-asked: no prompts in this round; no-levels: nobody gave a level; low-attention: attention below the threshold. */
      reason: 'not-asked' | 'no-levels' | 'low-attention';
      coverage: number | undefined;
      attention: number;
      /** Answers with a level or "not yet". */
      attended: number;
      /** Participants × prompts. */
      possible: number;
    }
  | {
      kind: 'divergence';
      componentId: ComponentId;
      divergence: number;
      low: ScoreEnd;
      high: ScoreEnd;
      scored: number;
    }
  | {
      kind: 'friction';
      key: PairKey;
      a: ComponentId;
      b: ComponentId;
      tracked: boolean;
      friction: number;
      judgedBy: number;
      reportingFriction: number;
    }
  | {
      kind: 'imbalance';
      key: PairKey;
      a: ComponentId;
      b: ComponentId;
      imbalance: number;
      higher: ComponentId;
      lower: ComponentId;
      higherCoverage: number;
      lowerCoverage: number;
    };

export type NeglectReason = 'blind-spot' | 'below-median' | 'falling-back';

export interface NeglectedHarder {
  componentId: ComponentId;
  coverage: number | undefined;
  attention: number;
  reasons: NeglectReason[];
  /** The round's median coverage over the components that have one (for "below-median"). */
  roundMedian: number | undefined;
}

export interface LookNext {
  items: LookNextItem[];
  /**
   * Of the four components hardest to put into practice (HARD_TO_PRACTISE), those that are blind
   * spots, falling back, or more than NEGLECT_BELOW_MEDIAN points below the round's median coverage.
   */
  neglectedHarder: NeglectedHarder[];
  /** Components the group sees as mostly "not yet at this stage": named apart, never as weak. */
  notYet: ComponentId[];
  /** Mean coverage of each group and their difference (the soft/hard balance). */
  balance: { softer: number | undefined; harder: number | undefined; difference: number | undefined };
}

function scoreEnd(scores: readonly ParticipantScore[], pick: (x: number, y: number) => number): ScoreEnd | undefined {
  let best: number | undefined;
  for (const s of scores) if (s.score !== undefined) best = best === undefined ? s.score : pick(best, s.score);
  if (best === undefined) return undefined;
  const at = scores.filter((s) => s.score === best);
  return { score: best, participantIds: at.map((s) => s.participantId), roles: at.map((s) => s.role) };
}

/** The flags of one round (from computeTrends), each with the numbers behind it, most telling first within each kind. */
export function lookNext(trend: RoundTrend): LookNext {
  const m = trend.measures;
  const fallingBack: LookNextItem[] = [];
  const blind: LookNextItem[] = [];
  const divergent: LookNextItem[] = [];

  for (const c of COMPONENT_IDS) {
    const cm = m.components[c];
    const cov = trend.components[c].coverage;
    if (cov.fallingBack && cov.value !== undefined && cov.bestEarlier !== undefined) {
      fallingBack.push({
        kind: 'falling-back',
        componentId: c,
        coverage: cov.value,
        bestEarlier: cov.bestEarlier,
        bestEarlierRoundId: cov.bestEarlierRoundId,
        drop: cov.bestEarlier - cov.value,
      });
    }
    if (cm.blindSpot) {
      blind.push({
        kind: 'blind-spot',
        componentId: c,
        reason: cm.promptCount === 0 ? 'not-asked' : cm.coverage === undefined ? 'no-levels' : 'low-attention',
        coverage: cm.coverage,
        attention: cm.attention,
        attended: cm.levelCount + cm.notYetCount,
        possible: cm.promptCount * m.participantsCount,
      });
    }
    if (cm.divergent && cm.divergence !== undefined) {
      const low = scoreEnd(cm.scores, Math.min);
      const high = scoreEnd(cm.scores, Math.max);
      if (low && high) divergent.push({ kind: 'divergence', componentId: c, divergence: cm.divergence, low, high, scored: cm.scoredCount });
    }
  }

  const friction: LookNextItem[] = [];
  const imbalance: LookNextItem[] = [];
  for (const p of m.frictionMatrix.values()) {
    if (p.frictionFlag && p.friction !== undefined) {
      friction.push({
        kind: 'friction',
        key: p.key,
        a: p.a,
        b: p.b,
        tracked: p.tracked,
        friction: p.friction,
        judgedBy: p.judgedBy,
        reportingFriction: p.reportingFriction,
      });
    }
  }
  for (const p of m.trackedPairs) {
    const ca = m.coverage[p.a];
    const cb = m.coverage[p.b];
    if (p.imbalanceFlag && p.imbalance !== undefined && ca !== undefined && cb !== undefined) {
      const aHigher = ca >= cb;
      imbalance.push({
        kind: 'imbalance',
        key: p.key,
        a: p.a,
        b: p.b,
        imbalance: p.imbalance,
        higher: aHigher ? p.a : p.b,
        lower: aHigher ? p.b : p.a,
        higherCoverage: aHigher ? ca : cb,
        lowerCoverage: aHigher ? cb : ca,
      });
    }
  }

  const by = <T extends LookNextItem>(value: (x: T) => number) => (x: T, y: T) => value(y) - value(x);
  fallingBack.sort(by((x) => (x.kind === 'falling-back' ? x.drop : 0)));
  divergent.sort(by((x) => (x.kind === 'divergence' ? x.divergence : 0)));
  // Tracked pairs first (the programme chose to watch them), then by friction.
  friction.sort(by((x) => (x.kind === 'friction' ? (x.tracked ? 10 : 0) + x.friction : 0)));
  imbalance.sort(by((x) => (x.kind === 'imbalance' ? x.imbalance : 0)));

  const neglectedHarder: NeglectedHarder[] = [];
  const roundMedian = median(COMPONENT_IDS.flatMap((c) => (m.coverage[c] === undefined ? [] : [m.coverage[c]!])));
  for (const c of HARD_TO_PRACTISE) {
    const reasons: NeglectReason[] = [];
    const cov = m.coverage[c];
    if (m.components[c].blindSpot) reasons.push('blind-spot');
    if (trend.components[c].coverage.fallingBack) reasons.push('falling-back');
    if (!m.components[c].notYet && cov !== undefined && roundMedian !== undefined && roundMedian - cov > NEGLECT_BELOW_MEDIAN) reasons.push('below-median');
    if (reasons.length > 0) {
      neglectedHarder.push({ componentId: c, coverage: cov, attention: m.components[c].attention, reasons, roundMedian });
    }
  }

  return {
    items: [...fallingBack, ...blind, ...divergent, ...friction, ...imbalance],
    neglectedHarder,
    notYet: m.notYet,
    balance: {
      softer: groupMean(m.coverage, SOFTER_COMPONENTS),
      harder: groupMean(m.coverage, HARDER_COMPONENTS),
      difference: m.softHardBalance,
    },
  };
}
