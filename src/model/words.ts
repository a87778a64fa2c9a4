import { componentLabel, getPrompt } from './vocabulary';
import { polarityFor, type PolarityMap, type PolarityWords } from './polarity';
import { pairKey } from './tensions';
import type { ComponentId, VocabularyId } from './types';

/** What a programme says about its words: built-in vocabulary plus its own renames. */
export interface WordsSource {
  vocabulary: VocabularyId;
  componentLabels?: Partial<Record<ComponentId, string>>;
  /** The programme's own words for the pairs' polarity maps, by pair key (model/polarity.ts). */
  polarityMaps?: Partial<Record<string, PolarityWords>>;
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
  /** A pair's polarity map in the programme's words (undefined for a pair with no default map). */
  polarity(a: ComponentId, b: ComponentId): PolarityMap | undefined;
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
    polarity: (a, b) => polarityFor(a, b, source?.polarityMaps?.[pairKey(a, b)]),
  };
}
