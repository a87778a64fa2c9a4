/**
 * A programme's own prompt set: comparing sets between rounds, checking a set, and mapping a
 * diagnostic's own scale (e.g. 1-6) onto the model's five steps.
 *
 * Pure functions over plain data (no React, no Dexie), so trend charts, the words screen and the
 * import all agree. Teams translate the model for clinicians and other audiences
 * (evaluation-2013 §5.2); when they do, a round asked in new words must never be silently
 * compared with a round asked in the old ones.
 */
import type { Level } from '../domain/types';
import { COMPONENT_IDS, type ComponentId } from './types';

/** A prompt as stored on a programme or frozen on a round. */
export interface PromptLike {
  id: string;
  componentId: ComponentId;
  text: string;
  help?: string;
}

// ---------------------------------------------------------------------------
// Changes between rounds
// ---------------------------------------------------------------------------

export interface RewordedPrompt {
  id: string;
  componentId: ComponentId;
  before: string;
  after: string;
}

export interface PromptSetChange {
  /** The round whose prompts differ from the round before it. */
  roundId: string;
  /** The round it was compared with. */
  previousRoundId: string;
  added: PromptLike[];
  removed: PromptLike[];
  reworded: RewordedPrompt[];
  /** Components whose prompts changed, in model order: mark these lines on a trend chart. */
  components: ComponentId[];
}

