/**
 * The per-round summary (schema version 5, src/db/roundStats.ts) that the programme page counts
 * from: filled in by the upgrade from version 4, then kept equal to a recount of the sheets by
 * every path that writes them, in the same transaction.
 */
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { deleteAnswersOf, putAnswers } from '../../src/db/answers';
import { ChangeModelDB, db } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { confirmAllCarried, recordResponse, saveNote } from '../../src/db/responses';
import { statsOf } from '../../src/db/roundStats';
import { addParticipant, deleteRound, removeParticipant, startRound } from '../../src/db/rounds';
import { IDB_VERSION, SCHEMA_VERSION } from '../../src/db/schemaVersion';
import type { AnswerSheet, Response } from '../../src/db/types';
import { resetDb } from './db-helpers';

beforeEach(resetDb);

/** What the summary should say: a recount of every sheet. */
async function recounted() {
  const byRound = new Map<string, AnswerSheet[]>();
  for (const sheet of await db.sheets.toArray()) byRound.set(sheet.roundId, [...(byRound.get(sheet.roundId) ?? []), sheet]);
  return [...byRound].map(([roundId, sheets]) => statsOf(roundId, sheets)).sort((a, b) => a.roundId.localeCompare(b.roundId));
}

async function stored() {
  return (await db.roundStats.toArray()).sort((a, b) => a.roundId.localeCompare(b.roundId));
}

async function roundWithPeople(people = 2) {
  const programme = await createProgramme({ name: 'P' });
  const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
  const persons = [];
  for (let i = 0; i < people; i++) persons.push(await addParticipant(round.id, { label: `Person ${i + 1}`, role: 'clinician' }));
  return { programme, round, persons };
}

describe('the per-round summary', () => {
  it('is the version the first screen checks for', () => {
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(IDB_VERSION).toBe(SCHEMA_VERSION * 10);
  });

  it('counts answers as they are saved, changed, noted and deleted', async () => {
    const { round, persons } = await roundWithPeople(2);
    const [a, b] = persons as [(typeof persons)[0], (typeof persons)[0]];
    const [p1, p2] = [round.prompts[0]!.id, round.prompts[1]!.id];
    await recordResponse(round.id, a.id, p1, 3);
    await recordResponse(round.id, a.id, p2, 'not-yet');
    await recordResponse(round.id, b.id, p1, 2);
    expect(await db.roundStats.get(round.id)).toEqual({ roundId: round.id, sheets: 2, answers: 3, carried: 0 });
    await recordResponse(round.id, a.id, p1, 4); // a change, not a new answer
    await saveNote(round.id, b.id, p2, 'Seen on the ward'); // a note on its own is an answer stored
    expect(await db.roundStats.get(round.id)).toMatchObject({ answers: 4 });
    await deleteAnswersOf(round.id, a.id);
    expect(await db.roundStats.get(round.id)).toEqual({ roundId: round.id, sheets: 1, answers: 2, carried: 0 });
    await removeParticipant(b.id);
    expect(await db.roundStats.get(round.id)).toBeUndefined();
    expect(await stored()).toEqual(await recounted());
  });

  it('counts carried-forward answers until they are confirmed, and forgets a deleted round', async () => {
    const { programme, round, persons } = await roundWithPeople(2);
    for (const person of persons) for (const prompt of round.prompts.slice(0, 5)) await recordResponse(round.id, person.id, prompt.id, 3);
    const next = await startRound(programme.id, { title: 'R2', date: '2026-02-10', fromPrevious: true });
    expect(await db.roundStats.get(next.id)).toEqual({ roundId: next.id, sheets: 2, answers: 10, carried: 10 });
    const carriedPerson = (await db.participants.where('roundId').equals(next.id).toArray())[0]!;
    await confirmAllCarried(next.id, carriedPerson.id, round.prompts.slice(0, 5).map((p) => p.id));
    expect(await db.roundStats.get(next.id)).toEqual({ roundId: next.id, sheets: 2, answers: 10, carried: 5 });
    await deleteRound(next.id);
    expect(await db.roundStats.get(next.id)).toBeUndefined();
    expect(await stored()).toEqual(await recounted());
  });

  it('follows bulk writes (imports, hand-overs, sync) and clearing the table', async () => {
    const { round, persons } = await roundWithPeople(3);
    const now = new Date().toISOString();
    const responses: Response[] = persons.flatMap((person) =>
      round.prompts.slice(0, 4).map((prompt) => ({
        id: crypto.randomUUID(),
        createdAt: now,
        updatedAt: now,
        roundId: round.id,
        participantId: person.id,
        promptId: prompt.id,
        componentId: prompt.componentId,
        value: 2,
        note: '',
        carriedForward: prompt === round.prompts[0],
      })),
    );
    await putAnswers({ responses });
    expect(await db.roundStats.get(round.id)).toEqual({ roundId: round.id, sheets: 3, answers: 12, carried: 3 });
    await db.sheets.clear();
    expect(await db.roundStats.count()).toBe(0);
  });

  it('is filled in by the upgrade from version 4, for every round that has answers', async () => {
    const NAME = 'change-model-round-stats-upgrade';
    // Schema version 4 as it shipped: a frozen copy, never edited.
    const v4 = new Dexie(NAME);
    v4.version(4).stores({
      programmes: 'id, updatedAt, kind',
      rounds: 'id, programmeId, [programmeId+date], updatedAt',
      participants: 'id, roundId, programmeId, [roundId+personKey], updatedAt',
      actions: 'id, programmeId, roundId, [programmeId+status], updatedAt',
      events: 'id, programmeId, [programmeId+date], updatedAt',
      lessons: 'id, programmeId, [programmeId+date], updatedAt',
      settings: 'key',
      sheets: '[roundId+participantId], roundId',
      shares: 'programmeId',
      tombstones: 'key, programmeId',
    });
    const sheet = (roundId: string, participantId: string, values: number, carried: number): AnswerSheet => ({
      roundId,
      participantId,
      responses: Array.from({ length: values }, (_, i) => ({
        id: `${roundId}-${participantId}-${i}`,
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        roundId,
        participantId,
        promptId: `p${i}`,
        componentId: 'engagement',
        value: 3,
        note: '',
        carriedForward: i < carried,
      })),
      judgements: [],
    });
    await v4.open();
    await v4.table('sheets').bulkAdd([sheet('r1', 'a', 40, 0), sheet('r1', 'b', 38, 0), sheet('r2', 'a', 40, 12), sheet('r3', 'c', 0, 0)]);
    v4.close();

    const current = new ChangeModelDB(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(5);
      expect((await current.roundStats.toArray()).sort((x, y) => x.roundId.localeCompare(y.roundId))).toEqual([
        { roundId: 'r1', sheets: 2, answers: 78, carried: 0 },
        { roundId: 'r2', sheets: 1, answers: 40, carried: 12 },
        { roundId: 'r3', sheets: 1, answers: 0, carried: 0 },
      ]);
      expect(await current.sheets.count()).toBe(4);
    } finally {
      current.close();
      await Dexie.delete(NAME);
    }
  });
});
