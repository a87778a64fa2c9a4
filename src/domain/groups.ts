/**
 * Component grouping and pair helpers used by the measures.
 * Defined locally (not imported from src/model/components.ts) so the domain layer only
 * depends on src/model/types.ts.
 */
import { COMPONENT_IDS } from '../model/types';
import type { ComponentGroup, ComponentId } from '../model/types';
import type { PairKey, PairRef } from './types';

/** Softer / intrinsic components (evaluation §5.3–5.4). */
export const SOFTER_COMPONENTS: readonly ComponentId[] = ['shared-purpose', 'leadership', 'engagement'];

/** Harder / structural components (evaluation §5.3–5.4). */
export const HARDER_COMPONENTS: readonly ComponentId[] = [
  'rigorous-delivery',
  'transparent-measurement',
  'system-drivers',
  'spread',
];

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

/**
 * Order-independent key for a pair: the two ids in COMPONENT_IDS order, joined by "|".
 * pairKey(a, b) === pairKey(b, a).
 */
export function pairKey(a: ComponentId, b: ComponentId): PairKey {
  return componentOrder(a) <= componentOrder(b) ? `${a}|${b}` : `${b}|${a}`;
}

/** The pair with its ids in COMPONENT_IDS order. */
export function canonicalPair(a: ComponentId, b: ComponentId): PairRef {
  return componentOrder(a) <= componentOrder(b) ? { a, b } : { a: b, b: a };
}

/** All 28 unordered pairs of distinct components, in canonical order. */
export const ALL_PAIRS: readonly PairRef[] = COMPONENT_IDS.flatMap((a, i) =>
  COMPONENT_IDS.slice(i + 1).map((b) => ({ a, b })),
);
