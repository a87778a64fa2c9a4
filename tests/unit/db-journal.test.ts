/**
 * The answer journal (db/journal.ts): an answer written to localStorage before its IndexedDB
 * transaction, cleared on commit, replayed at start-up if a page went away first, and never
 * allowed to overwrite a change made later.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { judgementsOf, responsesOf } from '../../src/db/answers';
import { journalWrite, pendingJournal } from '../../src/db/journal';
import { replayJournal } from '../../src/db/journalReplay';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, setRoundStatus, startRound } from '../../src/db/rounds';
import { recordJudgement } from '../../src/db/workshop';
import { resetDb } from './db-helpers';

beforeEach(async () => {
  await resetDb();
  localStorage.clear();
});

async function roundWithPerson() {
  const programme = await createProgramme({ name: 'P' });
  const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
  const person = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
  return { round, person, prompt: round.prompts[0]!.id };
}

describe('answer journal', () => {
  it('leaves nothing behind once a write has committed', async () => {
    const { round, person, prompt } = await roundWithPerson();
    await recordResponse(round.id, person.id, prompt, 3);
    await saveNote(round.id, person.id, prompt, 'From the audit');
    await recordJudgement(round.id, person.id, 'leadership|engagement', { value: 2 });
    expect(pendingJournal()).toEqual([]);
  });

  it('replays an answer, a note and a pair view whose page went away before the commit', async () => {
    const { round, person, prompt } = await roundWithPerson();
    const at = new Date(Date.now() - 2000).toISOString();
    const noteAt = new Date(Date.now() - 1000).toISOString();
    journalWrite({ kind: 'response', roundId: round.id, participantId: person.id, promptId: prompt, change: { value: 4 }, at });
    journalWrite({ kind: 'response', roundId: round.id, participantId: person.id, promptId: prompt, change: { note: 'Typed then reloaded' }, at: noteAt });
    journalWrite({ kind: 'judgement', roundId: round.id, participantId: person.id, pairKey: 'leadership|engagement', change: { value: 3 }, at });
    expect(await replayJournal()).toBe(3);
    const [answer] = await responsesOf(round.id, person.id);
    expect(answer).toMatchObject({ value: 4, note: 'Typed then reloaded', updatedAt: noteAt });
    expect((await judgementsOf(round.id, person.id))[0]).toMatchObject({ value: 3 });
    expect(pendingJournal()).toEqual([]);
  });

  it('never overwrites a change made after the journalled one', async () => {
    const { round, person, prompt } = await roundWithPerson();
    const earlier = new Date(Date.now() - 60_000).toISOString();
    journalWrite({ kind: 'response', roundId: round.id, participantId: person.id, promptId: prompt, change: { value: 1 }, at: earlier });
    // Meanwhile (another tab) the answer was changed; its own journal entry came and went.
    await recordResponse(round.id, person.id, prompt, 5);
    journalWrite({ kind: 'response', roundId: round.id, participantId: person.id, promptId: prompt, change: { value: 1 }, at: earlier });
    await replayJournal();
    expect((await responsesOf(round.id, person.id))[0]!.value).toBe(5);
  });

  it('drops what can no longer be written (a closed round, a value that is not an answer)', async () => {
    const { round, person, prompt } = await roundWithPerson();
    await setRoundStatus(round.id, 'closed');
    const at = new Date().toISOString();
    journalWrite({ kind: 'response', roundId: round.id, participantId: person.id, promptId: prompt, change: { value: 2 }, at });
    journalWrite({ kind: 'response', roundId: 'gone', participantId: person.id, promptId: prompt, change: { value: 'seven' }, at });
    expect(await replayJournal()).toBe(0);
    expect(await responsesOf(round.id, person.id)).toEqual([]);
    expect(pendingJournal()).toEqual([]);
  });
});
