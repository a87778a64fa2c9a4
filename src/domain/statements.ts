/**
 * Which statement split the room (issue 13): per component, the statements whose levels differ
 * most between people, and those most often answered "don't know". A component's middle view
 * can hide that people agree on four statements and split on the fifth; the group should talk
 * about that statement.
 */
import type { ComponentId } from '../model/types';
import { DIVERGENCE_MIN_PARTICIPANTS, STATEMENT_SPLIT_STEPS, STATEMENTS_SHOWN } from './thresholds';
import type { Level, ResponseInput } from './types';

export interface StatementView {
  promptId: string;
  componentId: ComponentId;
  /** People who gave a level (1-5). */
  rated: number;
  /** Lowest and highest level given; undefined when nobody gave one. */
  low: Level | undefined;
  high: Level | undefined;
  /** high − low, in steps of the scale (0 to 4). */
  spread: number;
  dontKnow: number;
  notYet: number;
}

/** Each prompt's levels and other answers, from the responses of the people listed. */
export function statementViews(
  prompts: readonly { id: string; componentId: ComponentId }[],
  responses: readonly ResponseInput[],
  participantIds?: ReadonlySet<string>,
): StatementView[] {
  const byPrompt = new Map<string, StatementView>(
    prompts.map((p) => [p.id, { promptId: p.id, componentId: p.componentId, rated: 0, low: undefined, high: undefined, spread: 0, dontKnow: 0, notYet: 0 }]),
  );
  for (const r of responses) {
    if (participantIds && !participantIds.has(r.participantId)) continue;
    const view = byPrompt.get(r.promptId);
    if (!view) continue;
    if (r.value === 'dont-know') view.dontKnow += 1;
    else if (r.value === 'not-yet') view.notYet += 1;
    else {
      view.rated += 1;
      view.low = view.low === undefined || r.value < view.low ? r.value : view.low;
      view.high = view.high === undefined || r.value > view.high ? r.value : view.high;
    }
  }
  for (const view of byPrompt.values()) view.spread = view.low === undefined ? 0 : view.high! - view.low;
  return [...byPrompt.values()];
}

export interface ComponentStatements {
  /** Statements at least STATEMENT_SPLIT_STEPS apart, widest first (ties: more people first). */
  split: StatementView[];
  /** Statements with at least one "don't know", most first. */
  unsure: StatementView[];
}

/** The statements of one component worth discussing, at most `limit` of each kind, in prompt order on ties. */
export function componentStatements(views: readonly StatementView[], componentId: ComponentId, limit = STATEMENTS_SHOWN): ComponentStatements {
  const mine = views.filter((v) => v.componentId === componentId);
  const order = new Map(mine.map((v, i) => [v.promptId, i]));
  const split = mine
    .filter((v) => v.rated >= DIVERGENCE_MIN_PARTICIPANTS && v.spread >= STATEMENT_SPLIT_STEPS)
    .sort((a, b) => b.spread - a.spread || b.rated - a.rated || order.get(a.promptId)! - order.get(b.promptId)!)
    .slice(0, limit);
  const unsure = mine
    .filter((v) => v.dontKnow > 0)
    .sort((a, b) => b.dontKnow - a.dontKnow || order.get(a.promptId)! - order.get(b.promptId)!)
    .slice(0, limit);
  return { split, unsure };
}
