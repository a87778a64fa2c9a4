import { describe, expect, it } from 'vitest';
import { computeTrends, lookNext, roundInputsFromRecords, trackedPairsOf } from '../../src/domain';
import type { LookNextItem } from '../../src/domain';
import { buildProgramme, dashboardFixture } from '../fixtures/programme';

function trendsOf(records: ReturnType<typeof buildProgramme>) {
  return computeTrends(roundInputsFromRecords(records), trackedPairsOf(records.programmes[0]!));
}

function kinds(items: LookNextItem[]) {
  return items.map((i) => `${i.kind}:${'componentId' in i ? i.componentId : i.key}`);
}

describe('lookNext on the hand-worked fixture, round 3', () => {
  const trends = trendsOf(dashboardFixture());
  const next = lookNext(trends[2]!);

  it('lists every flag, falling back first, then blind spots, divergence, friction, imbalance', () => {
    expect(kinds(next.items)).toEqual([
      'falling-back:transparent-measurement', // drop 37.5
      'falling-back:spread', // drop 25
      'blind-spot:spread',
      'blind-spot:system-drivers',
      'divergence:shared-purpose',
      'friction:transparent-measurement|engagement', // tracked, 2.25
      'friction:shared-purpose|system-drivers', // tracked, 2.0
      'friction:spread|system-drivers', // not tracked, 3.0
      'imbalance:transparent-measurement|engagement', // 75
      'imbalance:shared-purpose|transparent-measurement', // 50 (ties keep matrix order)
      'imbalance:leadership|spread', // 50
    ]);
  });

  it('gives the numbers behind each flag', () => {
    const byKey = new Map(next.items.map((i) => [`${i.kind}:${'componentId' in i ? i.componentId : i.key}`, i]));
    expect(byKey.get('falling-back:transparent-measurement')).toMatchObject({ coverage: 12.5, bestEarlier: 50, drop: 37.5 });
    expect(byKey.get('blind-spot:spread')).toMatchObject({ reason: 'low-attention', attended: 1, possible: 20, coverage: 25 });
    expect(byKey.get('blind-spot:system-drivers')).toMatchObject({ reason: 'no-levels', attended: 0, possible: 20 });
    expect(byKey.get('divergence:shared-purpose')).toMatchObject({
      divergence: 75,
      scored: 4,
      low: { score: 25, roles: ['patient-public'] },
      high: { score: 100, roles: ['executive'] },
    });
    expect(byKey.get('friction:transparent-measurement|engagement')).toMatchObject({
      friction: 2.25,
      judgedBy: 4,
      reportingFriction: 3,
      tracked: true,
    });
    expect(byKey.get('friction:spread|system-drivers')).toMatchObject({ friction: 3, judgedBy: 2, tracked: false });
    expect(byKey.get('imbalance:transparent-measurement|engagement')).toMatchObject({
      imbalance: 75,
      higher: 'engagement',
      lower: 'transparent-measurement',
      higherCoverage: 87.5,
      lowerCoverage: 12.5,
    });
  });

  it('calls out the components hardest to put into practice, and the soft/hard balance', () => {
    // The round's coverages 12.5, 25, 50, 62.5, 75, 75, 87.5 (system drivers has none): median 62.5.
    // Engagement (87.5) is fine; spread (25) and measurement (12.5) are more than 20 below it.
    expect(next.neglectedHarder).toEqual([
      { componentId: 'system-drivers', coverage: undefined, attention: 0, reasons: ['blind-spot'], roundMedian: 62.5 },
      { componentId: 'spread', coverage: 25, attention: 0.05, reasons: ['blind-spot', 'falling-back', 'below-median'], roundMedian: 62.5 },
      { componentId: 'transparent-measurement', coverage: 12.5, attention: 0.7, reasons: ['falling-back', 'below-median'], roundMedian: 62.5 },
    ]);
    expect(next.balance).toEqual({ softer: 75, harder: 37.5, difference: 37.5 });
  });

  it('has nothing to flag in the even baseline', () => {
    const base = lookNext(trends[0]!);
    expect(base.items).toEqual([]);
    // Every coverage is 50: none is more than 20 points below the median.
    expect(base.neglectedHarder.map((n) => n.componentId)).toEqual([]);
    expect(base.balance.difference).toBe(0);
  });
});

describe('lookNext edge cases', () => {
  it('one participant: no divergence, coverage is their score, blind spots where they gave no level', () => {
    const records = buildProgramme({
      rounds: [{ title: 'Solo', date: '2025-01-01', participants: [{ label: 'Me', role: 'manager', answers: { 'shared-purpose': 5, engagement: 1 } }] }],
    });
    const [t] = trendsOf(records);
    const next = lookNext(t!);
    expect(next.items.some((i) => i.kind === 'divergence')).toBe(false);
    expect(t!.measures.coverage['shared-purpose']).toBe(100);
    expect(next.items.filter((i) => i.kind === 'blind-spot').map((i) => ('componentId' in i ? i.componentId : ''))).toEqual([
      'leadership',
      'spread',
      'improvement-methodology',
      'rigorous-delivery',
      'transparent-measurement',
      'system-drivers',
    ]);
    // Imbalance 100 between shared purpose and engagement: not a default tracked pair, so not flagged.
    expect(next.items.some((i) => i.kind === 'imbalance')).toBe(false);
  });

  it('components not asked in a round are blind spots "not asked"', () => {
    const records = buildProgramme({
      rounds: [
        {
          title: 'Focused',
          date: '2025-01-01',
          components: ['shared-purpose', 'engagement'],
          participants: [
            { label: 'A', role: 'manager', answers: { 'shared-purpose': 3, engagement: 3 } },
            { label: 'B', role: 'clinician', answers: { 'shared-purpose': 4, engagement: 4 } },
          ],
        },
      ],
    });
    const [t] = trendsOf(records);
    const spread = lookNext(t!).items.find((i) => i.kind === 'blind-spot' && i.componentId === 'spread');
    expect(spread).toMatchObject({ reason: 'not-asked', possible: 0, attention: 0 });
  });

  it('a round with no judgements: no friction anywhere, imbalance still from coverage', () => {
    const records = buildProgramme({
      rounds: [
        {
          title: 'No grid',
          date: '2025-01-01',
          participants: [
            { label: 'A', role: 'manager', answers: { 'transparent-measurement': 1, engagement: 5 } },
            { label: 'B', role: 'clinician', answers: { 'transparent-measurement': 2, engagement: 4 } },
          ],
        },
      ],
    });
    const [t] = trendsOf(records);
    for (const p of t!.measures.frictionMatrix.values()) {
      expect(p.friction).toBeUndefined();
      expect(p.judgedBy).toBe(0);
    }
    const next = lookNext(t!);
    expect(next.items.some((i) => i.kind === 'friction')).toBe(false);
    // measurement (0 + 25) / 2 = 12.5, engagement (100 + 75) / 2 = 87.5: imbalance 75 on a tracked pair.
    expect(next.items.find((i) => i.kind === 'imbalance')).toMatchObject({ imbalance: 75, lower: 'transparent-measurement' });
  });

  it('a round with no answers at all: every component a blind spot, no balance', () => {
    const records = buildProgramme({ rounds: [{ title: 'Empty', date: '2025-01-01', participants: [{ label: 'A', role: 'manager' }] }] });
    const next = lookNext(trendsOf(records)[0]!);
    expect(next.items.filter((i) => i.kind === 'blind-spot')).toHaveLength(8);
    expect(next.balance).toEqual({ softer: undefined, harder: undefined, difference: undefined });
  });
});
