/**
 * Polarity maps for the default pairs (src/model/polarity.ts), their orientation, and a
 * programme's own words for them (savePolarityWords, programmeWords().polarity).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { savePolarityWords } from '../../src/db/promptSets';
import { defaultPolarity, POLARITY_PAIRS, polarityFor } from '../../src/model/polarity';
import { DEFAULT_TENSION_PAIRS, pairKey } from '../../src/model/tensions';
import { programmeWords } from '../../src/model/words';
import { resetDb, validationMessage } from './db-helpers';

beforeEach(resetDb);

describe('the default maps', () => {
  it('cover every default pair, each part written', () => {
    expect([...POLARITY_PAIRS].sort()).toEqual(DEFAULT_TENSION_PAIRS.map((p) => pairKey(p.a, p.b)).sort());
    for (const p of DEFAULT_TENSION_PAIRS) {
      const map = defaultPolarity(p.a, p.b)!;
      for (const text of [...map.gives, ...map.tooFar, map.tryThis]) expect(text.length).toBeGreaterThan(20);
    }
  });

  it('read in canonical order whichever way the pair is named', () => {
    // Canonical order puts system drivers before engagement.
    const map = defaultPolarity('engagement', 'system-drivers')!;
    expect(map).toEqual(defaultPolarity('system-drivers', 'engagement'));
    expect(map.gives[0]).toContain('Contracts, targets and money');
    expect(map.tooFar[1]).toContain('fades when the enthusiasts move on');
    expect(defaultPolarity('shared-purpose', 'leadership')).toBeUndefined();
  });

  it('take a programme’s own words part by part, blanks falling back to ours', () => {
    const own = polarityFor('leadership', 'engagement', { givesA: 'Leaders decide quickly.', tryThis: '   ' })!;
    expect(own.gives[0]).toBe('Leaders decide quickly.');
    expect(own.gives[1]).toBe(defaultPolarity('leadership', 'engagement')!.gives[1]);
    expect(own.tryThis).toBe(defaultPolarity('leadership', 'engagement')!.tryThis);
  });
});

describe('saving a programme’s own words', () => {
  const key = pairKey('leadership', 'engagement');

  it('keeps only what differs from ours, and shows it everywhere the programme’s words are used', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    const base = defaultPolarity('leadership', 'engagement')!;
    await savePolarityWords(p.id, key, { givesA: '  Leaders  decide quickly. ', givesB: base.gives[1], tryThis: '' });
    const stored = (await db.programmes.get(p.id))!;
    expect(stored.polarityMaps).toEqual({ [key]: { givesA: 'Leaders decide quickly.' } });
    expect(programmeWords(stored).polarity('engagement', 'leadership')!.gives[0]).toBe('Leaders decide quickly.');

    await savePolarityWords(p.id, key, {});
    expect((await db.programmes.get(p.id))!.polarityMaps).toEqual({});
  });

  it('refuses a part that is too long, and a pair with no map, changing nothing', async () => {
    const p = await createProgramme({ name: 'Frailty' });
    expect(await validationMessage(savePolarityWords(p.id, key, { tooFarA: 'x'.repeat(601) }), 'polarity-tooFarA')).toContain('600 characters or fewer');
    expect(await validationMessage(savePolarityWords(p.id, pairKey('shared-purpose', 'leadership'), { givesA: 'x' }), 'pair')).toContain('no polarity map');
    expect((await db.programmes.get(p.id))!.polarityMaps).toBeUndefined();
  });
});
