import { beforeEach, describe, expect, it } from 'vitest';
import { responsesOfRound } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { createProgramme, defaultPrompts, programmePrompts } from '../../src/db/programmes';
import {
  addPrompt,
  importPromptSet,
  movePrompt,
  removePrompt,
  renameComponent,
  restoreComponentNames,
  restoreModelPrompts,
  savePromptSet,
  setVocabulary,
  updatePrompt,
} from '../../src/db/promptSets';
import { startRound } from '../../src/db/rounds';
import { buildImport, parsePromptSetFile } from '../../src/features/words/importFormat';
import { promptSetChanges, suggestedScaleMapping } from '../../src/model/promptSets';
import { COMPONENT_IDS } from '../../src/model/types';
import { programmeWords } from '../../src/model/words';
import { resetDb, tableCounts, validationMessage } from './db-helpers';

beforeEach(resetDb);

async function programme() {
  return createProgramme({ name: 'Discharge to assess' });
}

async function stored(id: string) {
  return (await db.programmes.get(id))!;
}

describe('names and vocabulary', () => {
  it('renames a component, and a blank or model name removes the rename', async () => {
    const p = await programme();
    await renameComponent(p.id, 'engagement', '  Getting   clinicians on board ');
    expect((await stored(p.id)).componentLabels).toEqual({ engagement: 'Getting clinicians on board' });
    expect(programmeWords(await stored(p.id)).component('engagement')).toBe('Getting clinicians on board');
    await renameComponent(p.id, 'engagement', 'Engagement to mobilise');
    expect((await stored(p.id)).componentLabels).toEqual({});
    await renameComponent(p.id, 'leadership', 'Who leads');
    await renameComponent(p.id, 'leadership', '');
    expect((await stored(p.id)).componentLabels).toEqual({});
  });

  it('refuses a name another component already has, or one too long, and changes nothing', async () => {
    const p = await programme();
    await renameComponent(p.id, 'engagement', 'People');
    const before = await stored(p.id);
    expect(await validationMessage(renameComponent(p.id, 'leadership', 'people'), 'leadership')).toBe(
      '“People” is already the name of another component. Choose a different name.',
    );
    expect(await validationMessage(renameComponent(p.id, 'spread', 'Transparent measurement'), 'spread')).toContain('already the name');
    expect(await validationMessage(renameComponent(p.id, 'spread', 'x'.repeat(81)), 'spread')).toContain('80 characters');
    expect(await stored(p.id)).toEqual(before);
  });

  it('switches vocabulary and restores the model names', async () => {
    const p = await programme();
    await setVocabulary(p.id, '2018');
    await renameComponent(p.id, 'spread', 'Sharing what works');
    const words = programmeWords(await stored(p.id));
    expect(words.component('leadership')).toBe('Leadership by all');
    expect(words.originalComponent('spread')).toBe('Spread and adoption');
    await restoreComponentNames(p.id);
    expect((await stored(p.id)).componentLabels).toEqual({});
    await expect(setVocabulary(p.id, '2020' as never)).rejects.toThrow('Choose the 2013 or the 2018 names');
  });
});

describe('editing the prompt set', () => {
  it('rewords, adds, moves and removes statements, each saved at once', async () => {
    const p = await programme();
    await updatePrompt(p.id, 'engagement.2', { text: ' Clinicians  tell us what matters ', help: '' });
    await addPrompt(p.id, { id: 'engagement.own-1', componentId: 'engagement', text: 'Porters are asked too' });
    await movePrompt(p.id, 'engagement.own-1', 'up');
    await movePrompt(p.id, 'engagement.own-1', 'up');
    await removePrompt(p.id, 'engagement.5');
    const engagement = programmePrompts(await stored(p.id)).filter((p) => p.componentId === 'engagement');
    expect(engagement.map((x) => x.id)).toEqual(['engagement.1', 'engagement.2', 'engagement.3', 'engagement.own-1', 'engagement.4']);
    expect(engagement[1]).toEqual({ id: 'engagement.2', componentId: 'engagement', text: 'Clinicians tell us what matters' });
    // Other components are untouched.
    expect(programmePrompts(await stored(p.id)).filter((x) => x.componentId !== 'engagement')).toEqual(
      defaultPrompts().filter((x) => x.componentId !== 'engagement'),
    );
  });

  it('never lets a component, shared purpose included, lose its last statement', async () => {
    const p = await programme();
    for (const id of ['shared-purpose.1', 'shared-purpose.2', 'shared-purpose.3', 'shared-purpose.4']) await removePrompt(p.id, id);
    const before = await stored(p.id);
    expect(await validationMessage(removePrompt(p.id, 'shared-purpose.5'), 'shared-purpose.5')).toBe(
      '“Our shared purpose” is the centre of the model and needs at least one statement',
    );
    expect(await validationMessage(savePromptSet(p.id, defaultPrompts().filter((x) => x.componentId !== 'spread')), 'spread')).toBe(
      '“Spread of innovation” needs at least one statement',
    );
    expect(await validationMessage(updatePrompt(p.id, 'shared-purpose.5', { text: '  ' }), 'shared-purpose.5')).toContain('Enter the statement');
    expect(await stored(p.id)).toEqual(before);
  });

  it('stores the model set as "no custom set", so restoring undoes everything', async () => {
    const p = await programme();
    await updatePrompt(p.id, 'spread.1', { text: 'We keep a lessons log' });
    expect((await stored(p.id)).prompts).toHaveLength(40);
    await restoreModelPrompts(p.id, 'spread');
    expect((await stored(p.id)).prompts).toBeUndefined();
    await movePrompt(p.id, 'leadership.2', 'down');
    await movePrompt(p.id, 'leadership.2', 'up');
    expect((await stored(p.id)).prompts).toBeUndefined();
    await savePromptSet(p.id, defaultPrompts().map((x) => (x.id === 'spread.2' ? { ...x, text: 'Shown early' } : x)));
    await restoreModelPrompts(p.id);
    expect((await stored(p.id)).prompts).toBeUndefined();
  });

  it('leaves started rounds with their own statements, and the next round is marked as changed', async () => {
    const p = await programme();
    const first = await startRound(p.id, { title: 'Baseline', date: '2026-01-10' });
    await updatePrompt(p.id, 'engagement.1', { text: 'Clinicians helped design this' });
    await removePrompt(p.id, 'spread.4');
    const second = await startRound(p.id, { title: 'March', date: '2026-03-10' });
    expect((await db.rounds.get(first.id))!.prompts).toEqual(defaultPrompts());
    const rounds = [(await db.rounds.get(first.id))!, (await db.rounds.get(second.id))!];
    const [change] = promptSetChanges(rounds);
    expect(change).toMatchObject({ roundId: second.id, components: ['spread', 'engagement'] });
    expect(change!.removed.map((x) => x.id)).toEqual(['spread.4']);
    expect(change!.reworded.map((x) => x.after)).toEqual(['Clinicians helped design this']);
  });
});

