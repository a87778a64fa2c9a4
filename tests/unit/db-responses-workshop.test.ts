import { beforeEach, describe, expect, it } from 'vitest';
import { allAnswers, judgementsOf, responsesOf } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, setRoundStatus, startRound } from '../../src/db/rounds';
import {
  addAction,
  deleteAction,
  deleteEvent,
  deleteLesson,
  recordJudgement,
  saveEvent,
  saveLesson,
  setActionStatus,
  updateAction,
} from '../../src/db/workshop';
import { pairKey } from '../../src/model/tensions';
import { resetDb, tableCounts, validationMessage } from './db-helpers';

beforeEach(resetDb);

async function roundWithPerson() {
  const programme = await createProgramme({ name: 'P' });
  const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
  const person = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
  return { programme, round, person, prompt: round.prompts[0]!.id };
}

describe('recordResponse and saveNote', () => {
  it('creates one row per person and prompt, updates it in place, and keeps note and value apart', async () => {
    const { round, person, prompt } = await roundWithPerson();
    await recordResponse(round.id, person.id, prompt, 2);
    await saveNote(round.id, person.id, prompt, 'Seen in the ward audit');
    await recordResponse(round.id, person.id, prompt, 'not-yet');
    const rows = await responsesOf(round.id, person.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      promptId: prompt,
      componentId: round.prompts[0]!.componentId,
      value: 'not-yet',
      note: 'Seen in the ward audit',
      carriedForward: false,
    });
  });

  it('saves a note before any answer, and clearing an answer keeps the note', async () => {
    const { round, person, prompt } = await roundWithPerson();
    await saveNote(round.id, person.id, prompt, 'Thinking');
    expect((await responsesOf(round.id, person.id))[0]).toMatchObject({ value: null, note: 'Thinking' });
    await recordResponse(round.id, person.id, prompt, 5);
    await recordResponse(round.id, person.id, prompt, null);
    expect((await responsesOf(round.id, person.id))[0]).toMatchObject({ value: null, note: 'Thinking' });
  });

  it.each([0, 6, 2.5, 'maybe', undefined])('rejects the answer %j', async (value) => {
    const { round, person, prompt } = await roundWithPerson();
    expect(await validationMessage(recordResponse(round.id, person.id, prompt, value as never), 'value')).toBe('Choose one of the answers');
    expect((await allAnswers()).responses.length).toBe(0);
  });

  it('accepts a 10,000-character note and rejects a 20,000-character one without touching the saved note', async () => {
    const { round, person, prompt } = await roundWithPerson();
    await saveNote(round.id, person.id, prompt, 'n'.repeat(10000));
    expect(await validationMessage(saveNote(round.id, person.id, prompt, 'x'.repeat(20000)), 'note')).toMatch(/10,000 characters/);
    expect((await responsesOf(round.id, person.id))[0]!.note).toBe('n'.repeat(10000));
  });

  it('refuses prompts outside the round and rounds that are gone', async () => {
    const { round, person } = await roundWithPerson();
    expect(await validationMessage(recordResponse(round.id, person.id, 'not-a-prompt', 3), 'prompt')).toMatch(/not part of the round/);
    expect(await validationMessage(recordResponse('gone', person.id, 'x', 3), 'round')).toMatch(/no longer exists/);
    expect((await allAnswers()).responses.length).toBe(0);
  });
});

describe('recordJudgement', () => {
  it('stores one judgement per person and pair, updating value and note separately', async () => {
    const { round, person } = await roundWithPerson();
    const key = pairKey('engagement', 'transparent-measurement');
    await recordJudgement(round.id, person.id, key, { value: 2 });
    await recordJudgement(round.id, person.id, key, { note: 'League tables again' });
    const rows = await judgementsOf(round.id, person.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ pairKey: key, value: 2, note: 'League tables again' });
  });

  it('rejects values outside 0 to 3, long notes, and closed rounds', async () => {
    const { round, person } = await roundWithPerson();
    const key = pairKey('leadership', 'spread');
    expect(await validationMessage(recordJudgement(round.id, person.id, key, { value: 4 as never }), 'value')).toBeTruthy();
    expect(await validationMessage(recordJudgement(round.id, person.id, key, { note: 'x'.repeat(10001) }), 'note')).toBeTruthy();
    await setRoundStatus(round.id, 'closed');
    expect(await validationMessage(recordJudgement(round.id, person.id, key, { value: 1 }), 'round')).toMatch(/closed/);
    expect((await allAnswers()).judgements.length).toBe(0);
  });
});

