import { beforeEach, describe, expect, it } from 'vitest';
import { answersOfRound, answersOfRounds } from '../../src/db/answers';
import { db } from '../../src/db/database';
import {
  createProgramme,
  defaultPrompts,
  defaultTrackedPairs,
  deleteProgramme,
  programmeContents,
  programmePrompts,
  setTrackedPairs,
  updateProgramme,
} from '../../src/db/programmes';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordResponse, saveNote } from '../../src/db/responses';
import { onDataSaved, setSetting, getSetting } from '../../src/db/settings';
import { addAction, recordJudgement, saveEvent, saveLesson } from '../../src/db/workshop';
import { COMPONENTS } from '../../src/model/components';
import { DEFAULT_TENSION_PAIRS, pairKey } from '../../src/model/tensions';
import { resetDb, tableCounts, validationMessage } from './db-helpers';

beforeEach(resetDb);

describe('createProgramme', () => {
  it('stores a trimmed programme with the default vocabulary, kind and tracked pairs', async () => {
    const created = await createProgramme({ name: '  Frailty pathway  ', aim: ' Fewer admissions ', organisations: 'Trust, PCN' });
    const stored = await db.programmes.get(created.id);
    expect(stored).toMatchObject({
      name: 'Frailty pathway',
      aim: 'Fewer admissions',
      organisations: 'Trust, PCN',
      vocabulary: '2013',
      kind: 'team',
      componentLabels: {},
    });
    expect(stored!.trackedPairs).toHaveLength(DEFAULT_TENSION_PAIRS.length);
    expect(stored!.trackedPairs).toContain(pairKey('engagement', 'transparent-measurement'));
    expect(stored!.createdAt).toBe(stored!.updatedAt);
    expect(stored!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps the 2018 vocabulary and the personal kind when asked', async () => {
    const created = await createProgramme({ name: 'Mine', vocabulary: '2018', kind: 'personal' });
    expect(await db.programmes.get(created.id)).toMatchObject({ vocabulary: '2018', kind: 'personal' });
  });

  it('records the change for the backup reminder and tells save listeners', async () => {
    let saves = 0;
    const stop = onDataSaved(() => (saves += 1));
    await createProgramme({ name: 'A' });
    stop();
    expect(saves).toBe(1);
    expect(await getSetting<string>('lastChangeAt')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it.each([
    ['', 'Enter a name for the programme'],
    ['    ', 'Enter a name for the programme'],
    ['x'.repeat(300), 'A name for the programme must be 120 characters or fewer'],
  ])('rejects the name %j and saves nothing', async (name, message) => {
    expect(await validationMessage(createProgramme({ name }), 'name')).toBe(message);
    expect(await db.programmes.count()).toBe(0);
    expect(await getSetting('lastChangeAt')).toBeUndefined();
  });

  it('accepts a name of exactly 120 characters', async () => {
    const created = await createProgramme({ name: 'n'.repeat(120) });
    expect((await db.programmes.get(created.id))!.name).toHaveLength(120);
  });

  it('rejects an aim or organisations over 4,000 characters, and an unknown vocabulary', async () => {
    expect(await validationMessage(createProgramme({ name: 'A', aim: 'a'.repeat(4001) }), 'aim')).toBe(
      'The aim must be 4,000 characters or fewer',
    );
    expect(await validationMessage(createProgramme({ name: 'A', organisations: 'o'.repeat(20000) }), 'organisations')).toMatch(
      /4,000 characters or fewer/,
    );
    expect(await validationMessage(createProgramme({ name: 'A', vocabulary: '1999' as never }), 'vocabulary')).toBe('Choose a vocabulary');
    expect(await db.programmes.count()).toBe(0);
  });
});

describe('updateProgramme', () => {
  it('changes the details and the updatedAt time, keeping everything else', async () => {
    const created = await createProgramme({ name: 'Old', aim: 'Aim' });
    await setTrackedPairs(created.id, [pairKey('leadership', 'spread')]);
    await new Promise((r) => setTimeout(r, 2));
    await updateProgramme(created.id, { name: 'New', aim: '', organisations: 'Council', vocabulary: '2018' });
    const stored = await db.programmes.get(created.id);
    expect(stored).toMatchObject({ name: 'New', aim: '', organisations: 'Council', vocabulary: '2018', kind: 'team' });
    expect(stored!.trackedPairs).toEqual([pairKey('leadership', 'spread')]);
    expect(stored!.updatedAt > created.updatedAt).toBe(true);
  });

  it('leaves the stored programme untouched when the input is bad', async () => {
    const created = await createProgramme({ name: 'Keep me', aim: 'Aim' });
    expect(await validationMessage(updateProgramme(created.id, { name: '', aim: 'Changed' }), 'name')).toMatch(/^Enter/);
    expect(await db.programmes.get(created.id)).toMatchObject({ name: 'Keep me', aim: 'Aim' });
  });

  it('says so when the programme no longer exists', async () => {
    expect(await validationMessage(updateProgramme('missing', { name: 'X' }), 'id')).toBe('This programme no longer exists');
    expect(await db.programmes.count()).toBe(0);
  });
});

describe('setTrackedPairs', () => {
  it('stores each pair once', async () => {
    const created = await createProgramme({ name: 'A' });
    const key = pairKey('engagement', 'system-drivers');
    await setTrackedPairs(created.id, [key, key]);
    expect((await db.programmes.get(created.id))!.trackedPairs).toEqual([key]);
  });
});

describe('prompts', () => {
  it('uses the model prompts by default, with every component covered', () => {
    const prompts = defaultPrompts();
    expect(prompts).toHaveLength(COMPONENTS.reduce((n, c) => n + c.prompts.length, 0));
    expect(new Set(prompts.map((p) => p.componentId)).size).toBe(8);
    expect(programmePrompts({ prompts: undefined })).toEqual(prompts);
    expect(programmePrompts({ prompts: [] })).toEqual(prompts);
    const own = [{ id: 'own.1', componentId: 'leadership' as const, text: 'Our words' }];
    expect(programmePrompts({ prompts: own })).toEqual(own);
    expect(defaultTrackedPairs()).toHaveLength(DEFAULT_TENSION_PAIRS.length);
  });
});

/** A programme with two rounds, two people, answers, judgements, actions, events and lessons. */
async function fullProgramme(name = 'Full') {
  const programme = await createProgramme({ name });
  const first = await startRound(programme.id, { title: 'Baseline', date: '2026-01-10', stage: 'defining' });
  const ana = await addParticipant(first.id, { label: 'Ana', role: 'clinician' });
  const ben = await addParticipant(first.id, { label: 'Ben', role: 'manager' });
  const [p1, p2] = first.prompts;
  await recordResponse(first.id, ana.id, p1!.id, 3);
  await recordResponse(first.id, ana.id, p2!.id, 'not-yet');
  await recordResponse(first.id, ben.id, p1!.id, 5);
  await saveNote(first.id, ben.id, p2!.id, 'Only a note');
  await recordJudgement(first.id, ana.id, pairKey('leadership', 'engagement'), { value: 2, note: 'Tension' });
  const second = await startRound(programme.id, { title: 'March', date: '2026-03-03', stage: 'testing', fromPrevious: true });
  await addAction(programme.id, first.id, { text: 'Share the data', componentId: 'transparent-measurement', owner: 'Ana' });
  await addAction(programme.id, second.id, { text: 'Invite patients', componentId: 'engagement' });
  await saveEvent(programme.id, { date: '2026-02-01', title: 'New clinical lead' });
  await saveLesson(programme.id, { date: '2026-02-15', componentId: 'spread', text: 'Huddles work' });
  return { programme, first, second };
}

describe('programmeContents and deleteProgramme', () => {
  it('counts what deleting would remove', async () => {
    const { programme } = await fullProgramme();
    // Round 2 carried forward 2 people and their 4 answers (3 levels/not-yet and 1 note-only).
    expect(await programmeContents(programme.id)).toEqual({
      rounds: 2,
      participants: 4,
      responses: 8,
      actions: 2,
      events: 1,
      lessons: 1,
    });
  });

  it('counts nothing for an empty programme', async () => {
    const programme = await createProgramme({ name: 'Empty' });
    expect(await programmeContents(programme.id)).toEqual({ rounds: 0, participants: 0, responses: 0, actions: 0, events: 0, lessons: 0 });
  });

  it('deletes the programme and everything in it, and nothing of another programme', async () => {
    const keep = await fullProgramme('Keep');
    const before = await tableCounts();
    const gone = await fullProgramme('Gone');
    await setSetting('personalProgrammeId', gone.programme.id);
    await setSetting('lastLocation', { programmeId: gone.programme.id, roundId: gone.second.id });
    await deleteProgramme(gone.programme.id);
    expect(await tableCounts()).toEqual(before);
    expect(await db.programmes.get(gone.programme.id)).toBeUndefined();
    expect(await db.programmes.get(keep.programme.id)).toBeDefined();
    expect(await db.rounds.where('programmeId').equals(gone.programme.id).count()).toBe(0);
    expect((await answersOfRounds([gone.first.id, gone.second.id])).responses.length).toBe(0);
    expect((await answersOfRound(gone.first.id)).judgements.length).toBe(0);
    expect(await getSetting('personalProgrammeId')).toBeUndefined();
    expect(await getSetting('lastLocation')).toBeUndefined();
  });

  it('keeps settings that point at another programme', async () => {
    const keep = await createProgramme({ name: 'Keep' });
    const gone = await createProgramme({ name: 'Gone' });
    await setSetting('personalProgrammeId', keep.id);
    await setSetting('lastLocation', { programmeId: keep.id });
    await deleteProgramme(gone.id);
    expect(await getSetting('personalProgrammeId')).toBe(keep.id);
    expect(await getSetting('lastLocation')).toEqual({ programmeId: keep.id });
  });

  it('is all or nothing: a failure part-way leaves every record in place', async () => {
    const { programme } = await fullProgramme();
    const before = await tableCounts();
    // Make the last step of the transaction fail, after rounds and answers have been deleted inside it.
    const original = db.programmes.delete.bind(db.programmes);
    db.programmes.delete = (() => Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }))) as never;
    try {
      await expect(deleteProgramme(programme.id)).rejects.toThrow('disk full');
    } finally {
      db.programmes.delete = original;
    }
    expect(await tableCounts()).toEqual(before);
  });
});
