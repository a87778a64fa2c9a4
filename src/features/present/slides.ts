import { byWhatMatters } from '../../domain/groups';
import { inPlaceByRole } from '../../domain/roles';
import { componentStatements } from '../../domain/statements';
import { defaultPolarity } from '../../model/polarity';
import type { ComponentId } from '../../model/types';
import type { NoteItem } from '../voices/notes';
import type { PresentData } from './usePresentData';

/*
 * The presentation's slides, each made to fit a projector at 1280 x 720 with nothing under 28 px
 * (issue 15): what would run long is split across slides of a few items each, and every slide
 * says which part it is ("2 of 3").
 */

/** Tracked pairs per tensions slide. */
export const TENSIONS_PER_SLIDE = 3;
/** Per "what people said" slide: statements (split or hardest to judge) on one side, notes on the other. */
export const STATEMENTS_PER_SLIDE = 2;
export const NOTES_PER_SLIDE = 3;

export type SaidItem = { type: 'split'; promptId: string } | { type: 'unsure'; promptId: string } | { type: 'note'; key: string };

export type Step =
  | { kind: 'overview' }
  | { kind: 'roles' }
  | { kind: 'component'; componentId: ComponentId }
  | { kind: 'said'; componentId: ComponentId; items: SaidItem[]; part: number; parts: number }
  | { kind: 'questions'; componentId: ComponentId }
  | { kind: 'tensions'; pairKeys: string[]; part: number; parts: number }
  | { kind: 'polarity'; key: string; side: 'gives' | 'tooFar' };

function chunks<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [[]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The tracked pairs in the order that matters in a meeting: flagged ones first (friction or out
 * of balance), then the rest, each group in the round's own order.
 */
export function pairsFlaggedFirst(data: Pick<PresentData, 'pairs' | 'measures'>): string[] {
  const measures = new Map(data.measures.trackedPairs.map((m) => [m.key as string, m]));
  return data.pairs.map((p) => p.key).sort((a, b) => byWhatMatters(measures.get(a) ?? {}, measures.get(b) ?? {}));
}

/** Every slide of a round's presentation, in order. `notes` are each component's notes (names do not matter here). */
export function buildSteps(data: PresentData, notes: (componentId: ComponentId) => NoteItem[]): Step[] {
  const steps: Step[] = [{ kind: 'overview' }];
  // "In place" by role, once at least one role has enough people to show without picking anyone out.
  if (inPlaceByRole(data.measures).roles.length > 0) steps.push({ kind: 'roles' });
  for (const componentId of data.round.components) {
    steps.push({ kind: 'component', componentId });
    const { split, unsure } = componentStatements(data.statements, componentId);
    const statements = chunks(
      [...split.map((v): SaidItem => ({ type: 'split', promptId: v.promptId })), ...unsure.map((v): SaidItem => ({ type: 'unsure', promptId: v.promptId }))],
      STATEMENTS_PER_SLIDE,
    );
    const noted = chunks(
      notes(componentId).map((n): SaidItem => ({ type: 'note', key: n.key })),
      NOTES_PER_SLIDE,
    );
    // Slide i shows the i-th few statements beside the i-th few notes.
    const parts = Math.max(statements.length, noted.length);
    for (let i = 0; i < parts; i++) {
      steps.push({ kind: 'said', componentId, items: [...(statements[i] ?? []), ...(noted[i] ?? [])], part: i + 1, parts });
    }
    steps.push({ kind: 'questions', componentId });
  }
  const ordered = pairsFlaggedFirst(data);
  const pages = chunks(ordered, TENSIONS_PER_SLIDE);
  pages.forEach((pairKeys, i) => steps.push({ kind: 'tensions', pairKeys, part: i + 1, parts: pages.length }));
  // Each flagged pair with a polarity map: what each side gives, then the signs of leaning too far.
  for (const key of ordered) {
    const pair = data.pairs.find((p) => p.key === key)!;
    const m = data.measures.trackedPairs.find((t) => t.key === key);
    if (!(m?.frictionFlag || m?.imbalanceFlag) || defaultPolarity(pair.a, pair.b) === undefined) continue;
    steps.push({ kind: 'polarity', key, side: 'gives' }, { kind: 'polarity', key, side: 'tooFar' });
  }
  return steps;
}
