import { describe, expect, it } from 'vitest';
import type { ComponentId } from '../../src/model/types';
import {
  ALL_PAIRS,
  ATTENTION_BLIND_SPOT,
  DIVERGENCE_FLAG,
  FALLING_BACK_DROP,
  FRICTION_FLAG,
  HARDER_COMPONENTS,
  IMBALANCE_FLAG,
  SOFTER_COMPONENTS,
  blindSpots,
  componentAttention,
  componentCoverage,
  componentDivergence,
  componentGroup,
  componentMeasures,
  computeRoundMeasures,
  imbalance,
  isBlindSpot,
  isDivergent,
  isFrictionFlagged,
  isImbalanceFlagged,
  lowestComponents,
  median,
  notYetComponents,
  notYetPrompts,
  pairFriction,
  pairKey,
  participantComponentScore,
  participantScores,
  reportedFriction,
  roundForDisplay,
  softHardBalance,
} from '../../src/domain';
import type { JudgementValue, PairRef, PromptRef, ResponseValue, RoundInput } from '../../src/domain';

/* ---------- helpers: build plain rounds by hand ---------- */

type Answers = Record<string, Record<string, ResponseValue>>;
type J = [participantId: string, a: ComponentId, b: ComponentId, value: JudgementValue];

/** n prompts for a component, ids "<component>.1" ... */
function prompts(componentId: ComponentId, n: number): PromptRef[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${componentId}.${i + 1}`, componentId }));
}

function makeRound(opts: {
  prompts: PromptRef[];
  answers?: Answers;
  participants?: string[];
  judgements?: J[];
  id?: string;
  date?: string;
}): RoundInput {
  const answers = opts.answers ?? {};
  const ids = opts.participants ?? Object.keys(answers);
  return {
    id: opts.id ?? 'r1',
    date: opts.date ?? '2024-01-01',
    participants: ids.map((id) => ({ id, role: id.startsWith('c') ? 'clinician' : 'manager' })),
    prompts: opts.prompts,
    responses: Object.entries(answers).flatMap(([participantId, byPrompt]) =>
      Object.entries(byPrompt).map(([promptId, value]) => ({ participantId, promptId, value })),
    ),
    judgements: (opts.judgements ?? []).map(([participantId, a, b, value]) => ({ participantId, a, b, value })),
  };
}

const SP = 'shared-purpose';
const TM = 'transparent-measurement';
const EN = 'engagement';

/* ---------- thresholds and grouping ---------- */

describe('thresholds', () => {
  it('has the default values from the product brief', () => {
    expect(DIVERGENCE_FLAG).toBe(40);
    expect(ATTENTION_BLIND_SPOT).toBe(0.5);
    expect(FRICTION_FLAG).toBe(2);
    expect(IMBALANCE_FLAG).toBe(30);
    expect(FALLING_BACK_DROP).toBe(15);
  });

  it('groups softer and harder components, improvement methodology in neither', () => {
    expect([...SOFTER_COMPONENTS].sort()).toEqual(['engagement', 'leadership', 'shared-purpose']);
    expect([...HARDER_COMPONENTS].sort()).toEqual([
      'rigorous-delivery',
      'spread',
      'system-drivers',
      'transparent-measurement',
    ]);
    expect(componentGroup('improvement-methodology')).toBe('between');
    expect(componentGroup('leadership')).toBe('softer');
    expect(componentGroup('spread')).toBe('harder');
  });

  it('lists all 28 pairs once, with order-independent keys', () => {
    expect(ALL_PAIRS).toHaveLength(28);
    expect(new Set(ALL_PAIRS.map((p) => pairKey(p.a, p.b))).size).toBe(28);
    expect(pairKey(EN, TM)).toBe(pairKey(TM, EN));
    expect(pairKey(EN, SP)).toBe('shared-purpose|engagement');
  });
});

/* ---------- participant scores ---------- */

describe('participantComponentScore', () => {
  const ps = [...prompts(SP, 3), ...prompts(TM, 1)];

  it('averages (level − 1) / 4 × 100 over prompts with a level: 3 and 4 → 62.5', () => {
    const r = makeRound({ prompts: ps, answers: { a: { 'shared-purpose.1': 3, 'shared-purpose.2': 4 } } });
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBe(62.5);
  });

  it('maps level 1 to 0 and level 5 to 100', () => {
    const r = makeRound({ prompts: ps, answers: { a: { 'shared-purpose.1': 1 }, b: { 'shared-purpose.1': 5 } } });
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBe(0);
    expect(participantComponentScore(r.responses, r.prompts, 'b', SP)).toBe(100);
  });

  it('ignores "not yet" and "don\'t know" in the mean', () => {
    const r = makeRound({
      prompts: ps,
      answers: { a: { 'shared-purpose.1': 2, 'shared-purpose.2': 'not-yet', 'shared-purpose.3': 'dont-know' } },
    });
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBe(25);
  });

  it('is undefined where no prompt has a level', () => {
    const r = makeRound({
      prompts: ps,
      answers: { a: { 'shared-purpose.1': 'not-yet', 'shared-purpose.2': 'dont-know' } },
    });
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBeUndefined();
    expect(participantComponentScore(r.responses, r.prompts, 'nobody', SP)).toBeUndefined();
  });

  it("ignores other participants' answers and other components' prompts", () => {
    const r = makeRound({
      prompts: ps,
      answers: { a: { 'shared-purpose.1': 5, 'transparent-measurement.1': 1 }, b: { 'shared-purpose.1': 1 } },
    });
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBe(100);
    expect(participantComponentScore(r.responses, r.prompts, 'a', TM)).toBe(0);
  });

  it('uses the last answer when a prompt was answered twice', () => {
    const r = makeRound({ prompts: ps });
    r.responses = [
      { participantId: 'a', promptId: 'shared-purpose.1', value: 5 },
      { participantId: 'a', promptId: 'shared-purpose.1', value: 2 },
    ];
    expect(participantComponentScore(r.responses, r.prompts, 'a', SP)).toBe(25);
  });
});

describe('participantScores', () => {
  it('gives every participant a score per component, undefined where unscored', () => {
    const r = makeRound({
      prompts: [...prompts(SP, 2), ...prompts(TM, 1)],
      answers: { a: { 'shared-purpose.1': 3, 'shared-purpose.2': 4, 'transparent-measurement.1': 'not-yet' }, b: {} },
      participants: ['a', 'b'],
    });
    const scores = participantScores(r);
    expect([...scores.keys()]).toEqual(['a', 'b']);
    expect(scores.get('a')?.[SP]).toBe(62.5);
    expect(scores.get('a')?.[TM]).toBeUndefined();
    expect(scores.get('a')?.leadership).toBeUndefined();
    expect(scores.get('b')?.[SP]).toBeUndefined();
  });
});

/* ---------- component measures ---------- */

describe('component measures for a round', () => {
  it('with no answers: no coverage, attention 0, a blind spot', () => {
    const r = makeRound({ prompts: prompts(SP, 2), participants: ['a', 'b'] });
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBeUndefined();
    expect(m.attention).toBe(0);
    expect(m.divergence).toBeUndefined();
    expect(m.divergent).toBe(false);
    expect(m.blindSpot).toBe(true);
    expect(m.blankCount).toBe(4);
    expect(m.scores).toEqual([
      { participantId: 'a', role: 'manager', score: undefined },
      { participantId: 'b', role: 'manager', score: undefined },
    ]);
  });

  it('with one participant: coverage is their score, no divergence', () => {
    const r = makeRound({ prompts: prompts(SP, 2), answers: { a: { 'shared-purpose.1': 3, 'shared-purpose.2': 4 } } });
    expect(componentCoverage(r, SP)).toBe(62.5);
    expect(componentAttention(r, SP)).toBe(1);
    expect(componentDivergence(r, SP)).toBeUndefined();
    expect(componentMeasures(r, SP).blindSpot).toBe(false);
  });

  it('with all "don\'t know": no coverage, attention 0, counted', () => {
    const r = makeRound({
      prompts: prompts(SP, 2),
      answers: {
        a: { 'shared-purpose.1': 'dont-know', 'shared-purpose.2': 'dont-know' },
        b: { 'shared-purpose.1': 'dont-know', 'shared-purpose.2': 'dont-know' },
      },
    });
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBeUndefined();
    expect(m.attention).toBe(0);
    expect(m.dontKnowCount).toBe(4);
    expect(m.notYetCount).toBe(0);
    expect(m.blindSpot).toBe(true);
  });

  it('with all "not yet": attended, no coverage, and "not yet", never a blind spot (PRODUCT.md, corrected)', () => {
    const r = makeRound({
      prompts: prompts(SP, 2),
      answers: {
        a: { 'shared-purpose.1': 'not-yet', 'shared-purpose.2': 'not-yet' },
        b: { 'shared-purpose.1': 'not-yet' },
      },
    });
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBeUndefined();
    expect(m.attention).toBe(0.75);
    expect(m.notYetCount).toBe(3);
    expect(m.blankCount).toBe(1);
    expect(m.notYet).toBe(true);
    expect(m.blindSpot).toBe(false);
    expect(m.notYetPrompts).toEqual([
      { promptId: 'shared-purpose.1', count: 2 },
      { promptId: 'shared-purpose.2', count: 1 },
    ]);
  });

  it('with mixed answers: hand-worked coverage, attention and divergence', () => {
    // a: levels 2, 4 → (25 + 75) / 2 = 50
    // b: level 5, not yet → 100
    // c: don't know, blank → no score
    // coverage = median(50, 100) = 75; attention = (2 + 2 + 0) / 6; divergence = 100 − 50 = 50
    const r = makeRound({
      prompts: prompts(SP, 2),
      answers: {
        a: { 'shared-purpose.1': 2, 'shared-purpose.2': 4 },
        b: { 'shared-purpose.1': 5, 'shared-purpose.2': 'not-yet' },
        c: { 'shared-purpose.1': 'dont-know' },
      },
    });
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBe(75);
    expect(m.attention).toBeCloseTo(4 / 6, 12);
    expect(m.divergence).toBe(50);
    expect(m.divergent).toBe(true);
    expect(m.scoredCount).toBe(2);
    expect(m.levelCount).toBe(3);
    expect(m.notYetCount).toBe(1);
    expect(m.dontKnowCount).toBe(1);
    expect(m.blankCount).toBe(1);
    expect(m.scores.map((s) => s.score)).toEqual([50, 100, undefined]);
    expect(m.scores[2]?.role).toBe('clinician');
  });

  it('takes the middle score for an odd count', () => {
    // levels 1, 2, 5 → 0, 25, 100 → median 25 (the mean would be 41.67)
    const r = makeRound({
      prompts: prompts(SP, 1),
      answers: { a: { 'shared-purpose.1': 1 }, b: { 'shared-purpose.1': 5 }, c: { 'shared-purpose.1': 2 } },
    });
    expect(componentCoverage(r, SP)).toBe(25);
  });

  it('takes the mean of the two middle scores for an even count', () => {
    // levels 1, 2, 4, 5 → 0, 25, 75, 100 → (25 + 75) / 2 = 50
    const r4 = makeRound({
      prompts: prompts(SP, 1),
      answers: {
        a: { 'shared-purpose.1': 5 },
        b: { 'shared-purpose.1': 1 },
        c: { 'shared-purpose.1': 4 },
        d: { 'shared-purpose.1': 2 },
      },
    });
    expect(componentCoverage(r4, SP)).toBe(50);
    // levels 2, 3 → 25, 50 → 37.5
    const r2 = makeRound({ prompts: prompts(SP, 1), answers: { a: { 'shared-purpose.1': 2 }, b: { 'shared-purpose.1': 3 } } });
    expect(componentCoverage(r2, SP)).toBe(37.5);
  });

  it('median helper: empty, odd, even, unsorted', () => {
    expect(median([])).toBeUndefined();
    expect(median([7])).toBe(7);
    expect(median([10, 0, 4])).toBe(4);
    expect(median([10, 0, 4, 6])).toBe(5);
  });

  it('flags divergence of exactly 40', () => {
    // a: levels 3, 3, 3, 3, 1 → (50 × 4 + 0) / 5 = 40; b: all level 1 → 0; divergence 40
    const r = makeRound({
      prompts: prompts(SP, 5),
      answers: {
        a: { 'shared-purpose.1': 3, 'shared-purpose.2': 3, 'shared-purpose.3': 3, 'shared-purpose.4': 3, 'shared-purpose.5': 1 },
        b: { 'shared-purpose.1': 1, 'shared-purpose.2': 1, 'shared-purpose.3': 1, 'shared-purpose.4': 1, 'shared-purpose.5': 1 },
      },
    });
    const m = componentMeasures(r, SP);
    expect(m.divergence).toBe(40);
    expect(m.divergent).toBe(true);
  });

  it('does not flag divergence just below 40', () => {
    expect(isDivergent(39.9)).toBe(false);
    expect(isDivergent(40)).toBe(true);
    expect(isDivergent(undefined)).toBe(false);
    // a: levels 2, 3 → 37.5; b: level 1 → 0; divergence 37.5
    const r = makeRound({
      prompts: prompts(SP, 2),
      answers: { a: { 'shared-purpose.1': 2, 'shared-purpose.2': 3 }, b: { 'shared-purpose.1': 1 } },
    });
    const m = componentMeasures(r, SP);
    expect(m.divergence).toBe(37.5);
    expect(m.divergent).toBe(false);
  });

  it('attention of exactly 0.5 is not a blind spot', () => {
    // 2 participants × 2 prompts; a answers both with levels, b both "don't know" → 2 / 4
    const r = makeRound({
      prompts: prompts(SP, 2),
      answers: {
        a: { 'shared-purpose.1': 3, 'shared-purpose.2': 3 },
        b: { 'shared-purpose.1': 'dont-know', 'shared-purpose.2': 'dont-know' },
      },
    });
    const m = componentMeasures(r, SP);
    expect(m.attention).toBe(0.5);
    expect(m.coverage).toBe(50);
    expect(m.blindSpot).toBe(false);
  });

  it('attention below 0.5 is a blind spot even with coverage', () => {
    // 3 participants × 1 prompt: a level 4, b don't know, c blank → 1 / 3
    const r = makeRound({
      prompts: prompts(SP, 1),
      answers: { a: { 'shared-purpose.1': 4 }, b: { 'shared-purpose.1': 'dont-know' } },
      participants: ['a', 'b', 'c'],
    });
    const m = componentMeasures(r, SP);
    expect(m.attention).toBeCloseTo(1 / 3, 12);
    expect(m.coverage).toBe(75);
    expect(m.blindSpot).toBe(true);
    expect(isBlindSpot(75, 0.49)).toBe(true);
    expect(isBlindSpot(75, 0.5)).toBe(false);
    expect(isBlindSpot(undefined, 1)).toBe(true);
  });

  it('"not yet" counts as attended', () => {
    // a level 2, b not yet → attention 2/2 = 1, coverage 25
    const r = makeRound({
      prompts: prompts(SP, 1),
      answers: { a: { 'shared-purpose.1': 2 }, b: { 'shared-purpose.1': 'not-yet' } },
    });
    expect(componentAttention(r, SP)).toBe(1);
    expect(componentCoverage(r, SP)).toBe(25);
  });

  it('a component with no prompts in the round: no coverage, attention 0, a blind spot', () => {
    const r = makeRound({ prompts: prompts(SP, 1), answers: { a: { 'shared-purpose.1': 5 } } });
    const m = componentMeasures(r, 'spread');
    expect(m.promptCount).toBe(0);
    expect(m.coverage).toBeUndefined();
    expect(m.attention).toBe(0);
    expect(m.blindSpot).toBe(true);
    expect(m.blankCount).toBe(0);
    expect(componentCoverage(r, SP)).toBe(100);
    expect(blindSpots(r)).toEqual([
      'leadership',
      'spread',
      'improvement-methodology',
      'rigorous-delivery',
      'transparent-measurement',
      'system-drivers',
      'engagement',
    ]);
  });

  it('a round with no participants: attention 0', () => {
    const r = makeRound({ prompts: prompts(SP, 3), participants: [] });
    expect(componentAttention(r, SP)).toBe(0);
    expect(componentCoverage(r, SP)).toBeUndefined();
  });

  it('ignores answers from people not in the round and to prompts not in the round', () => {
    const r = makeRound({ prompts: prompts(SP, 1), answers: { a: { 'shared-purpose.1': 1 } } });
    r.responses.push({ participantId: 'ghost', promptId: 'shared-purpose.1', value: 5 });
    r.responses.push({ participantId: 'a', promptId: 'shared-purpose.9', value: 5 });
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBe(0);
    expect(m.attention).toBe(1);
    expect(m.scores).toHaveLength(1);
  });
});

describe('repeated answers in a round', () => {
  it('uses the last answer to a prompt for coverage and attention', () => {
    const r = makeRound({ prompts: prompts(SP, 1), participants: ['a'] });
    r.responses = [
      { participantId: 'a', promptId: 'shared-purpose.1', value: 5 },
      { participantId: 'a', promptId: 'shared-purpose.1', value: 'dont-know' },
      { participantId: 'a', promptId: 'shared-purpose.1', value: 2 },
    ];
    const m = componentMeasures(r, SP);
    expect(m.coverage).toBe(25);
    expect(m.dontKnowCount).toBe(0);
    expect(m.attention).toBe(1);
  });
});

describe('not yet summary', () => {
  it('lists the prompts answered "not yet" per component and the components concerned', () => {
    const r = makeRound({
      prompts: [...prompts(SP, 2), ...prompts('spread', 2)],
      answers: {
        a: { 'spread.2': 'not-yet', 'spread.1': 3, 'shared-purpose.1': 4 },
        b: { 'spread.2': 'not-yet', 'shared-purpose.2': 'dont-know' },
      },
    });
    expect(notYetComponents(r)).toEqual(['spread']);
    const byComponent = notYetPrompts(r);
    expect(byComponent.spread).toEqual([{ promptId: 'spread.2', count: 2 }]);
    expect(byComponent[SP]).toEqual([]);
  });
});

/* ---------- pairs ---------- */

describe('reported friction', () => {
  it('is flagged at exactly 2.0 (judgements 1 and 3)', () => {
    const r = makeRound({
      prompts: [],
      participants: ['a', 'b'],
      judgements: [
        ['a', EN, TM, 1],
        ['b', EN, TM, 3],
      ],
    });
    const f = pairFriction(r, EN, TM);
    expect(f.friction).toBe(2);
    expect(f.frictionFlag).toBe(true);
    expect(f.judgedBy).toBe(2);
    expect(f.reportingFriction).toBe(1);
  });

  it('is not flagged at 1.5 (judgements 1 and 2)', () => {
    const r = makeRound({
      prompts: [],
      participants: ['a', 'b', 'c'],
      judgements: [
        ['a', EN, TM, 1],
        ['b', EN, TM, 2],
      ],
    });
    const f = pairFriction(r, EN, TM);
    expect(f.friction).toBe(1.5);
    expect(f.frictionFlag).toBe(false);
    expect(f.judgedBy).toBe(2);
    expect(f.reportingFriction).toBe(1);
    expect(isFrictionFlagged(1.99)).toBe(false);
    expect(isFrictionFlagged(2)).toBe(true);
  });

  it('does not depend on the order the pair was stored or asked in', () => {
    // a judged (engagement, transparent-measurement) = 3; b judged (transparent-measurement, engagement) = 0
    const r = makeRound({
      prompts: [],
      participants: ['a', 'b'],
      judgements: [
        ['a', EN, TM, 3],
        ['b', TM, EN, 0],
      ],
    });
    expect(reportedFriction(r, EN, TM)).toBe(1.5);
    expect(reportedFriction(r, TM, EN)).toBe(1.5);
    expect(pairFriction(r, TM, EN).judgedBy).toBe(2);
  });

  it("counts a participant's repeated judgement of a pair once, the last one", () => {
    const r = makeRound({
      prompts: [],
      participants: ['a'],
      judgements: [
        ['a', EN, TM, 0],
        ['a', TM, EN, 3],
      ],
    });
    expect(pairFriction(r, EN, TM)).toEqual({ friction: 3, frictionFlag: true, judgedBy: 1, reportingFriction: 1 });
  });

  it('is undefined in a round with no judgements', () => {
    const r = makeRound({ prompts: prompts(SP, 1), answers: { a: { 'shared-purpose.1': 3 } } });
    expect(reportedFriction(r, EN, TM)).toBeUndefined();
    expect(pairFriction(r, EN, TM)).toEqual({ friction: undefined, frictionFlag: false, judgedBy: 0, reportingFriction: 0 });
    const m = computeRoundMeasures(r, [{ a: EN, b: TM }]);
    expect(m.frictionMatrix.size).toBe(28);
    expect([...m.frictionMatrix.values()].every((p) => p.friction === undefined && p.judgedBy === 0)).toBe(true);
    expect(m.trackedPairs[0]?.friction).toBeUndefined();
  });
});

describe('imbalance', () => {
  it('is |A − B| and flagged at exactly 30 on a tracked pair only', () => {
    expect(imbalance(75, 45)).toBe(30);
    expect(imbalance(45, 75)).toBe(30);
    expect(isImbalanceFlagged(30, true)).toBe(true);
    expect(isImbalanceFlagged(30, false)).toBe(false);
    expect(isImbalanceFlagged(29.9, true)).toBe(false);
  });

  it('is undefined if either coverage is undefined', () => {
    expect(imbalance(undefined, 50)).toBeUndefined();
    expect(imbalance(50, undefined)).toBeUndefined();
    expect(isImbalanceFlagged(undefined, true)).toBe(false);
  });

  it('is computed from coverage in a round and flagged on the tracked pair', () => {
    // engagement: level 4 → 75
    // transparent measurement: levels 3, 3, 3, 3, 2 → (50 × 4 + 25) / 5 = 45
    // shared purpose: level 4 → 75 (untracked pair with TM: also 30 apart, not flagged)
    const r = makeRound({
      prompts: [...prompts(EN, 1), ...prompts(TM, 5), ...prompts(SP, 1)],
      answers: {
        a: {
          'engagement.1': 4,
          'shared-purpose.1': 4,
          'transparent-measurement.1': 3,
          'transparent-measurement.2': 3,
          'transparent-measurement.3': 3,
          'transparent-measurement.4': 3,
          'transparent-measurement.5': 2,
        },
      },
    });
    const m = computeRoundMeasures(r, [{ a: EN, b: TM }]);
    expect(m.coverage[TM]).toBe(45);
    expect(m.trackedPairs).toHaveLength(1);
    expect(m.trackedPairs[0]).toMatchObject({ a: EN, b: TM, imbalance: 30, imbalanceFlag: true, tracked: true });
    expect(m.frictionMatrix.get(pairKey(SP, TM))).toMatchObject({ imbalance: 30, imbalanceFlag: false, tracked: false });
    expect(m.frictionMatrix.get(pairKey(TM, EN))?.imbalanceFlag).toBe(true);
  });
});

/* ---------- balance and lowest ---------- */

describe('softHardBalance', () => {
  it('is mean softer coverage minus mean harder coverage, over components with coverage', () => {
    // softer: (80 + 60) / 2 = 70 (engagement has none); harder: (40 + 20 + 30) / 3 = 30;
    // improvement methodology (100) is in neither group → 70 − 30 = 40
    expect(
      softHardBalance({
        'shared-purpose': 80,
        leadership: 60,
        engagement: undefined,
        'rigorous-delivery': 40,
        'transparent-measurement': 20,
        spread: 30,
        'improvement-methodology': 100,
      }),
    ).toBe(40);
  });

  it('is negative when the harder side is better covered', () => {
    expect(softHardBalance({ leadership: 25, 'system-drivers': 75, spread: 50 })).toBe(-37.5);
  });

  it('is undefined when either group has no coverage', () => {
    expect(softHardBalance({ 'shared-purpose': 50, 'improvement-methodology': 50 })).toBeUndefined();
    expect(softHardBalance({ spread: 50, engagement: undefined })).toBeUndefined();
    expect(softHardBalance({})).toBeUndefined();
  });
});

describe('lowestComponents', () => {
  it('returns the n lowest, ignoring undefined, ties in component order', () => {
    const coverage = {
      'shared-purpose': 50,
      leadership: 20,
      spread: undefined,
      'improvement-methodology': 20,
      'rigorous-delivery': 10,
      engagement: 20,
    };
    expect(lowestComponents(coverage)).toEqual(['rigorous-delivery', 'leadership']);
    expect(lowestComponents(coverage, 3)).toEqual(['rigorous-delivery', 'leadership', 'improvement-methodology']);
    expect(lowestComponents({ engagement: 0 }, 2)).toEqual(['engagement']);
    expect(lowestComponents({}, 2)).toEqual([]);
  });
});

/* ---------- whole round ---------- */

describe('computeRoundMeasures', () => {
  it('brings the measures together for a round', () => {
    const r = makeRound({
      prompts: [...prompts(SP, 2), ...prompts('rigorous-delivery', 1), ...prompts(EN, 1)],
      answers: {
        a: { 'shared-purpose.1': 5, 'shared-purpose.2': 5, 'rigorous-delivery.1': 2, 'engagement.1': 'not-yet' },
        c1: { 'shared-purpose.1': 3, 'rigorous-delivery.1': 'dont-know' },
      },
      participants: ['a', 'c1', 'silent'],
      judgements: [
        ['a', 'rigorous-delivery', SP, 3],
        ['c1', SP, 'rigorous-delivery', 2],
        ['silent', 'leadership', 'leadership', 3],
      ],
    });
    const tracked: PairRef[] = [
      { a: 'rigorous-delivery', b: SP },
      { a: SP, b: 'rigorous-delivery' },
      { a: EN, b: EN },
    ];
    const m = computeRoundMeasures(r, tracked);
    expect(m.participantsCount).toBe(3);
    expect(m.respondentsCount).toBe(2);
    // SP: a 100, c1 50 → median 75, divergence 50; attention (2 + 1 + 0) / 6 = 0.5
    expect(m.components[SP].coverage).toBe(75);
    expect(m.components[SP].divergence).toBe(50);
    expect(m.components[SP].attention).toBe(0.5);
    expect(m.components[SP].blindSpot).toBe(false);
    // RD: a 25 only; attention 1 / 3 → blind spot
    expect(m.coverage['rigorous-delivery']).toBe(25);
    expect(m.components['rigorous-delivery'].blindSpot).toBe(true);
    expect(m.components['rigorous-delivery'].dontKnowCount).toBe(1);
    // EN: not yet only
    expect(m.components[EN].notYetCount).toBe(1);
    expect(m.coverage[EN]).toBeUndefined();
    expect(m.blindSpots).toEqual([
      'leadership',
      'spread',
      'improvement-methodology',
      'rigorous-delivery',
      'transparent-measurement',
      'system-drivers',
    ]);
    // Engagement is all "not yet": listed as "not yet", not a blind spot.
    expect(m.notYet).toEqual([EN]);
    // Neither SP (2 prompts rated) nor RD (1) has the three rated prompts "the lowest" needs.
    expect(m.lowest).toEqual([]);
    expect(m.lowestEligible).toBe(0);
    // soft 75 (only SP) − hard 25 (only RD) = 50
    expect(m.softHardBalance).toBe(50);
    // duplicate (either order) and self-pairs dropped; orientation as first given
    expect(m.trackedPairs).toHaveLength(1);
    expect(m.trackedPairs[0]).toEqual({
      a: 'rigorous-delivery',
      b: SP,
      key: 'shared-purpose|rigorous-delivery',
      tracked: true,
      friction: 2.5,
      frictionFlag: true,
      judgedBy: 2,
      reportingFriction: 2,
      imbalance: 50,
      imbalanceFlag: true,
    });
    expect(m.frictionMatrix.size).toBe(28);
    expect(m.frictionMatrix.get('shared-purpose|rigorous-delivery')?.friction).toBe(2.5);
    expect(m.frictionMatrix.get(pairKey('leadership', EN))?.judgedBy).toBe(0);
    expect([...m.frictionMatrix.values()].filter((p) => p.tracked)).toHaveLength(1);
  });
});

describe('roundForDisplay', () => {
  it('rounds to a whole number, halves away from zero, keeps undefined', () => {
    expect(roundForDisplay(62.5)).toBe(63);
    expect(roundForDisplay(-2.5)).toBe(-3);
    expect(roundForDisplay(41.666)).toBe(42);
    expect(Object.is(roundForDisplay(-0.4), 0)).toBe(true);
    expect(roundForDisplay(undefined)).toBeUndefined();
  });
});
