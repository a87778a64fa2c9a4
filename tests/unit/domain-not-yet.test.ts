/**
 * The corrected measures (PRODUCT.md, "Measures"): "not yet" is never weak, and "the two
 * lowest" need at least three rated statements. Every expected value is worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { computeRoundMeasures } from '../../src/domain/round';
import { computeTrends } from '../../src/domain/trends';
import { lookNext } from '../../src/domain/insights';
import type { PromptRef, ResponseValue, RoundInput } from '../../src/domain/types';
import { COMPONENT_IDS, type ComponentId } from '../../src/model/types';

/** One person ("me"), five statements per component, answers given per component as a list. */
function solo(answers: Partial<Record<ComponentId, ResponseValue[]>>, id = 'r1', date = '2026-01-01'): RoundInput {
  const prompts: PromptRef[] = COMPONENT_IDS.flatMap((c) => Array.from({ length: 5 }, (_, i) => ({ id: `${c}.${i + 1}`, componentId: c })));
  return {
    id,
    date,
    participants: [{ id: 'me', role: 'manager' }],
    prompts,
    responses: Object.entries(answers).flatMap(([c, values]) => values!.map((value, i) => ({ participantId: 'me', promptId: `${c}.${i + 1}`, value }))),
    judgements: [],
  };
}

const N = 'not-yet' as const;

describe('"not yet" is never weak', () => {
  it('a component answered "not yet" throughout is "not yet", not a blind spot, not among the lowest', () => {
    const m = computeRoundMeasures(
      solo({ spread: [N, N, N, N, N], leadership: [2, 2, 2, 2, 2], engagement: [3, 3, 3, 3, 3], 'shared-purpose': [5, 5, 5, 5, 5] }),
      [],
    );
    expect(m.components.spread).toMatchObject({ notYet: true, blindSpot: false, coverage: undefined, attention: 1 });
    expect(m.notYet).toEqual(['spread']);
    expect(m.blindSpots).not.toContain('spread');
    // Leadership 25 and engagement 50 are the two lowest of the three rated (shared purpose 100).
    expect(m.lowest).toEqual(['leadership', 'engagement']);
    expect(m.lowestEligible).toBe(3);
  });

  it('four "not yet" and one rated statement is "not yet", and not one of the two lowest', () => {
    // Before the correction this component scored 0 and was named least in place.
    const m = computeRoundMeasures(solo({ spread: [N, N, N, N, 1], leadership: [3, 3, 3, 3, 3], engagement: [4, 4, 4, 4, 4] }), []);
    expect(m.components.spread).toMatchObject({ notYet: true, blindSpot: false, coverage: 0, ratedPrompts: 1 });
    expect(m.lowest).toEqual(['leadership', 'engagement']);
  });

  it('exactly half "not yet" is "not yet"; under half is not', () => {
    const half = computeRoundMeasures(solo({ spread: [N, N, 2, 2] }), []);
    expect(half.components.spread.notYet).toBe(true); // 2 of 4 answers
    const under = computeRoundMeasures(solo({ spread: [N, N, 2, 2, 2] }), []);
    expect(under.components.spread.notYet).toBe(false); // 2 of 5
    // Blanks are not answers: one "not yet" and four blanks is "not yet".
    expect(computeRoundMeasures(solo({ spread: [N] }), []).components.spread.notYet).toBe(true);
    // "Don't know" counts as an answer: one "not yet" and two "don't know" is not.
    expect(computeRoundMeasures(solo({ spread: [N, 'dont-know', 'dont-know'] }), []).components.spread.notYet).toBe(false);
  });

  it('a "not yet" component is never falling back', () => {
    const first = solo({ spread: [5, 5, 5, 5, 5] }, 'r1', '2026-01-01');
    const second = solo({ spread: [N, N, N, 1, 1] }, 'r2', '2026-02-01'); // coverage 0, 100 below its best, but "not yet"
    const third = solo({ spread: [1, 1, 1, 1, 1] }, 'r3', '2026-03-01'); // coverage 0 and rated: falling back
    const trends = computeTrends([first, second, third], []);
    expect(trends[1]!.components.spread.coverage.fallingBack).toBe(false);
    expect(trends[2]!.components.spread.coverage.fallingBack).toBe(true);
  });
});

describe('the two lowest need three rated statements', () => {
  it('chooses only among components with at least three statements rated, and says how many qualify', () => {
    const m = computeRoundMeasures(solo({ spread: [1, 1], leadership: [2, 2, 2], engagement: [5, 5, 5, 5] }), []);
    // Spread (0) has only two rated: left out. Leadership 25 and engagement 100 qualify.
    expect(m.lowest).toEqual(['leadership', 'engagement']);
    expect(m.lowestEligible).toBe(2);
  });

  it('names one, or none, when fewer than two qualify', () => {
    const one = computeRoundMeasures(solo({ spread: [1, 1], leadership: [2, 2, 2] }), []);
    expect(one.lowest).toEqual(['leadership']);
    expect(one.lowestEligible).toBe(1);
    const none = computeRoundMeasures(solo({ spread: [1, 1], leadership: [2, 2] }), []);
    expect(none.lowest).toEqual([]);
    expect(none.lowestEligible).toBe(0);
  });

  it('counts statements rated by anyone in a group round', () => {
    const round: RoundInput = {
      id: 'g',
      date: '2026-01-01',
      participants: [
        { id: 'a', role: 'manager' },
        { id: 'b', role: 'clinician' },
      ],
      prompts: [1, 2, 3].map((i) => ({ id: `spread.${i}`, componentId: 'spread' as const })),
      responses: [
        { participantId: 'a', promptId: 'spread.1', value: 2 },
        { participantId: 'b', promptId: 'spread.2', value: 3 },
        { participantId: 'b', promptId: 'spread.3', value: 1 },
      ],
      judgements: [],
    };
    expect(computeRoundMeasures(round, []).components.spread.ratedPrompts).toBe(3);
  });
});

describe('the neglect warning', () => {
  it('names the four hardest to put into practice when more than 20 points below the round\'s median', () => {
    // Coverages: shared purpose 75, leadership 75, engagement 50 (25 below 75), spread 55 (exactly 20 below), measurement 75,
    // system drivers 75, delivery 75, methodology 75. Median 75.
    const round = solo({
      'shared-purpose': [4, 4, 4],
      leadership: [4, 4, 4],
      engagement: [3, 3, 3],
      spread: [3, 3, 3, 3, 4],
      'transparent-measurement': [4, 4, 4],
      'system-drivers': [4, 4, 4],
      'rigorous-delivery': [4, 4, 4],
      'improvement-methodology': [4, 4, 4],
    });
    const [trend] = computeTrends([round], []);
    const next = lookNext(trend!);
    expect(trend!.measures.coverage.spread).toBe(55); // (4 x 50 + 75) / 5: exactly 20 below, not flagged
    expect(next.neglectedHarder.map((n) => [n.componentId, n.reasons])).toEqual([['engagement', ['below-median']]]);
    expect(next.neglectedHarder[0]!.roundMedian).toBe(75);
  });
});
