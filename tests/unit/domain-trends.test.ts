import { describe, expect, it } from 'vitest';
import { COMPONENT_IDS } from '../../src/model/types';
import type { ComponentId } from '../../src/model/types';
import { computeTrends, fallingBackFlags, isFallingBack } from '../../src/domain';
import type { JudgementInput, PairRef, PromptRef, ResponseInput, ResponseValue, RoundInput } from '../../src/domain';

/* ---------- helpers ---------- */

type Answers = Record<string, Record<string, ResponseValue>>;

function prompts(componentId: ComponentId, n: number): PromptRef[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${componentId}.${i + 1}`, componentId }));
}

function makeRound(id: string, date: string, ps: PromptRef[], answers: Answers, judgements: JudgementInput[] = []): RoundInput {
  return {
    id,
    date,
    participants: Object.keys(answers).map((pid) => ({ id: pid, role: 'manager' })),
    prompts: ps,
    responses: Object.entries(answers).flatMap(([participantId, byPrompt]) =>
      Object.entries(byPrompt).map(([promptId, value]) => ({ participantId, promptId, value })),
    ),
    judgements,
  };
}

/** One participant "a" answering shared-purpose prompts with the given levels. */
function spRound(id: string, date: string, levels: ResponseValue[]): RoundInput {
  const ps = prompts('shared-purpose', levels.length);
  const byPrompt: Record<string, ResponseValue> = {};
  levels.forEach((v, i) => (byPrompt[`shared-purpose.${i + 1}`] = v));
  return makeRound(id, date, ps, { a: byPrompt });
}

const SP = 'shared-purpose';
const EN = 'engagement';
const TM = 'transparent-measurement';
const TRACKED: PairRef[] = [{ a: EN, b: TM }];

/* ---------- change since previous and baseline ---------- */

describe('computeTrends: change since the previous round and the baseline', () => {
  it('gives change since previous and since baseline for coverage', () => {
    // coverage: r1 level 2 → 25; r2 level 3 → 50; r3 levels 2, 3 → 37.5
    const trends = computeTrends(
      [spRound('r1', '2024-01-10', [2]), spRound('r2', '2024-03-10', [3]), spRound('r3', '2024-05-10', [2, 3])],
      TRACKED,
    );
    expect(trends.map((t) => t.roundId)).toEqual(['r1', 'r2', 'r3']);
    const [t1, t2, t3] = trends;
    expect(t1?.isBaseline).toBe(true);
    expect(t1?.components[SP].coverage).toMatchObject({ value: 25, sincePrevious: undefined, sinceBaseline: undefined });
    expect(t2?.components[SP].coverage).toMatchObject({ value: 50, previous: 25, baseline: 25, sincePrevious: 25, sinceBaseline: 25 });
    expect(t3?.components[SP].coverage).toMatchObject({
      value: 37.5,
      previous: 50,
      baseline: 25,
      sincePrevious: -12.5,
      sinceBaseline: 12.5,
    });
    expect(t3?.previousRoundId).toBe('r2');
    expect(t3?.isBaseline).toBe(false);
  });

  it('sorts rounds by date; the earliest is the baseline', () => {
    const trends = computeTrends(
      [spRound('late', '2024-06-01', [5]), spRound('early', '2023-11-01', [1]), spRound('mid', '2024-02-01', [3])],
      [],
    );
    expect(trends.map((t) => t.roundId)).toEqual(['early', 'mid', 'late']);
    expect(trends.map((t) => t.index)).toEqual([0, 1, 2]);
    // late: 100 − mid 50 = 50; 100 − early 0 = 100
    expect(trends[2]?.components[SP].coverage.sincePrevious).toBe(50);
    expect(trends[2]?.components[SP].coverage.sinceBaseline).toBe(100);
  });

  it('leaves the change undefined where the measure is missing on either side', () => {
    // r2 has no shared-purpose level (only not yet) → coverage undefined
    const trends = computeTrends(
      [spRound('r1', '2024-01-01', [3]), spRound('r2', '2024-02-01', ['not-yet']), spRound('r3', '2024-03-01', [4])],
      [],
    );
    expect(trends[1]?.components[SP].coverage).toMatchObject({ value: undefined, sincePrevious: undefined, sinceBaseline: undefined });
    expect(trends[2]?.components[SP].coverage).toMatchObject({ value: 75, sincePrevious: undefined, sinceBaseline: 25 });
    // attention is defined in every round: 1, 1, 1 → change 0
    expect(trends[1]?.components[SP].attention).toMatchObject({ value: 1, sincePrevious: 0, sinceBaseline: 0 });
  });

  it('tracks attention and divergence changes', () => {
    // r1: a level 1, b level 5 → divergence 100; attention 2/2 = 1
    // r2: a level 3, b don't know, c level 4 → divergence 25; attention 2/3
    const ps = prompts(SP, 1);
    const r1 = makeRound('r1', '2024-01-01', ps, { a: { 'shared-purpose.1': 1 }, b: { 'shared-purpose.1': 5 } });
    const r2 = makeRound('r2', '2024-02-01', ps, {
      a: { 'shared-purpose.1': 3 },
      b: { 'shared-purpose.1': 'dont-know' },
      c: { 'shared-purpose.1': 4 },
    });
    const [, t2] = computeTrends([r1, r2], []);
    expect(t2?.components[SP].divergence).toMatchObject({ value: 25, previous: 100, sincePrevious: -75, sinceBaseline: -75 });
    expect(t2?.components[SP].attention.value).toBeCloseTo(2 / 3, 12);
    expect(t2?.components[SP].attention.sincePrevious).toBeCloseTo(-1 / 3, 12);
  });

  it('tracks friction and imbalance per tracked pair', () => {
    const ps = [...prompts(EN, 1), ...prompts(TM, 1)];
    // r1: friction (0 + 2) / 2 = 1; coverage EN 100, TM 25 → imbalance 75
    const r1 = makeRound(
      'r1',
      '2024-01-01',
      ps,
      { a: { 'engagement.1': 5, 'transparent-measurement.1': 2 }, b: {} },
      [
        { participantId: 'a', a: EN, b: TM, value: 0 },
        { participantId: 'b', a: TM, b: EN, value: 2 },
      ],
    );
    // r2: friction (2 + 3) / 2 = 2.5; coverage EN 50, TM 50 → imbalance 0
    const r2 = makeRound(
      'r2',
      '2024-02-01',
      ps,
      { a: { 'engagement.1': 3, 'transparent-measurement.1': 3 }, b: {} },
      [
        { participantId: 'a', a: TM, b: EN, value: 2 },
        { participantId: 'b', a: EN, b: TM, value: 3 },
      ],
    );
    // r3: no judgements
    const r3 = makeRound('r3', '2024-03-01', ps, { a: { 'engagement.1': 3 } });
    const [t1, t2, t3] = computeTrends([r1, r2, r3], TRACKED);
    expect(t1?.trackedPairs[0]?.friction).toMatchObject({ value: 1, sincePrevious: undefined });
    expect(t1?.trackedPairs[0]?.imbalance.value).toBe(75);
    expect(t2?.trackedPairs[0]).toMatchObject({ a: EN, b: TM });
    expect(t2?.trackedPairs[0]?.friction).toMatchObject({ value: 2.5, sincePrevious: 1.5, sinceBaseline: 1.5 });
    expect(t2?.trackedPairs[0]?.imbalance).toMatchObject({ value: 0, sincePrevious: -75, sinceBaseline: -75 });
    expect(t2?.measures.trackedPairs[0]?.frictionFlag).toBe(true);
    expect(t3?.trackedPairs[0]?.friction).toMatchObject({ value: undefined, sincePrevious: undefined, sinceBaseline: undefined });
    expect(t3?.trackedPairs[0]?.imbalance.value).toBeUndefined();
  });

  it('tracks the soft/hard balance', () => {
    const ps = [...prompts(SP, 1), ...prompts('spread', 1)];
    // r1: soft 100 − hard 0 = 100; r2: soft 50 − hard 25 = 25
    const r1 = makeRound('r1', '2024-01-01', ps, { a: { 'shared-purpose.1': 5, 'spread.1': 1 } });
    const r2 = makeRound('r2', '2024-02-01', ps, { a: { 'shared-purpose.1': 3, 'spread.1': 2 } });
    const [t1, t2] = computeTrends([r1, r2], []);
    expect(t1?.softHardBalance).toMatchObject({ value: 100, sincePrevious: undefined });
    expect(t2?.softHardBalance).toMatchObject({ value: 25, previous: 100, baseline: 100, sincePrevious: -75, sinceBaseline: -75 });
  });

  it('returns an empty list for no rounds', () => {
    expect(computeTrends([], TRACKED)).toEqual([]);
  });
});

/* ---------- falling back ---------- */

describe('falling back', () => {
  it('is flagged when coverage is exactly 15 below the best earlier value', () => {
    // r1: level 4 → 75; r2: levels 4, 4, 3, 3, 3 → (75 + 75 + 50 + 50 + 50) / 5 = 60
    const [t1, t2] = computeTrends([spRound('r1', '2024-01-01', [4]), spRound('r2', '2024-02-01', [4, 4, 3, 3, 3])], []);
    expect(t1?.components[SP].coverage.fallingBack).toBe(false);
    expect(t2?.components[SP].coverage).toMatchObject({ value: 60, bestEarlier: 75, fallingBack: true });
    expect(t2?.fallingBack).toEqual([SP]);
  });

  it('is not flagged for a drop below 15', () => {
    // 75 → levels 3, 4 = 62.5: a drop of 12.5
    const [, t2] = computeTrends([spRound('r1', '2024-01-01', [4]), spRound('r2', '2024-02-01', [3, 4])], []);
    expect(t2?.components[SP].coverage).toMatchObject({ value: 62.5, fallingBack: false });
    expect(t2?.fallingBack).toEqual([]);
    // 14.9 below (not reachable with one small round, so on the helpers)
    expect(isFallingBack(60.1, 75)).toBe(false);
    expect(isFallingBack(60, 75)).toBe(true);
    expect(fallingBackFlags([75, 60.1])).toEqual([false, false]);
    expect(fallingBackFlags([75, 60])).toEqual([false, true]);
  });

  it('compares with the best EARLIER value, not only the previous one', () => {
    // 75 → 50 (25 below best: flagged) → 60 (up on previous, but 15 below 75: flagged) → 100 (new best)
    // → 75 (up to the first value, but 25 below the best earlier, 100: flagged)
    const trends = computeTrends(
      [
        spRound('r1', '2024-01-01', [4]),
        spRound('r2', '2024-02-01', [3]),
        spRound('r3', '2024-03-01', [4, 4, 3, 3, 3]),
        spRound('r4', '2024-04-01', [5]),
        spRound('r5', '2024-05-01', [4]),
      ],
      [],
    );
    expect(trends.map((t) => t.components[SP].coverage.fallingBack)).toEqual([false, true, true, false, true]);
    expect(trends.map((t) => t.components[SP].coverage.bestEarlier)).toEqual([undefined, 75, 75, 75, 100]);
    expect(fallingBackFlags([75, 50, 60, 100, 75])).toEqual([false, true, true, false, true]);
    expect(fallingBackFlags([75, 50, 60, 100, 90])).toEqual([false, true, true, false, false]);
  });

  it('needs an earlier value and skips rounds without coverage', () => {
    expect(fallingBackFlags([undefined, 0])).toEqual([false, false]);
    expect(fallingBackFlags([80, undefined, 65])).toEqual([false, false, true]);
    const trends = computeTrends(
      [spRound('r1', '2024-01-01', ['dont-know']), spRound('r2', '2024-02-01', [1]), spRound('r3', '2024-03-01', ['not-yet'])],
      [],
    );
    expect(trends.map((t) => t.components[SP].coverage.fallingBack)).toEqual([false, false, false]);
  });
});

/* ---------- a large programme (timing lives in `npm run bench`, not here) ---------- */

describe('a large programme', () => {
  it('computes 24 rounds × 15 participants × 40 prompts with every pair judged', () => {
    const ps: PromptRef[] = COMPONENT_IDS.flatMap((c) => prompts(c, 5));
    const rounds: RoundInput[] = [];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const values: ResponseValue[] = [1, 2, 3, 4, 5, 'not-yet', 'dont-know'];
    for (let r = 0; r < 24; r++) {
      const responses: ResponseInput[] = [];
      const judgements: JudgementInput[] = [];
      const participants = Array.from({ length: 15 }, (_, i) => ({ id: `p${i}`, role: 'manager' }));
      for (const p of participants) {
        for (const prompt of ps) {
          const v = values[rand(values.length)];
          if (v !== undefined) responses.push({ participantId: p.id, promptId: prompt.id, value: v });
        }
        for (let i = 0; i < COMPONENT_IDS.length; i++) {
          for (let j = i + 1; j < COMPONENT_IDS.length; j++) {
            const a = COMPONENT_IDS[i];
            const b = COMPONENT_IDS[j];
            if (a && b) judgements.push({ participantId: p.id, a, b, value: rand(4) as 0 | 1 | 2 | 3 });
          }
        }
      }
      const month = String((r % 12) + 1).padStart(2, '0');
      rounds.push({ id: `r${r}`, date: `${2020 + Math.floor(r / 12)}-${month}-01`, participants, prompts: ps, responses, judgements });
    }
    const tracked: PairRef[] = [
      { a: EN, b: TM },
      { a: EN, b: 'system-drivers' },
      { a: 'leadership', b: EN },
      { a: 'rigorous-delivery', b: 'improvement-methodology' },
      { a: SP, b: 'system-drivers' },
    ];
    const result = computeTrends(rounds, tracked);
    expect(result).toHaveLength(24);
    expect(result[23]?.measures.participantsCount).toBe(15);
    expect(result[23]?.measures.frictionMatrix.get('shared-purpose|leadership')?.judgedBy).toBe(15);
    expect(result[23]?.allPairs.size).toBe(28);
    expect(result[23]?.trackedPairs).toHaveLength(5);
  });
});
