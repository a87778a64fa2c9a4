import { describe, expect, it } from 'vitest';
import { NOTES_PER_SLIDE, TENSIONS_PER_SLIDE, buildSteps, pairsFlaggedFirst } from '../../src/features/present/slides';
import type { PresentData } from '../../src/features/present/usePresentData';
import { COMPONENT_IDS } from '../../src/model/types';

// A round's data reduced to what the slide list reads.
function data(overrides: { pairs?: string[]; flagged?: string[]; components?: string[] } = {}): PresentData {
  const pairs = (overrides.pairs ?? []).map((key) => {
    const [a, b] = key.split('|');
    return { key, a, b };
  });
  const flagged = new Set(overrides.flagged ?? []);
  return {
    round: { components: overrides.components ?? ['shared-purpose'], prompts: [] },
    pairs,
    statements: [],
    measures: {
      trackedPairs: pairs.map((p) => ({ key: p.key, frictionFlag: flagged.has(p.key), imbalanceFlag: false })),
      // Nobody answered: no role has enough people for a By role slide.
      components: Object.fromEntries(COMPONENT_IDS.map((id) => [id, { scores: [] }])),
      respondentsCount: 0,
    },
  } as unknown as PresentData;
}

const note = (i: number) => ({ key: `n${i}`, roundId: 'r', roundTitle: '', roundDate: '', statement: '', who: '', note: `note ${i}` });

describe('the presentation’s slides', () => {
  it('puts flagged pairs first, the rest in the round’s order', () => {
    const d = data({ pairs: ['a|b', 'c|d', 'e|f', 'g|h'], flagged: ['e|f', 'c|d'] });
    expect(pairsFlaggedFirst(d)).toEqual(['c|d', 'e|f', 'a|b', 'g|h']);
  });

  it('splits the tensions a few pairs to a slide, each slide saying which part it is', () => {
    const keys = Array.from({ length: TENSIONS_PER_SLIDE * 2 + 1 }, (_, i) => `x${i}|y${i}`);
    const steps = buildSteps(data({ pairs: keys }), () => []);
    const tensions = steps.filter((s) => s.kind === 'tensions');
    expect(tensions.map((s) => (s.kind === 'tensions' ? [s.part, s.parts, s.pairKeys.length] : []))).toEqual([
      [1, 3, TENSIONS_PER_SLIDE],
      [2, 3, TENSIONS_PER_SLIDE],
      [3, 3, 1],
    ]);
  });

  it('gives each component its numbers, what people said (a few notes to a slide) and its questions, in that order', () => {
    const notes = Array.from({ length: NOTES_PER_SLIDE + 1 }, (_, i) => note(i));
    const steps = buildSteps(data(), () => notes);
    expect(steps.map((s) => s.kind)).toEqual(['overview', 'component', 'said', 'said', 'questions', 'tensions']);
    const said = steps.filter((s) => s.kind === 'said');
    expect(said.map((s) => (s.kind === 'said' ? s.items.length : 0))).toEqual([NOTES_PER_SLIDE, 1]);
    // A component with nothing said still gets its slide (saying so), and no pairs still get a tensions slide.
    expect(buildSteps(data(), () => []).map((s) => s.kind)).toEqual(['overview', 'component', 'said', 'questions', 'tensions']);
  });

  it('gives a flagged pair with a map two slides (what each side gives, then leaning too far); an unflagged pair none', () => {
    const steps = buildSteps(data({ pairs: ['transparent-measurement|engagement', 'leadership|spread'], flagged: ['transparent-measurement|engagement'] }), () => []);
    expect(steps.filter((s) => s.kind === 'polarity')).toEqual([
      { kind: 'polarity', key: 'transparent-measurement|engagement', side: 'gives' },
      { kind: 'polarity', key: 'transparent-measurement|engagement', side: 'tooFar' },
    ]);
  });
});
