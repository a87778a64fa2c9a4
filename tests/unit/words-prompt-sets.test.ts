import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPrompts } from '../../src/db/programmes';
import {
  checkPromptSet,
  checkScaleMapping,
  comparePromptSets,
  describePromptSetChange,
  isOwnScale,
  isSoundScaleMapping,
  mapScore,
  promptSetChanges,
  suggestedScaleMapping,
  type PromptLike,
  type ScaleMapping,
} from '../../src/model/promptSets';
import { componentLabel } from '../../src/model/vocabulary';
import { programmeWords } from '../../src/model/words';

const name = (id: Parameters<typeof componentLabel>[0]) => componentLabel(id);

describe('promptSetChanges', () => {
  const base = defaultPrompts();

  it('reports nothing when consecutive rounds asked the same prompts', () => {
    expect(promptSetChanges([{ id: 'r1', prompts: base }, { id: 'r2', prompts: base }])).toEqual([]);
    expect(promptSetChanges([])).toEqual([]);
    expect(promptSetChanges([{ id: 'r1', prompts: base }])).toEqual([]);
  });

  it('names added, removed and reworded prompts and the components they touch', () => {
    const second: PromptLike[] = base
      .filter((p) => p.id !== 'spread.5')
      .map((p) => (p.id === 'engagement.2' ? { ...p, text: 'Clinicians tell us, in their words, what matters to them.' } : p));
    second.push({ id: 'leadership.own-1', componentId: 'leadership', text: 'Our clinical lead has protected time for this.' });
    const [change] = promptSetChanges([
      { id: 'r1', prompts: base },
      { id: 'r2', prompts: second },
    ]);
    expect(change!.roundId).toBe('r2');
    expect(change!.previousRoundId).toBe('r1');
    expect(change!.added.map((p) => p.id)).toEqual(['leadership.own-1']);
    expect(change!.removed.map((p) => p.id)).toEqual(['spread.5']);
    expect(change!.reworded).toEqual([
      {
        id: 'engagement.2',
        componentId: 'engagement',
        before: base.find((p) => p.id === 'engagement.2')!.text,
        after: 'Clinicians tell us, in their words, what matters to them.',
      },
    ]);
    // Model order, not the order found.
    expect(change!.components).toEqual(['leadership', 'spread', 'engagement']);
    expect(describePromptSetChange(change!)).toBe('1 added, 1 removed, 1 reworded');
  });

  it('compares each round with the one before it, not with the baseline', () => {
    const reworded = base.map((p) => (p.id === 'spread.1' ? { ...p, text: 'We keep a lessons log.' } : p));
    const changes = promptSetChanges([
      { id: 'a', prompts: base },
      { id: 'b', prompts: reworded },
      { id: 'c', prompts: reworded },
      { id: 'd', prompts: base },
    ]);
    expect(changes.map((c) => [c.roundId, c.reworded.length])).toEqual([
      ['b', 1],
      ['d', 1],
    ]);
  });

  it('ignores white space, help text and order, but not a change of words or case', () => {
    const shuffled = [...base].reverse().map((p) => ({ ...p, text: `  ${p.text.replace(/ /g, '  ')} `, help: 'other help' }));
    expect(comparePromptSets(base, shuffled).components).toEqual([]);
    const cased = base.map((p) => (p.id === 'leadership.1' ? { ...p, text: p.text.toUpperCase() } : p));
    expect(comparePromptSets(base, cased).reworded.map((r) => r.id)).toEqual(['leadership.1']);
  });

  it('does not count components left out of a round as removed', () => {
    const subset = base.filter((p) => p.componentId === 'shared-purpose' || p.componentId === 'engagement');
    expect(promptSetChanges([{ id: 'full', prompts: base }, { id: 'part', prompts: subset }])).toEqual([]);
    expect(promptSetChanges([{ id: 'part', prompts: subset }, { id: 'full', prompts: base }])).toEqual([]);
  });

  it('treats a prompt that moved to another component as removed from one and added to the other', () => {
    const moved = base.map((p) => (p.id === 'spread.2' ? { ...p, componentId: 'leadership' as const } : p));
    const change = comparePromptSets(base, moved);
    expect(change.added.map((p) => `${p.componentId}:${p.id}`)).toEqual(['leadership:spread.2']);
    expect(change.removed.map((p) => `${p.componentId}:${p.id}`)).toEqual(['spread:spread.2']);
  });
});

