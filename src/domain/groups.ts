/**
 * Component grouping and pair helpers used by the measures.
 * Pair keys come from the model (src/model/tensions.ts pairKey), so that the domain, the
 * database (Programme.trackedPairs, Judgement.pairKey) and the screens share one format:
 * the two ids in COMPONENT_IDS order joined by "|".
 */
import { ALL_PAIRS as MODEL_PAIRS, canonicalPair as modelCanonicalPair, pairKey } from '../model/tensions';
import { COMPONENT_IDS } from '../model/types';
import type { ComponentGroup, ComponentId } from '../model/types';
import type { PairKey, PairRef } from './types';

export { pairKey };

/** Softer / intrinsic components (evaluation §5.3–5.4). Checked against the model's groups in the tests. */
export const SOFTER_COMPONENTS: readonly ComponentId[] = ['shared-purpose', 'leadership', 'engagement'];

/** Harder / structural components (evaluation §5.3–5.4). */
export const HARDER_COMPONENTS: readonly ComponentId[] = [
  'rigorous-delivery',
  'transparent-measurement',
  'system-drivers',
  'spread',
];

/**
 * The four components the 2013 evaluation found hardest to turn into practice (evaluation-2013
 * §5.4): the neglect warning watches these. The soft/hard balance keeps its own grouping above.
 */
export const HARD_TO_PRACTISE: readonly ComponentId[] = ['engagement', 'system-drivers', 'spread', 'transparent-measurement'];

/** Improvement methodology sits between the two groups and belongs to neither. */
export function componentGroup(id: ComponentId): ComponentGroup {
  if (SOFTER_COMPONENTS.includes(id)) return 'softer';
  if (HARDER_COMPONENTS.includes(id)) return 'harder';
  return 'between';
}

const ORDER: ReadonlyMap<ComponentId, number> = new Map(COMPONENT_IDS.map((id, i) => [id, i]));

/** Position of a component in COMPONENT_IDS (used for canonical ordering and tie-breaks). */
export function componentOrder(id: ComponentId): number {
  return ORDER.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/** True for a known component id (guards against foreign data). */
export function isComponentId(x: unknown): x is ComponentId {
  return typeof x === 'string' && ORDER.has(x as ComponentId);
}

/** The pair with its ids in COMPONENT_IDS order. */
export function canonicalPair(a: ComponentId, b: ComponentId): PairRef {
  const [first, second] = modelCanonicalPair(a, b);
  return { a: first, b: second };
}

/**
 * The pair a stored key names ("a|b"), in canonical order; undefined for a malformed key,
 * an unknown component or a component paired with itself (foreign or corrupt data).
 */
export function parsePairKey(key: string): PairRef | undefined {
  // Stored judgements repeat the same 28 keys thousands of times: parse each once.
  const cached = PARSED.get(key);
  if (cached !== undefined || PARSED.has(key)) return cached;
  const parsed = parseUncached(key);
  if (PARSED.size < 1024) PARSED.set(key, parsed);
  return parsed;
}

const PARSED = new Map<string, PairRef | undefined>();

function parseUncached(key: string): PairRef | undefined {
  if (typeof key !== 'string') return undefined;
  const parts = key.split('|');
  if (parts.length !== 2) return undefined;
  const [a, b] = parts;
  if (!isComponentId(a) || !isComponentId(b) || a === b) return undefined;
  return canonicalPair(a, b);
}

/** All 28 unordered pairs of distinct components, in canonical order (the model's list as objects). */
export const ALL_PAIRS: readonly PairRef[] = MODEL_PAIRS.map(([a, b]) => ({ a, b }));

/** Keys of all 28 pairs, in canonical order. */
export const ALL_PAIR_KEYS: readonly PairKey[] = ALL_PAIRS.map((p) => pairKey(p.a, p.b));

/**
 * Pairs in the order that matters in a meeting: flagged ones first (friction or out of balance),
 * then tracked ones, then the rest; a stable sort keeps each group in its own order. Used by the
 * dashboard's pairs table and phone list and by the presentation's tensions.
 */
export function byWhatMatters(x: { frictionFlag?: boolean; imbalanceFlag?: boolean; tracked?: boolean }, y: typeof x): number {
  const flagged = (p: typeof x) => Number(!!(p.frictionFlag || p.imbalanceFlag));
  return flagged(y) - flagged(x) || Number(!!y.tracked) - Number(!!x.tracked);
}
