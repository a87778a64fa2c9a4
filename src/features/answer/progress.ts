import type { CustomPrompt, Response, Round } from '../../db/types';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';

export interface ComponentProgress {
  id: ComponentId;
  /** Statements with any answer (a step, "not yet" or "don't know"). */
  done: number;
  /** Of those, answered "not yet at this stage" (shown apart: "not yet" is not a gap). */
  notYet: number;
  total: number;
}

/** "3 answered, 1 not yet, 1 left": answered, "not yet" and unanswered counts apart (issue 14). */
export function progressWords(p: Pick<ComponentProgress, 'done' | 'notYet' | 'total'>): string {
  const answered = p.done - p.notYet;
  const left = p.total - p.done;
  const parts = [`${answered} answered`];
  if (p.notYet > 0) parts.push(`${p.notYet} not yet`);
  parts.push(left === 0 ? 'none left' : `${left} left`);
  return parts.join(', ');
}

/** The components a round asks about, in the model's order (shared purpose first). */
export function roundComponents(round: Pick<Round, 'prompts'>): ComponentId[] {
  const asked = new Set(round.prompts.map((p) => p.componentId));
  return COMPONENT_IDS.filter((id) => asked.has(id));
}

export function promptsOf(round: Pick<Round, 'prompts'>, componentId: ComponentId): CustomPrompt[] {
  return round.prompts.filter((p) => p.componentId === componentId);
}

/** Answered = any answer given (a step, "not yet" or "don't know"); a note alone is not an answer. */
export function progressByComponent(round: Pick<Round, 'prompts'>, responses: Map<string, Response>): ComponentProgress[] {
  return roundComponents(round).map((id) => {
    const prompts = promptsOf(round, id);
    let done = 0;
    let notYet = 0;
    for (const p of prompts) {
      const value = responses.get(p.id)?.value;
      if (value === null || value === undefined) continue;
      done += 1;
      if (value === 'not-yet') notYet += 1;
    }
    return { id, done, notYet, total: prompts.length };
  });
}

/** The first component with something left to answer, after `from` (wrapping round). */
export function nextUnfinished(progress: ComponentProgress[], from?: ComponentId): ComponentId | undefined {
  const start = from ? progress.findIndex((p) => p.id === from) + 1 : 0;
  for (let i = 0; i < progress.length; i += 1) {
    const item = progress[(start + i) % progress.length]!;
    if (item.done < item.total && item.id !== from) return item.id;
  }
  return undefined;
}