describe('importPromptSet', () => {
  const csv = [
    'component_id,prompt_text,score: Steering group,score: Ward team',
    'shared-purpose,We agreed why,6,5',
    'engagement,Clinicians shape it,4,not yet',
    'system-drivers,Contracts reward it,1,',
  ].join('\n');

  function plan() {
    const result = parsePromptSetFile('trust.csv', csv);
    if (!result.ok) throw new Error('parse');
    const built = buildImport(result.file, defaultPrompts(), programmeWords(undefined).component, suggestedScaleMapping(1, 6, 'Trust 1-6'));
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    return built.preview;
  }

  it('stores the statements, the scale and the past scores as a closed baseline round, together', async () => {
    const p = await programme();
    const preview = plan();
    const mapping = suggestedScaleMapping(1, 6, 'Trust 1-6');
    const { roundId } = await importPromptSet(p.id, {
      prompts: preview.prompts,
      scaleMapping: mapping,
      pastRound: { title: 'Trust diagnostic', date: '2025-11-01', people: preview.scores },
    });
    const saved = await stored(p.id);
    expect(saved.scaleMapping).toEqual(mapping);
    expect(programmePrompts(saved).filter((x) => x.componentId === 'engagement').map((x) => x.text)).toEqual(['Clinicians shape it']);
    const round = (await db.rounds.get(roundId!))!;
    expect(round).toMatchObject({ title: 'Trust diagnostic', date: '2025-11-01', status: 'closed', isBaseline: true, participantCount: 2 });
    expect(round.components).toEqual(['shared-purpose', 'system-drivers', 'engagement']);
    const participants = await db.participants.where('roundId').equals(round.id).toArray();
    expect(participants.map((x) => x.label).sort()).toEqual(['Steering group', 'Ward team']);
    const responses = await responsesOfRound(round.id);
    const steering = participants.find((x) => x.label === 'Steering group')!;
    expect(responses.filter((r) => r.participantId === steering.id).map((r) => r.value).sort()).toEqual([1, 3, 5]);
    expect(responses).toHaveLength(5);
  });

  it('writes nothing at all when any part is wrong', async () => {
    const p = await programme();
    await renameComponent(p.id, 'engagement', 'People');
    const before = { programme: await stored(p.id), counts: await tableCounts() };
    const preview = plan();
    const bad = [
      () => importPromptSet(p.id, { prompts: preview.prompts, pastRound: { title: 'X', date: '2025-02-30', people: preview.scores } }),
      () => importPromptSet(p.id, { prompts: preview.prompts.filter((x) => x.componentId !== 'shared-purpose') }),
      () => importPromptSet(p.id, { prompts: preview.prompts, scaleMapping: { ...suggestedScaleMapping(1, 6, 'T'), max: 7 } }),
      () =>
        importPromptSet(p.id, {
          prompts: preview.prompts,
          pastRound: { title: 'X', date: '2025-02-01', people: [{ label: 'A', responses: [{ promptId: 'nope', value: 3 }] }] },
        }),
      () => importPromptSet('missing', { prompts: preview.prompts }),
    ];
    const messages: string[] = [];
    for (const attempt of bad) await attempt().catch((e: Error) => messages.push(e.message));
    expect(messages).toEqual([
      'The date of the diagnostic must be a real date',
      '“Our shared purpose” is the centre of the model and needs at least one statement',
      'Give a step for every score from 1 to 7',
      'A score belongs to a statement that is not in the set',
      'This programme no longer exists',
    ]);
    expect(await stored(p.id)).toEqual(before.programme);
    expect(await tableCounts()).toEqual(before.counts);
  });

  it('stores the unchanged template as the model set', async () => {
    const p = await programme();
    await updatePrompt(p.id, 'spread.1', { text: 'We keep a lessons log' });
    await importPromptSet(p.id, { prompts: defaultPrompts() });
    expect((await stored(p.id)).prompts).toBeUndefined();
  });

  it('replaces only the components in the file', async () => {
    const p = await programme();
    await importPromptSet(p.id, { prompts: plan().prompts });
    const saved = programmePrompts(await stored(p.id));
    for (const c of COMPONENT_IDS) {
      const expected = ['shared-purpose', 'engagement', 'system-drivers'].includes(c) ? 1 : 5;
      expect(saved.filter((x) => x.componentId === c)).toHaveLength(expected);
    }
    expect(await db.rounds.count()).toBe(0);
  });
});
