/** Whole-round measures: everything a round summary, radar, matrix or table needs, in one pass. */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentId } from '../model/types';
import { ALL_PAIRS, HARDER_COMPONENTS, SOFTER_COMPONENTS, componentOrder, pairKey } from './groups';
import { componentMeasuresFromIndex } from './measures';
import { imbalance, isImbalanceFlagged, pairFrictionFromIndex } from './pairs';
import { indexRound } from './round-index';
import { mean } from './stats';
import { LOWEST_COMPONENTS_DEFAULT, LOWEST_MIN_RATED_PROMPTS } from './thresholds';
import type {
  ComponentMeasures,
  CoverageByComponent,
  PairKey,
  PairMeasures,
  PairRef,
  RoundInput,
  RoundMeasures,
} from './types';

/** Mean coverage of a group of components, over those that have coverage; undefined if none has. */
export function groupMean(coverage: CoverageByComponent, group: readonly ComponentId[]): number | undefined {
  const values: number[] = [];
  for (const c of group) {
    const v = coverage[c];
    if (v !== undefined) values.push(v);
  }
  return mean(values);
}

/**
 * Soft/hard balance: mean coverage of the softer group (shared purpose, leadership,
 * engagement) minus mean coverage of the harder group (rigorous delivery, transparent
 * measurement, system drivers, spread), each over the components that have coverage.
 * Improvement methodology is in neither. Undefined if either group has no coverage.
 * Positive = the softer side is better covered.
 */
export function softHardBalance(coverage: CoverageByComponent): number | undefined {
  const soft = groupMean(coverage, SOFTER_COMPONENTS);
  const hard = groupMean(coverage, HARDER_COMPONENTS);
  return soft === undefined || hard === undefined ? undefined : soft - hard;
}

/**
 * The n least-covered components, lowest first; ties in COMPONENT_IDS order; undefined ignored.
 * With `eligible`, only those components count (the round's measures pass the components with at
 * least LOWEST_MIN_RATED_PROMPTS prompts rated and not "not yet").
 */
export function lowestComponents(
  coverage: CoverageByComponent,
  n: number = LOWEST_COMPONENTS_DEFAULT,
  eligible?: (id: ComponentId) => boolean,
): ComponentId[] {
  const withValue: { id: ComponentId; value: number }[] = [];
  for (const id of COMPONENT_IDS) {
    const value = coverage[id];
    if (value !== undefined && (!eligible || eligible(id))) withValue.push({ id, value });
  }
  withValue.sort((x, y) => x.value - y.value || componentOrder(x.id) - componentOrder(y.id));
  return withValue.slice(0, Math.max(0, n)).map((x) => x.id);
}

/** A component can be among "the lowest": not "not yet", and at least LOWEST_MIN_RATED_PROMPTS prompts rated. */
export function isLowestEligible(m: Pick<ComponentMeasures, 'notYet' | 'ratedPrompts'>): boolean {
  return !m.notYet && m.ratedPrompts >= LOWEST_MIN_RATED_PROMPTS;
}

/**
 * All measures for one round. `trackedPairs` are the pairs the programme tracks (e.g. its
 * TensionPair list); duplicates (in either order) and self-pairs are dropped.
 */
export function computeRoundMeasures(round: RoundInput, trackedPairs: readonly PairRef[]): RoundMeasures {
  const idx = indexRound(round);

  const components = {} as Record<ComponentId, ComponentMeasures>;
  const coverage = {} as Record<ComponentId, number | undefined>;
  for (const c of COMPONENT_IDS) {
    const m = componentMeasuresFromIndex(idx, c);
    components[c] = m;
    coverage[c] = m.coverage;
  }

  const trackedKeys = new Set<PairKey>();
  const tracked: PairRef[] = [];
  for (const p of trackedPairs) {
    if (p.a === p.b) continue;
    const key = pairKey(p.a, p.b);
    if (trackedKeys.has(key)) continue;
    trackedKeys.add(key);
    tracked.push({ a: p.a, b: p.b });
  }

  const pairMeasures = (a: ComponentId, b: ComponentId, isTracked: boolean): PairMeasures => {
    const imb = imbalance(coverage[a], coverage[b]);
    return {
      a,
      b,
      key: pairKey(a, b),
      tracked: isTracked,
      ...pairFrictionFromIndex(idx, a, b),
      imbalance: imb,
      imbalanceFlag: isImbalanceFlagged(imb, isTracked),
    };
  };

  const frictionMatrix = new Map<PairKey, PairMeasures>();
  for (const p of ALL_PAIRS) {
    const key = pairKey(p.a, p.b);
    frictionMatrix.set(key, pairMeasures(p.a, p.b, trackedKeys.has(key)));
  }

  return {
    roundId: round.id,
    date: round.date,
    participantsCount: idx.participants.length,
    respondentsCount: idx.respondentsCount,
    components,
    coverage,
    blindSpots: COMPONENT_IDS.filter((c) => components[c].blindSpot),
    notYet: COMPONENT_IDS.filter((c) => components[c].notYet),
    lowest: lowestComponents(coverage, LOWEST_COMPONENTS_DEFAULT, (c) => isLowestEligible(components[c])),
    lowestEligible: COMPONENT_IDS.filter((c) => components[c].coverage !== undefined && isLowestEligible(components[c])).length,
    softHardBalance: softHardBalance(coverage),
    trackedPairs: tracked.map((p) => pairMeasures(p.a, p.b, true)),
    frictionMatrix,
  };
}