/** Text compared for rewording: trimmed, runs of white space as one space. Case and punctuation count. */
export function normalisePromptText(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/**
 * How each round's prompts differ from the round before it, for the rounds where they do.
 *
 * Give the rounds in the order they are compared (date order, baseline first). Only components
 * asked in BOTH rounds are compared: a round that covered a subset of components has not changed
 * the prompts of the components it left out. A prompt keeps its id when reworded, so the same id
 * with different text is "reworded"; a new id is "added"; a missing id is "removed". Help text and
 * order are not counted: they do not change what people were asked to rate.
 */
export function promptSetChanges(
  rounds: readonly { id: string; prompts: readonly PromptLike[] }[],
): PromptSetChange[] {
  const changes: PromptSetChange[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const previous = rounds[i - 1]!;
    const current = rounds[i]!;
    const change = comparePromptSets(previous.prompts, current.prompts);
    if (change.components.length > 0) {
      changes.push({ roundId: current.id, previousRoundId: previous.id, ...change });
    }
  }
  return changes;
}

/** The difference between two prompt sets (see promptSetChanges for the rules). */
export function comparePromptSets(
  before: readonly PromptLike[],
  after: readonly PromptLike[],
): Omit<PromptSetChange, 'roundId' | 'previousRoundId'> {
  const inBefore = new Set(before.map((p) => p.componentId));
  const inAfter = new Set(after.map((p) => p.componentId));
  const shared = (c: ComponentId) => inBefore.has(c) && inAfter.has(c);
  const beforeById = new Map(before.filter((p) => shared(p.componentId)).map((p) => [p.id, p]));
  const afterById = new Map(after.filter((p) => shared(p.componentId)).map((p) => [p.id, p]));

  const added: PromptLike[] = [];
  const removed: PromptLike[] = [];
  const reworded: RewordedPrompt[] = [];
  for (const [id, p] of afterById) {
    const old = beforeById.get(id);
    if (!old || old.componentId !== p.componentId) added.push(p);
    else if (normalisePromptText(old.text) !== normalisePromptText(p.text)) {
      reworded.push({ id, componentId: p.componentId, before: old.text, after: p.text });
    }
  }
  for (const [id, p] of beforeById) {
    const now = afterById.get(id);
    if (!now || now.componentId !== p.componentId) removed.push(p);
  }
  const touched = new Set<ComponentId>([...added, ...removed, ...reworded].map((p) => p.componentId));
  return { added, removed, reworded, components: COMPONENT_IDS.filter((c) => touched.has(c)) };
}

/** A one-line summary such as "2 added, 1 reworded". */
export function describePromptSetChange(change: Pick<PromptSetChange, 'added' | 'removed' | 'reworded'>): string {
  const parts: string[] = [];
  if (change.added.length) parts.push(`${change.added.length} added`);
  if (change.removed.length) parts.push(`${change.removed.length} removed`);
  if (change.reworded.length) parts.push(`${change.reworded.length} reworded`);
  return parts.length ? parts.join(', ') : 'no change';
}

// ---------------------------------------------------------------------------
// Checking a prompt set
// ---------------------------------------------------------------------------

export const PROMPT_TEXT_MAX = 400;
export const PROMPT_HELP_MAX = 1000;
export const PROMPTS_PER_COMPONENT_MAX = 30;

export interface PromptSetProblem {
  /** Index in the given array, or undefined for a problem with the whole set. */
  index?: number;
  componentId?: ComponentId;
  field: 'text' | 'help' | 'componentId' | 'id' | 'set';
  message: string;
}

export function isComponentId(value: unknown): value is ComponentId {
  return typeof value === 'string' && (COMPONENT_IDS as readonly string[]).includes(value);
}

/**
 * Everything wrong with a prompt set, in order; empty when it can be saved. Rules: every one of the
 * eight components keeps at least one prompt (so shared purpose is always present), texts are
 * not blank and not too long, ids are unique, and one component does not ask the same thing twice.
 */
export function checkPromptSet(prompts: readonly PromptLike[], componentName: (id: ComponentId) => string): PromptSetProblem[] {
  const problems: PromptSetProblem[] = [];
  const ids = new Set<string>();
  const texts = new Set<string>();
  prompts.forEach((p, index) => {
    if (!isComponentId(p.componentId)) {
      problems.push({ index, field: 'componentId', message: `Statement ${index + 1} belongs to an unknown component` });
      return;
    }
    const name = componentName(p.componentId);
    if (!p.id || ids.has(p.id)) problems.push({ index, componentId: p.componentId, field: 'id', message: `Statement ${index + 1} has a missing or repeated id` });
    ids.add(p.id);
    const text = normalisePromptText(p.text ?? '');
    if (!text) problems.push({ index, componentId: p.componentId, field: 'text', message: `Enter the statement, or remove it (${name})` });
    else if (text.length > PROMPT_TEXT_MAX) problems.push({ index, componentId: p.componentId, field: 'text', message: `Statements must be ${PROMPT_TEXT_MAX} characters or fewer (${name})` });
    else {
      const key = `${p.componentId}\n${text.toLowerCase()}`;
      if (texts.has(key)) problems.push({ index, componentId: p.componentId, field: 'text', message: `“${name}” asks the same statement twice: “${text}”` });
      texts.add(key);
    }
    if ((p.help ?? '').trim().length > PROMPT_HELP_MAX) problems.push({ index, componentId: p.componentId, field: 'help', message: `Help text must be ${PROMPT_HELP_MAX} characters or fewer (${name})` });
  });
  for (const c of COMPONENT_IDS) {
    const count = prompts.filter((p) => p.componentId === c).length;
    if (count === 0) {
      problems.push({
        componentId: c,
        field: 'set',
        message:
          c === 'shared-purpose'
            ? `“${componentName(c)}” is the centre of the model and needs at least one statement`
            : `“${componentName(c)}” needs at least one statement`,
      });
    } else if (count > PROMPTS_PER_COMPONENT_MAX) {
      problems.push({ componentId: c, field: 'set', message: `“${componentName(c)}” can have at most ${PROMPTS_PER_COMPONENT_MAX} statements` });
    }
  }
  return problems;
}

/** Prompts in model component order, keeping the order within each component. */
export function sortByComponent<P extends PromptLike>(prompts: readonly P[]): P[] {
  return COMPONENT_IDS.flatMap((c) => prompts.filter((p) => p.componentId === c));
}

/** A fresh id for a prompt a programme writes itself; never the same as a model prompt's id. */
export function newPromptId(componentId: ComponentId, taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = `${componentId}.own-${crypto.randomUUID().slice(0, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/** Whether two sets ask the same statements in the same order (ids and text; help ignored). */
export function samePromptSet(a: readonly PromptLike[], b: readonly PromptLike[]): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => p.id === b[i]!.id && p.componentId === b[i]!.componentId && normalisePromptText(p.text) === normalisePromptText(b[i]!.text))
  );
}

// ---------------------------------------------------------------------------
// Scale mapping: another diagnostic's scores onto our five steps
// ---------------------------------------------------------------------------

/**
 * How a diagnostic scored on another scale maps onto the model's five steps
 * (1 not in place ... 5 embedded). Every whole score from `min` to `max` has a step, and a
 * higher score never maps to a lower step.
 */
export interface ScaleMapping {
  /** What the scale is called, e.g. "Trust diagnostic, 1 to 6". */
  label: string;
  min: number;
  max: number;
  /** One entry per whole score min..max, in order. */
  steps: { score: number; level: Level }[];
}

export const SCALE_SCORE_MIN = 0;
export const SCALE_SCORE_MAX = 100;
export const SCALE_SIZE_MAX = 21;

/**
 * The suggested mapping: scores spread evenly over the five steps, the ends anchored
 * (lowest score = "not in place", highest = "embedded"), each score to the nearest step:
 * level = 1 + round(4 × (score − min) / (max − min)). For 1 to 6 that gives
 * 1→1, 2→2, 3→3, 4→3, 5→4, 6→5: the two middle scores share "in place in parts".
 * Monotone by construction. A scale of 1 to 5 maps to itself.
 */
export function suggestedScaleMapping(min: number, max: number, label = `Scores from ${min} to ${max}`): ScaleMapping {
  const steps: ScaleMapping['steps'] = [];
  for (let score = min; score <= max; score++) {
    const level = (1 + Math.round((4 * (score - min)) / (max - min))) as Level;
    steps.push({ score, level });
  }
  return { label, min, max, steps };
}

/** Problems with a mapping, as sentences a person can act on; empty when it is sound. */
export function checkScaleMapping(mapping: ScaleMapping): string[] {
  const problems: string[] = [];
  const { min, max } = mapping;
  if (!Number.isInteger(min) || !Number.isInteger(max)) return ['The lowest and highest scores must be whole numbers'];
  if (min < SCALE_SCORE_MIN || max > SCALE_SCORE_MAX) return [`Scores must be between ${SCALE_SCORE_MIN} and ${SCALE_SCORE_MAX}`];
  if (max <= min) return ['The highest score must be more than the lowest score'];
  if (max - min + 1 > SCALE_SIZE_MAX) return [`A scale can have at most ${SCALE_SIZE_MAX} scores (this one has ${max - min + 1})`];
  if (!mapping.label.trim()) problems.push('Give the scale a name, for example “Trust diagnostic, 1 to 6”');
  if (mapping.label.trim().length > 120) problems.push('The name of the scale must be 120 characters or fewer');
  const expected = max - min + 1;
  if (mapping.steps.length !== expected) {
    problems.push(`Give a step for every score from ${min} to ${max}`);
    return problems;
  }
  let previous = 0;
  mapping.steps.forEach((s, i) => {
    if (s.score !== min + i) problems.push(`Scores must run from ${min} to ${max} in order`);
    else if (!Number.isInteger(s.level) || s.level < 1 || s.level > 5) problems.push(`Score ${s.score} must map to a step from 1 to 5`);
    else if (s.level < previous) problems.push(`Score ${s.score} maps to a lower step than score ${s.score - 1}: a higher score can never mean less in place`);
    previous = Math.max(previous, s.level);
  });
  return problems;
}

/** True when a stored value (perhaps from a restored file) is a sound mapping; anything else is ignored. */
export function isSoundScaleMapping(value: unknown): value is ScaleMapping {
  if (!value || typeof value !== 'object') return false;
  const m = value as Partial<ScaleMapping>;
  if (typeof m.label !== 'string' || typeof m.min !== 'number' || typeof m.max !== 'number' || !Array.isArray(m.steps)) return false;
  if (!m.steps.every((s) => s && typeof s === 'object' && typeof s.score === 'number' && typeof s.level === 'number')) return false;
  return checkScaleMapping(m as ScaleMapping).length === 0;
}

/** The step a score maps to, or undefined when the score is not a whole number on the scale. */
export function mapScore(mapping: ScaleMapping, score: number): Level | undefined {
  if (!Number.isInteger(score) || score < mapping.min || score > mapping.max) return undefined;
  return mapping.steps[score - mapping.min]?.level;
}

/** Whether a mapping is the identity on 1..5 (our own scale: nothing to map). */
export function isOwnScale(mapping: ScaleMapping): boolean {
  return mapping.min === 1 && mapping.max === 5 && mapping.steps.every((s) => s.level === s.score);
}