describe('checkPromptSet', () => {
  it('accepts the model prompts', () => {
    expect(checkPromptSet(defaultPrompts(), name)).toEqual([]);
  });

  it('needs at least one prompt per component, and says shared purpose is the centre', () => {
    const words = programmeWords({ vocabulary: '2013', componentLabels: { engagement: 'Getting clinicians on board' } });
    const without = defaultPrompts().filter((p) => p.componentId !== 'shared-purpose' && p.componentId !== 'engagement');
    const messages = checkPromptSet(without, words.component).map((p) => p.message);
    expect(messages).toEqual([
      '“Our shared purpose” is the centre of the model and needs at least one statement',
      '“Getting clinicians on board” needs at least one statement',
    ]);
  });

  it('rejects blank, overlong, repeated and duplicate-id statements, naming the position', () => {
    const prompts = defaultPrompts();
    prompts[1] = { ...prompts[1]!, text: '   ' };
    prompts[2] = { ...prompts[2]!, text: 'x'.repeat(401) };
    prompts[3] = { ...prompts[3]!, text: prompts[0]!.text.toLowerCase() + ' ' };
    prompts[6] = { ...prompts[6]!, id: prompts[5]!.id };
    const problems = checkPromptSet(prompts, name);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [1, 'text'],
      [2, 'text'],
      [3, 'text'],
      [6, 'id'],
    ]);
    expect(problems[2]!.message).toContain('asks the same statement twice');
  });
});

describe('scale mapping', () => {
  it('suggests 1→1, 2→2, 3→3, 4→3, 5→4, 6→5 for a 1 to 6 diagnostic', () => {
    const mapping = suggestedScaleMapping(1, 6);
    expect(mapping.steps.map((s) => [s.score, s.level])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 3],
      [5, 4],
      [6, 5],
    ]);
    expect(checkScaleMapping(mapping)).toEqual([]);
    expect(mapScore(mapping, 4)).toBe(3);
    expect(mapScore(mapping, 6)).toBe(5);
  });

  it('maps our own scale onto itself and spreads a short scale over the ends', () => {
    expect(isOwnScale(suggestedScaleMapping(1, 5))).toBe(true);
    expect(suggestedScaleMapping(1, 3).steps.map((s) => s.level)).toEqual([1, 3, 5]);
    expect(suggestedScaleMapping(0, 10).steps.map((s) => s.level)).toEqual([1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
  });

  it('is monotone, anchored at both ends and valid for any sensible range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.integer({ min: 1, max: 20 }), (min, size) => {
        const mapping = suggestedScaleMapping(min, min + size);
        const levels = mapping.steps.map((s) => s.level);
        expect(levels[0]).toBe(1);
        expect(levels.at(-1)).toBe(5);
        levels.forEach((level, i) => i > 0 && expect(level).toBeGreaterThanOrEqual(levels[i - 1]!));
        expect(checkScaleMapping(mapping)).toEqual([]);
      }),
    );
  });

  it('recognises a sound stored mapping and ignores a damaged one', () => {
    expect(isSoundScaleMapping(suggestedScaleMapping(1, 6, 'Trust'))).toBe(true);
    for (const damaged of [undefined, null, 'x', { label: 'T', min: 1, max: 6 }, { ...suggestedScaleMapping(1, 6, 'T'), steps: [null] }, { ...suggestedScaleMapping(1, 6, 'T'), max: 9 }]) {
      expect(isSoundScaleMapping(damaged)).toBe(false);
    }
  });

  it('refuses scores off the scale or between whole numbers', () => {
    const mapping = suggestedScaleMapping(1, 6);
    expect(mapScore(mapping, 0)).toBeUndefined();
    expect(mapScore(mapping, 7)).toBeUndefined();
    expect(mapScore(mapping, 4.5)).toBeUndefined();
  });

  it('explains what is wrong with a mapping someone edited', () => {
    const good = suggestedScaleMapping(1, 6, 'Trust diagnostic');
    const falling: ScaleMapping = { ...good, steps: good.steps.map((s) => (s.score === 5 ? { ...s, level: 2 } : s)) };
    expect(checkScaleMapping(falling)).toEqual([
      'Score 5 maps to a lower step than score 4: a higher score can never mean less in place',
    ]);
    expect(checkScaleMapping({ ...good, max: 1 })).toEqual(['The highest score must be more than the lowest score']);
    expect(checkScaleMapping({ ...good, min: 0.5 })).toEqual(['The lowest and highest scores must be whole numbers']);
    expect(checkScaleMapping({ ...good, steps: good.steps.slice(1) })).toEqual(['Give a step for every score from 1 to 6']);
    expect(checkScaleMapping({ ...good, label: ' ' })).toEqual(['Give the scale a name, for example “Trust diagnostic, 1 to 6”']);
    expect(checkScaleMapping(suggestedScaleMapping(0, 30))[0]).toContain('at most 21 scores');
    const offScale: ScaleMapping = { ...good, steps: good.steps.map((s) => (s.score === 6 ? { ...s, level: 6 as 5 } : s)) };
    expect(checkScaleMapping(offScale)).toEqual(['Score 6 must map to a step from 1 to 5']);
  });
});
