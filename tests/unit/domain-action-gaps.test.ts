import { describe, expect, it } from 'vitest';
import { actionGaps } from '../../src/domain/actionGaps';
import { pairKey } from '../../src/model/tensions';

const TE = pairKey('transparent-measurement', 'engagement');
const LE = pairKey('leadership', 'engagement');

describe('where the open actions are', () => {
  it('lists the components and tracked pairs that no open action is about; done and dropped ones do not count', () => {
    const gaps = actionGaps(
      [
        { status: 'open', componentId: 'engagement' },
        { status: 'open', componentId: null, pairKey: TE },
        { status: 'done', componentId: 'spread' },
        { status: 'dropped', componentId: 'leadership', pairKey: LE },
      ],
      [TE, LE],
    );
    expect(gaps.open).toBe(2);
    expect(gaps.components).toEqual(['shared-purpose', 'leadership', 'spread', 'improvement-methodology', 'rigorous-delivery', 'transparent-measurement', 'system-drivers']);
    expect(gaps.pairs).toEqual([LE]);
  });

  it('with no actions, everything is a gap', () => {
    const gaps = actionGaps([], [TE]);
    expect(gaps).toEqual({ open: 0, components: expect.arrayContaining(['engagement']) as unknown, pairs: [TE] });
    expect(gaps.components).toHaveLength(8);
  });
});
