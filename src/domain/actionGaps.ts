/**
 * Where the open actions are: the components and tracked pairs with none (issue 16, item 4; the
 * model's own advice is a plan that uses all of its components, and the evaluation found the
 * harder ones neglected: evaluation-2013 §5.4).
 */
import { COMPONENT_IDS, type ComponentId } from '../model/types';

export interface ActionGaps {
  open: number;
  /** Components no open action is about, in model order. */
  components: ComponentId[];
  /** Tracked pairs (keys, in the order given) no open action is about. */
  pairs: string[];
}

export function actionGaps(
  actions: readonly { status: string; componentId: ComponentId | null; pairKey?: string }[],
  trackedPairs: readonly string[],
): ActionGaps {
  const open = actions.filter((a) => a.status === 'open');
  const components = new Set(open.map((a) => a.componentId).filter((c): c is ComponentId => c !== null));
  const pairs = new Set(open.map((a) => a.pairKey).filter((k): k is string => !!k));
  return {
    open: open.length,
    components: COMPONENT_IDS.filter((c) => !components.has(c)),
    pairs: trackedPairs.filter((k) => !pairs.has(k)),
  };
}
