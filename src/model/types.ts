/** The Change Model as typed data. Ids are stable forever; labels are a vocabulary. */

export const COMPONENT_IDS = [
  'shared-purpose',
  'leadership',
  'spread',
  'improvement-methodology',
  'rigorous-delivery',
  'transparent-measurement',
  'system-drivers',
  'engagement',
] as const;

export type ComponentId = (typeof COMPONENT_IDS)[number];

/** Built-in vocabularies: the 2013 labels (the seeds' version, default) and NHS England's 2018 refresh. */
export type VocabularyId = '2013' | '2018';

/** Softer/intrinsic vs harder/structural grouping (evaluation §5.3–5.4). */
export type ComponentGroup = 'softer' | 'harder' | 'between';

export interface ModelPrompt {
  /** Stable id, e.g. "shared-purpose.1". Never reuse an id for different wording. */
  id: string;
  componentId: ComponentId;
  /** A statement a team rates: how far is this in place? */
  text: string;
  /** Optional short help: what evidence might look like. */
  help?: string;
}

export interface ChangeComponent {
  id: ComponentId;
  labels: Record<VocabularyId, string>;
  /** One-line gloss of what the component is about. */
  gloss: string;
  /** "What this is about", as short bullets (users asked for bullets, evaluation §5.5). */
  summary: string[];
  /** "Questions to ask yourselves": one or two open questions. */
  questions: string[];
  prompts: ModelPrompt[];
  group: ComponentGroup;
}

export interface TensionPair {
  a: ComponentId;
  b: ComponentId;
  /** The tension in our words: two goods to hold in balance, never a fault. */
  tension: string;
  /** Where in the seeds the tension is described. */
  source: string;
}
