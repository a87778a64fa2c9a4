import { describe, expect, it } from 'vitest';
import { COMPONENT_GROUPS } from '../../src/model/vocabulary';
import { pairKey as modelPairKey } from '../../src/model/tensions';
import { COMPONENT_IDS } from '../../src/model/types';
import {
  ALL_PAIR_KEYS,
  HARDER_COMPONENTS,
  SOFTER_COMPONENTS,
  computeTrends,
  pairKey,
  parsePairKey,
  roundFrictionForDisplay,
  roundForDisplay,
  roundInputFromRecords,
  roundInputsFromRecords,
  roundsInOrder,
  trackedPairsOf,
} from '../../src/domain';
import { buildProgramme, dashboardFixture, DASHBOARD_EXPECTED } from '../fixtures/programme';

describe('pair keys', () => {
  it('are the model’s keys (one format for domain, database and screens)', () => {
    expect(pairKey).toBe(modelPairKey);
    expect(pairKey('engagement', 'transparent-measurement')).toBe('transparent-measurement|engagement');
    expect(ALL_PAIR_KEYS).toHaveLength(28);
    expect(ALL_PAIR_KEYS[0]).toBe('shared-purpose|leadership');
  });

  it('parse back into a canonical pair; malformed, unknown or self pairs are refused', () => {
    expect(parsePairKey('transparent-measurement|engagement')).toEqual({ a: 'transparent-measurement', b: 'engagement' });
    expect(parsePairKey('engagement|transparent-measurement')).toEqual({ a: 'transparent-measurement', b: 'engagement' });
    expect(parsePairKey('engagement')).toBeUndefined();
    expect(parsePairKey('engagement|morale')).toBeUndefined();
    expect(parsePairKey('engagement|engagement')).toBeUndefined();
    expect(parsePairKey('a|b|c')).toBeUndefined();
  });
});

describe('softer and harder groups', () => {
  it('match the model’s grouping', () => {
    expect([...SOFTER_COMPONENTS].sort()).toEqual([...COMPONENT_GROUPS.softer].sort());
    expect([...HARDER_COMPONENTS].sort()).toEqual([...COMPONENT_GROUPS.harder].sort());
    expect(COMPONENT_GROUPS.between).toEqual(['improvement-methodology']);
  });
});

describe('display rounding', () => {
  it('shows friction to one decimal, halves away from zero', () => {
    expect(roundFrictionForDisplay(2.25)).toBe(2.3);
    expect(roundFrictionForDisplay(1.75)).toBe(1.8);
    expect(roundFrictionForDisplay(4 / 3)).toBe(1.3);
    expect(roundFrictionForDisplay(1.15)).toBe(1.2);
    expect(roundFrictionForDisplay(0)).toBe(0);
    expect(roundFrictionForDisplay(undefined)).toBeUndefined();
  });

  it('shows the other measures as whole numbers: 62.5 → 63, 37.5 → 38, −37.5 → −38', () => {
    expect(roundForDisplay(62.5)).toBe(63);
    expect(roundForDisplay(37.5)).toBe(38);
    expect(roundForDisplay(-37.5)).toBe(-38);
  });
});

describe('records to measure inputs', () => {
  const records = buildProgramme({
    id: 'p',
    trackedPairs: ['transparent-measurement|engagement', 'engagement|transparent-measurement', 'nonsense', 'leadership|spread'],
    rounds: [
      {
        title: 'Later',
        date: '2025-06-01',
        participants: [{ label: 'A', role: 'manager', answers: { 'shared-purpose': 4 }, judgements: [['engagement', 'leadership', 2]] }],
      },
      { title: 'Earlier', date: '2025-01-01', participants: [{ label: 'B', role: 'clinician', answers: { leadership: 2 } }] },
    ],
  });

  it('orders rounds by date, then by when they were started', () => {
    const sameDay = [
      { id: 'x', date: '2025-01-01', createdAt: '2025-01-01T10:00:00Z' },
      { id: 'y', date: '2025-01-01', createdAt: '2025-01-01T09:00:00Z' },
      { id: 'z', date: '2024-12-01', createdAt: '2025-01-02T00:00:00Z' },
    ];
    expect(roundsInOrder(sameDay).map((r) => r.id)).toEqual(['z', 'y', 'x']);
    expect(roundInputsFromRecords(records).map((r) => r.date)).toEqual(['2025-01-01', '2025-06-01']);
  });

  it('keeps each round’s own participants, answers and judgements; cleared values are blanks', () => {
    const withCleared = {
      ...records,
      responses: [...records.responses, { ...records.responses[0]!, id: 'cleared', promptId: 'shared-purpose.2', value: null }],
      judgements: [
        ...records.judgements,
        { ...records.judgements[0]!, id: 'j-null', pairKey: 'shared-purpose|spread', value: null },
        { ...records.judgements[0]!, id: 'j-bad', pairKey: 'shared-purpose|nothing', value: 3 as const },
      ],
    };
    const [earlier, later] = roundInputsFromRecords(withCleared);
    expect(earlier!.participants.map((p) => p.label)).toEqual(['B']);
    expect(earlier!.responses).toHaveLength(5);
    expect(later!.responses).toHaveLength(5); // the cleared answer is left out
    expect(later!.judgements).toEqual([{ participantId: 'p-round-1-p1', a: 'leadership', b: 'engagement', value: 2 }]);
    expect(later!.prompts).toHaveLength(40);
  });

  it('builds one round alone, ignoring other rounds’ records', () => {
    const round = records.rounds[1]!;
    const input = roundInputFromRecords(round, records.participants, records.responses, records.judgements);
    expect(input.id).toBe('p-round-2');
    expect(input.participants).toHaveLength(1);
    expect(input.judgements).toEqual([]);
  });

  it('reads the tracked pairs, dropping duplicates (either order) and malformed keys', () => {
    expect(trackedPairsOf(records.programmes[0]!)).toEqual([
      { a: 'transparent-measurement', b: 'engagement' },
      { a: 'leadership', b: 'spread' },
    ]);
  });
});

