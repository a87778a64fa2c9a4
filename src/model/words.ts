import { componentLabel, getPrompt } from './vocabulary';
import type { ComponentId, VocabularyId } from './types';

/** What a programme says about its words: built-in vocabulary plus its own renames. */
export interface WordsSource {
  vocabulary: VocabularyId;
  componentLabels?: Partial<Record<ComponentId, string>>;
}

/**
 * The programme's own words, used by every screen, chart, export and report.
 * `original*` give the model's wording, for a "what the model calls this" details element.
 */
export interface Words {
  vocabulary: VocabularyId;
  /** The label this programme uses for a component (its rename, else its vocabulary's label). */
  component(id: ComponentId): string;
  /** The model's label in the programme's vocabulary, ignoring renames. */
  originalComponent(id: ComponentId): string;
  isRenamed(id: ComponentId): boolean;
  /** The model's original text of a built-in prompt, if the id is one of ours. */
  originalPrompt(promptId: string): string | undefined;
}

export function programmeWords(source: WordsSource | undefined): Words {
  const vocabulary = source?.vocabulary ?? '2013';
  const overrides = source?.componentLabels ?? {};
  return {
    vocabulary,
    component: (id) => {
      const own = overrides[id]?.trim();
      return own ? own : componentLabel(id, vocabulary);
    },
    originalComponent: (id) => componentLabel(id, vocabulary),
    isRenamed: (id) => !!overrides[id]?.trim() && overrides[id]!.trim() !== componentLabel(id, vocabulary),
    originalPrompt: (promptId) => getPrompt(promptId)?.text,
  };
}
