/**
 * Answers and judgements are stored as one sheet per person per round. These tests hold the
 * storage to the rules every screen relies on: one answer per person and question, nothing lost
 * when saves overlap, newer wins on merge, and the dashboard hears about every change.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { allAnswers, answersOfRound, deleteAnswersOf, deleteAnswersOfRounds, judgementsOf, putAnswers, responsesOf } from '../../src/db/answers';
import { db, sheetsFromRecords } from '../../src/db/database';
import { createProgramme } from '../../src/db/programmes';
import { recordResponse, saveNote } from '../../src/db/responses';
import { addParticipant, startRound } from '../../src/db/rounds';
import { recordJudgement } from '../../src/db/workshop';
import type { Judgement, Response } from '../../src/db/types';
import { mergeAnswers } from '../../src/exchange/mergeIncoming';
import { peekDashboardRecords, prefetchDashboardRecords, watchDashboardRecords, type DashboardRecords } from '../../src/features/dashboard/dashboardRecords';
import { resetDb } from './db-helpers';

beforeEach(resetDb);

const at = (day: number) => `2026-01-${String(day).padStart(2, '0')}T09:00:00.000Z`;

function answer(id: string, roundId: string, participantId: string, promptId: string, value: Response['value'], day = 1): Response {
  return { id, createdAt: at(1), updatedAt: at(day), roundId, participantId, promptId, componentId: 'leadership', value, note: '', carriedForward: false };
}

function judgement(id: string, roundId: string, participantId: string, pairKey: string, value: Judgement['value'], day = 1): Judgement {
  return { id, createdAt: at(1), updatedAt: at(day), roundId, participantId, pairKey, value, note: '' };
}

describe('sheets', () => {
  it('groups answers and judgements into one record per person per round, one item per question or pair', async () => {
    await db.transaction('rw', db.sheets, () =>
      putAnswers({
        responses: [answer('a1', 'r1', 'ana', 'p1', 1), answer('a2', 'r1', 'ana', 'p2', 2), answer('b1', 'r1', 'ben', 'p1', 3), answer('c1', 'r2', 'ana', 'p1', 4)],
        judgements: [judgement('j1', 'r1', 'ana', 'x|y', 2)],
      }),
    );
    expect(await db.sheets.count()).toBe(3);
    expect((await responsesOf('r1', 'ana')).map((r) => r.id)).toEqual(['a1', 'a2']);
    expect((await judgementsOf('r1', 'ana')).map((j) => j.id)).toEqual(['j1']);
    expect((await answersOfRound('r1')).responses).toHaveLength(3);

    // The same question again replaces the answer; the other answers stay.
    await db.transaction('rw', db.sheets, () => putAnswers({ responses: [answer('a1b', 'r1', 'ana', 'p1', 5, 2)] }));
    expect((await responsesOf('r1', 'ana')).map((r) => [r.id, r.value])).toEqual([['a1b', 5], ['a2', 2]]);
    expect(await judgementsOf('r1', 'ana')).toHaveLength(1);

    await db.transaction('rw', db.sheets, () => deleteAnswersOf('r1', 'ana'));
    expect(await responsesOf('r1', 'ana')).toEqual([]);
    expect((await allAnswers()).responses.map((r) => r.id).sort()).toEqual(['b1', 'c1']);
    await db.transaction('rw', db.sheets, () => deleteAnswersOfRounds(['r1', 'r2']));
    expect(await db.sheets.count()).toBe(0);
  });

  it('loses nothing when many saves for the same person overlap', async () => {
    const programme = await createProgramme({ name: 'P' });
    const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
    const person = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
    const prompts = round.prompts.slice(0, 12);
    await Promise.all([
      ...prompts.map((p, i) => recordResponse(round.id, person.id, p.id, ((i % 5) + 1) as 1)),
      ...prompts.map((p) => saveNote(round.id, person.id, p.id, `note for ${p.id}`)),
      recordJudgement(round.id, person.id, 'leadership|engagement', { value: 2 }),
      recordJudgement(round.id, person.id, 'leadership|engagement', { note: 'top-down' }),
    ]);
    const rows = await responsesOf(round.id, person.id);
    expect(rows).toHaveLength(12);
    for (const [i, p] of prompts.entries()) {
      expect(rows.find((r) => r.promptId === p.id)).toMatchObject({ value: (i % 5) + 1, note: `note for ${p.id}` });
    }
    expect(await judgementsOf(round.id, person.id)).toEqual([expect.objectContaining({ value: 2, note: 'top-down' })]);
    expect(await db.sheets.count()).toBe(1);
  });

  it('merges newer wins, by person and question whatever the ids, and counts what changed', async () => {
    await db.transaction('rw', db.sheets, () =>
      putAnswers({ responses: [answer('a1', 'r1', 'ana', 'p1', 1, 5), answer('a2', 'r1', 'ana', 'p2', 2, 5)], judgements: [judgement('j1', 'r1', 'ana', 'x|y', 1, 5)] }),
    );
    const counts = await db.transaction('rw', db.sheets, () =>
      mergeAnswers(
        [
          answer('a1', 'r1', 'ana', 'p1', 4, 6), // newer: replaces
          answer('other-id', 'r1', 'ana', 'p2', 5, 4), // older copy under another id: ignored
          answer('a3', 'r1', 'ana', 'p3', 3, 1), // new question: added
          answer('b1', 'r1', 'ben', 'p1', 2, 1), // new person: added
        ],
        [judgement('j1', 'r1', 'ana', 'x|y', 3, 5)], // same time: unchanged
      ),
    );
    expect(counts).toEqual({ responses: { added: 2, updated: 1, unchanged: 1 }, judgements: { added: 0, updated: 0, unchanged: 1 } });
    expect((await responsesOf('r1', 'ana')).map((r) => [r.id, r.value])).toEqual([['a1', 4], ['a2', 2], ['a3', 3]]);
    expect((await responsesOf('r1', 'ben')).map((r) => r.id)).toEqual(['b1']);
    expect((await judgementsOf('r1', 'ana'))[0]!.value).toBe(1);
  });

  it('builds sheets from version 1 records, the later copy winning where two answer the same question', () => {
    const sheets = sheetsFromRecords(
      [answer('a1', 'r1', 'ana', 'p1', 1, 3), answer('a1-dup', 'r1', 'ana', 'p1', 5, 2), answer('b1', 'r1', 'ben', 'p1', 2)],
      [judgement('j1', 'r1', 'cy', 'x|y', 0)],
    );
    expect(sheets.map((s) => [s.participantId, s.responses.map((r) => r.id), s.judgements.map((j) => j.id)])).toEqual([
      ['ana', ['a1'], []],
      ['ben', ['b1'], []],
      ['cy', [], ['j1']],
    ]);
  });
});

describe('the dashboard’s live records', () => {
  it('sends the records, then fresh ones after every change to an answer', async () => {
    const programme = await createProgramme({ name: 'P' });
    const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
    const person = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
    const seen: (DashboardRecords | null)[] = [];
    let wake: () => void = () => undefined;
    const next = () => new Promise<void>((resolve) => (wake = resolve));
    let arrived = next();
    const stop = watchDashboardRecords(programme.id, {
      onRecords: (records) => {
        seen.push(records);
        wake();
      },
      onError: (error) => {
        throw error;
      },
    });
    await arrived;
    expect(seen[0]!.responses).toHaveLength(0);
    expect(seen[0]!.participants.map((p) => p.label)).toEqual(['Ana']);

    arrived = next();
    await recordResponse(round.id, person.id, round.prompts[0]!.id, 4);
    await arrived;
    expect(seen.at(-1)!.responses.map((r) => r.value)).toEqual([4]);

    stop();
    const count = seen.length;
    await recordResponse(round.id, person.id, round.prompts[1]!.id, 2);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toHaveLength(count);
  });

  it('keeps a read made ahead only until something it shows changes', async () => {
    const programme = await createProgramme({ name: 'P' });
    const round = await startRound(programme.id, { title: 'R', date: '2026-01-10' });
    const person = await addParticipant(round.id, { label: 'Ana', role: 'clinician' });
    prefetchDashboardRecords(programme.id);
    expect(peekDashboardRecords(programme.id)).toBeUndefined(); // still reading
    await expect.poll(() => peekDashboardRecords(programme.id)).toBeDefined();
    expect(peekDashboardRecords(programme.id)!.participants).toHaveLength(1);
    expect(peekDashboardRecords('another')).toBeUndefined();

    await recordResponse(round.id, person.id, round.prompts[0]!.id, 3);
    await expect.poll(() => peekDashboardRecords(programme.id)).toBeUndefined();
    prefetchDashboardRecords(programme.id);
    await expect.poll(() => peekDashboardRecords(programme.id)?.responses.length).toBe(1);
  });

  it('sends null for a programme that is not on this device', async () => {
    const records = await new Promise<DashboardRecords | null>((resolve, reject) => {
      const stop = watchDashboardRecords('missing', { onRecords: (r) => (stop(), resolve(r)), onError: reject });
    });
    expect(records).toBeNull();
  });
});
