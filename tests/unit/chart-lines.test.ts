import { describe, expect, it } from 'vitest';
import { TIE_SPREAD, drawnCoverage } from '../../src/features/dashboard/charts/CoverageOverRounds';

describe('lines drawn for equal values', () => {
  it('spreads components with the same “in place” a little apart, keeps the others where they are, and stays within 0 to 100', () => {
    const drawn = drawnCoverage({ 'shared-purpose': 75, engagement: 75, leadership: 40, spread: 100, 'system-drivers': 100, 'rigorous-delivery': 100 });
    expect(drawn['shared-purpose']).toBeCloseTo(75 - TIE_SPREAD / 2);
    expect(drawn.engagement).toBeCloseTo(75 + TIE_SPREAD / 2);
    expect(drawn.leadership).toBe(40);
    // Three at 100: moved down so the highest is drawn at 100.
    expect([drawn.spread, drawn['rigorous-delivery'], drawn['system-drivers']].map((v) => Number(v!.toFixed(2)))).toEqual([100 - 2 * TIE_SPREAD, 100 - TIE_SPREAD, 100].map((v) => Number(v.toFixed(2))));
    expect(drawn['improvement-methodology']).toBeUndefined();
  });
});
