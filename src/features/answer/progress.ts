import type { CustomPrompt, Response, Round } from '../../db/types';
import { COMPONENT_IDS, type ComponentId } from '../../model/types';

export interface ComponentProgress {
  id: ComponentId;
  done: number;
  total: number;
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
    const done = prompts.filter((p) => {
      const value = responses.get(p.id)?.value;
      return value !== null && value !== undefined;
    }).length;
    return { id, done, total: prompts.length };
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
