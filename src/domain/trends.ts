/** Measures across rounds: change since the previous round and the baseline, and falling back. */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentId } from '../model/types';
import { computeRoundMeasures } from './round';
import { difference } from './stats';
import { FALLING_BACK_DROP } from './thresholds';
import type {
  Change,
  ComponentTrend,
  PairKey,
  PairMeasures,
  PairRef,
  PairTrend,
  RoundInput,
  RoundMeasures,
  RoundTrend,
} from './types';

/** A value compared with the previous value and the baseline (first) value. */
export function change(
  value: number | undefined,
  previous: number | undefined,
  baseline: number | undefined,
): Change {
  return {
    value,
    previous,
    baseline,
    sincePrevious: difference(value, previous),
    sinceBaseline: difference(value, baseline),
  };
}

/** value is FALLING_BACK_DROP (15) points or more below bestEarlier; false if either is undefined. */
export function isFallingBack(value: number | undefined, bestEarlier: number | undefined): boolean {
  return value !== undefined && bestEarlier !== undefined && bestEarlier - value >= FALLING_BACK_DROP;
}

/**
 * Falling-back flags for a series of coverage values in date order: each value compared with
 * the best value in EARLIER positions only (undefined values are skipped).
 */
export function fallingBackFlags(series: readonly (number | undefined)[]): boolean[] {
  let best: number | undefined;
  return series.map((v) => {
    const flag = isFallingBack(v, best);
    if (v !== undefined && (best === undefined || v > best)) best = v;
    return flag;
  });
}

/** Sorts rounds by ISO date (stable: same-date rounds keep their given order). Returns a copy. */
export function sortRoundsByDate<T extends { date: string }>(rounds: readonly T[]): T[] {
  return [...rounds].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/**
 * Trends for each round (sorted here by date; the first is the baseline). For every
 * component: coverage, attention and divergence with their change since the previous round
 * and since the baseline, and a falling-back flag (coverage 15+ points below its best value in
 * an earlier round). For each tracked pair: friction and imbalance changes. Also soft/hard
 * balance. Changes compare with the immediately previous round and the first round: if the
 * measure is undefined in either, the change is undefined.
 */
export function computeTrends(rounds: readonly RoundInput[], trackedPairs: readonly PairRef[]): RoundTrend[] {
  const sorted = sortRoundsByDate(rounds);
  const all: RoundMeasures[] = sorted.map((r) => computeRoundMeasures(r, trackedPairs));
  const baseline = all[0];
  const best = new Map<ComponentId, { value: number; roundId: string }>();
  const out: RoundTrend[] = [];

  all.forEach((m, index) => {
    const prev = index > 0 ? all[index - 1] : undefined;
    const base = index > 0 ? baseline : undefined;

    const components = {} as Record<ComponentId, ComponentTrend>;
    const fallingBack: ComponentId[] = [];
    for (const c of COMPONENT_IDS) {
      const cur = m.components[c];
      const bestEarlier = best.get(c);
      // A component the group says is "not yet" relevant is never falling back.
      const flag = !cur.notYet && isFallingBack(cur.coverage, bestEarlier?.value);
      if (flag) fallingBack.push(c);
      components[c] = {
        componentId: c,
        coverage: {
          ...change(cur.coverage, prev?.components[c].coverage, base?.components[c].coverage),
          bestEarlier: bestEarlier?.value,
          bestEarlierRoundId: bestEarlier?.roundId,
          fallingBack: flag,
        },
        attention: change(cur.attention, prev?.components[c].attention, base?.components[c].attention),
        divergence: change(cur.divergence, prev?.components[c].divergence, base?.components[c].divergence),
      };
    }
    for (const c of COMPONENT_IDS) {
      const v = m.components[c].coverage;
      const b = best.get(c);
      if (v !== undefined && (b === undefined || v > b.value)) best.set(c, { value: v, roundId: m.roundId });
    }

    // Imbalance is compared through the matrix (every pair has it there), so that a pair
    // tracked now but not earlier still gets its change.
    const pairTrend = (p: PairMeasures): PairTrend => {
      const pp = prev?.frictionMatrix.get(p.key);
      const bp = base?.frictionMatrix.get(p.key);
      return {
        a: p.a,
        b: p.b,
        key: p.key,
        friction: change(p.friction, pp?.friction, bp?.friction),
        imbalance: change(p.imbalance, pp?.imbalance, bp?.imbalance),
      };
    };
    const pairs: PairTrend[] = m.trackedPairs.map(pairTrend);
    const allPairs = new Map<PairKey, PairTrend>();
    for (const [key, p] of m.frictionMatrix) allPairs.set(key, pairTrend(p));

    out.push({
      roundId: m.roundId,
      date: m.date,
      index,
      isBaseline: index === 0,
      previousRoundId: prev?.roundId,
      measures: m,
      components,
      trackedPairs: pairs,
      allPairs,
      softHardBalance: change(m.softHardBalance, prev?.softHardBalance, base?.softHardBalance),
      fallingBack,
    });
  });

  return out;
}