/* The hand-worked fixture: every number below is worked out in tests/fixtures/programme.ts. */
describe('the hand-worked dashboard fixture', () => {
  const records = dashboardFixture();
  const trends = computeTrends(roundInputsFromRecords(records), trackedPairsOf(records.programmes[0]!));
  const r3 = trends[2]!;
  const E = DASHBOARD_EXPECTED.round3;

  it('has three rounds, the first the baseline', () => {
    expect(trends.map((t) => t.isBaseline)).toEqual([true, false, false]);
    expect(trends.map((t) => t.measures.participantsCount)).toEqual([3, 4, 4]);
  });

  it('round 1: every coverage 50, no divergence flagged, friction 4/3 on engagement × measurement', () => {
    for (const c of COMPONENT_IDS) expect(trends[0]!.measures.coverage[c]).toBe(50);
    expect(trends[0]!.measures.components['shared-purpose'].divergence).toBe(0);
    expect(trends[0]!.measures.frictionMatrix.get('transparent-measurement|engagement')?.friction).toBeCloseTo(4 / 3, 12);
  });

  it('round 2: coverage and friction as worked', () => {
    const m = trends[1]!.measures;
    for (const [c, v] of Object.entries(DASHBOARD_EXPECTED.round2.coverage)) expect(m.coverage[c as keyof typeof m.coverage]).toBe(v);
    expect(m.frictionMatrix.get('transparent-measurement|engagement')?.friction).toBe(1.75);
    expect(trends[1]!.fallingBack).toEqual([]); // measurement 37.5 is 12.5 below 50: not yet falling back
  });

  it('round 3: coverage, attention, divergence and blind spots', () => {
    const m = r3.measures;
    for (const c of COMPONENT_IDS) {
      expect(m.coverage[c], `coverage ${c}`).toBe(E.coverage[c]);
      expect(m.components[c].attention, `attention ${c}`).toBeCloseTo(E.attention[c], 12);
      expect(m.components[c].divergence, `divergence ${c}`).toBe(E.divergence[c]);
    }
    expect(m.components['shared-purpose'].divergent).toBe(true);
    expect(COMPONENT_IDS.filter((c) => m.components[c].divergent)).toEqual(['shared-purpose']);
    expect(m.blindSpots).toEqual(E.blindSpots);
    const asha = m.components['transparent-measurement'].scores.find((s) => s.participantId === 'dash-round-3-p1');
    expect(asha?.score).toBe(12.5);
    const dev = m.components['improvement-methodology'].scores.find((s) => s.participantId === 'dash-round-3-p4');
    expect(dev?.score).toBeUndefined();
  });

  it('round 3: friction, people reporting it, and imbalance on tracked pairs', () => {
    for (const [key, f] of Object.entries(E.friction)) {
      const p = r3.measures.frictionMatrix.get(key)!;
      expect(p.friction, key).toBe(f.mean);
      expect(p.judgedBy, key).toBe(f.judgedBy);
      expect(p.reportingFriction, key).toBe(f.reporting);
      expect(p.frictionFlag, key).toBe(f.flagged);
    }
    expect(r3.measures.frictionMatrix.get('spread|system-drivers')?.tracked).toBe(false);
    for (const [key, i] of Object.entries(E.imbalance)) {
      const p = r3.measures.trackedPairs.find((t) => t.key === key)!;
      expect(p.imbalance, key).toBe(i.value);
      expect(p.imbalanceFlag, key).toBe(i.flagged);
    }
    expect(r3.measures.softHardBalance).toBe(E.softHardBalance);
  });

  it('round 3: changes since the previous round and the baseline, and falling back', () => {
    const c = r3.components;
    expect(c['transparent-measurement'].coverage.sincePrevious).toBe(-25);
    expect(c['transparent-measurement'].coverage.sinceBaseline).toBe(-37.5);
    expect(c.engagement.coverage.sincePrevious).toBe(12.5);
    expect(c.engagement.coverage.sinceBaseline).toBe(37.5);
    expect(c['shared-purpose'].coverage.sincePrevious).toBe(0);
    expect(c['system-drivers'].coverage.sincePrevious).toBeUndefined();
    expect(r3.fallingBack).toEqual(E.fallingBack);
    expect(c.spread.coverage.bestEarlier).toBe(50);
    expect(c.spread.coverage.bestEarlierRoundId).toBe('dash-round-1'); // first round to reach 50
    const tmEn = r3.trackedPairs.find((p) => p.key === 'transparent-measurement|engagement')!;
    expect(tmEn.friction.sincePrevious).toBeCloseTo(0.5, 12);
    expect(tmEn.friction.sinceBaseline).toBeCloseTo(2.25 - 4 / 3, 12);
    expect(r3.allPairs.get('spread|system-drivers')?.friction.value).toBe(3);
    expect(r3.allPairs.get('spread|system-drivers')?.friction.sincePrevious).toBeUndefined(); // nobody judged it before
    expect(r3.softHardBalance.sinceBaseline).toBe(37.5); // baseline balance 0
  });
});