describe('actions', () => {
  it('adds, edits, changes status (carrying into a round once) and deletes an action', async () => {
    const { programme, round } = await roundWithPerson();
    const action = await addAction(programme.id, round.id, { text: ' Share the data ', componentId: 'transparent-measurement', owner: 'Ana', dueDate: '2026-04-30' });
    expect(await db.actions.get(action.id)).toMatchObject({ text: 'Share the data', status: 'open', owner: 'Ana', dueDate: '2026-04-30', carriedInto: [] });
    await updateAction(action.id, { text: 'Share the data monthly', componentId: null, owner: '', dueDate: '' });
    expect(await db.actions.get(action.id)).toMatchObject({ text: 'Share the data monthly', componentId: null, dueDate: '' });
    await setActionStatus(action.id, 'open', 'round-2');
    await setActionStatus(action.id, 'open', 'round-2');
    expect((await db.actions.get(action.id))!.carriedInto).toEqual(['round-2']);
    await setActionStatus(action.id, 'done');
    expect((await db.actions.get(action.id))!.status).toBe('done');
    await deleteAction(action.id);
    expect(await db.actions.count()).toBe(0);
  });

  it('rejects an empty action, a long owner and an impossible due date, saving nothing', async () => {
    const { programme, round } = await roundWithPerson();
    expect(await validationMessage(addAction(programme.id, round.id, { text: ' ', componentId: null }), 'text')).toMatch(/^Enter/);
    expect(await validationMessage(addAction(programme.id, round.id, { text: 'A', componentId: null, owner: 'o'.repeat(300) }), 'owner')).toMatch(/120/);
    expect(await validationMessage(addAction(programme.id, round.id, { text: 'A', componentId: null, dueDate: '2026-02-30' }), 'dueDate')).toMatch(/real date/);
    expect(await db.actions.count()).toBe(0);
  });
});

describe('events and lessons', () => {
  it('creates, edits in place and deletes an event', async () => {
    const { programme } = await roundWithPerson();
    const event = await saveEvent(programme.id, { date: '2026-02-01', title: 'New clinical lead', note: 'Dr Patel' });
    const edited = await saveEvent(programme.id, { date: '2026-02-02', title: 'New clinical lead started' }, event.id);
    expect(edited.id).toBe(event.id);
    expect(edited.createdAt).toBe(event.createdAt);
    expect(await db.events.get(event.id)).toMatchObject({ date: '2026-02-02', title: 'New clinical lead started', note: '' });
    await deleteEvent(event.id);
    expect(await db.events.count()).toBe(0);
  });

  it('validates events and lessons before writing', async () => {
    const { programme } = await roundWithPerson();
    expect(await validationMessage(saveEvent(programme.id, { date: '2026-02-30', title: 'X' }), 'date')).toMatch(/real date/);
    expect(await validationMessage(saveEvent(programme.id, { date: '2026-02-01', title: '' }), 'title')).toMatch(/^Enter/);
    expect(await validationMessage(saveLesson(programme.id, { date: '2026-02-01', componentId: null, text: 'l'.repeat(20000) }), 'text')).toMatch(
      /4,000/,
    );
    expect(await tableCounts()).toMatchObject({ events: 0, lessons: 0 });
  });

  it('creates, edits and deletes a lesson', async () => {
    const { programme } = await roundWithPerson();
    const lesson = await saveLesson(programme.id, { date: '2026-02-15', componentId: 'spread', text: 'Huddles work' });
    await saveLesson(programme.id, { date: '2026-02-16', componentId: null, text: 'Huddles work when short' }, lesson.id);
    expect(await db.lessons.get(lesson.id)).toMatchObject({ componentId: null, text: 'Huddles work when short' });
    await deleteLesson(lesson.id);
    expect(await db.lessons.count()).toBe(0);
  });
});
