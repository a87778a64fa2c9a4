/**
 * The takeover attempts found by trying hostile files (issue 11), each against the one merge:
 * a record coming in may add to or update only records of its own programme (and round).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { allAnswers, responsesOfRound } from '../../src/db/answers';
import { db } from '../../src/db/database';
import type { AnswersPacket, InvitationPacket } from '../../src/exchange/format';
import { ANSWERS_FORMAT, INVITATION_FORMAT } from '../../src/exchange/format';
import { buildInvitation, importAnswersPacket, importInvitation } from '../../src/exchange/handover';
import { importBackup } from '../../src/exchange/import';
import { planRestore } from '../../src/exchange/mergeIncoming';
import { ImportError, parseDataFile } from '../../src/exchange/parse';
import { planFor } from '../../src/features/data/importing';
import { backupOf, smallProgramme } from '../fixtures/data-backup';
import type { ProgrammeRecords } from '../fixtures/programme';
import { seedDb } from '../fixtures/seed-db';
import { tableCounts } from './db-helpers';

const LATER = '2026-11-30T12:00:00.000Z';

beforeEach(async () => {
  await db.delete();
  await db.open();
  // Programme A ("small") and programme B ("other") on this device.
  await seedDb(smallProgramme());
  await seedDb(smallProgramme('other'));
});

function parsed<T>(value: unknown): T {
  const result = parseDataFile(JSON.stringify(value));
  if (!result.ok) throw new Error(result.problem.message);
  return result.file as T;
}

/** Everything programme A holds, to compare before and after. */
async function programmeA() {
  const [programme, rounds, participants, actions, lessons, events] = await Promise.all([
    db.programmes.get('small'),
    db.rounds.where('programmeId').equals('small').sortBy('id'),
    db.participants.where('programmeId').equals('small').sortBy('id'),
    db.actions.where('programmeId').equals('small').sortBy('id'),
    db.lessons.where('programmeId').equals('small').sortBy('id'),
    db.events.where('programmeId').equals('small').sortBy('id'),
  ]);
  const answers = await Promise.all(rounds.map((r) => responsesOfRound(r.id)));
  return { programme, rounds, participants, actions, lessons, events, answers };
}

/** A backup of programme B that reuses A's ids for one record of `table`, changed later. */
function hostileBackup(mutate: (b: ProgrammeRecords, a: ProgrammeRecords) => void) {
  const b = smallProgramme('other');
  mutate(b, smallProgramme());
  return parsed<ReturnType<typeof backupOf>>(backupOf(b, LATER));
}

describe('restore never moves a record between programmes', () => {
  it('takes a round reusing A’s round id into B under a new id, with its people and answers following it', async () => {
    const before = await programmeA();
    const file = hostileBackup((b, a) => {
      const stolen = a.rounds[0]!.id;
      const old = b.rounds[0]!.id;
      b.rounds[0] = { ...b.rounds[0]!, id: stolen, updatedAt: LATER, title: 'Taken over' };
      for (const p of b.participants) if (p.roundId === old) p.roundId = stolen;
      for (const r of b.responses) if (r.roundId === old) r.roundId = stolen;
      for (const j of b.judgements) if (j.roundId === old) j.roundId = stolen;
      for (const x of b.actions) if (x.roundId === old) x.roundId = stolen;
      b.rounds[1] = { ...b.rounds[1]!, previousRoundId: stolen, updatedAt: LATER };
    });
    const plan = await planRestore(file.data);
    expect(plan.newIds[0]).toEqual(expect.objectContaining({ table: 'rounds', what: 'the round “Taken over”', why: expect.stringContaining('“Diabetes foot care”') }));
    // B's people of that round are on this device already, in B's own round: they follow the new round under new ids.
    expect(plan.newIds.slice(1).map((n) => [n.table, n.why])).toEqual([
      ['participants', 'its id is already used on this device by a person in another round'],
      ['participants', 'its id is already used on this device by a person in another round'],
    ]);

    const summary = await importBackup(file);
    expect(summary.newIds).toHaveLength(3);
    expect(await programmeA()).toEqual(before);
    const taken = await db.rounds.where('programmeId').equals('other').toArray();
    const copy = taken.find((r) => r.title === 'Taken over')!;
    expect(copy.id).not.toBe(file.data.rounds[0]!.id);
    // Its people, answers and actions came with it into B, and B's later round still points at it.
    const people = await db.participants.where('roundId').equals(copy.id).toArray();
    expect(people.length).toBe(2);
    expect(people.every((p) => p.programmeId === 'other')).toBe(true);
    expect((await responsesOfRound(copy.id)).length).toBeGreaterThan(0);
    expect(taken.find((r) => r.title === 'Spring review')!.previousRoundId).toBe(copy.id);
    expect((await db.actions.where('programmeId').equals('other').toArray()).every((x) => x.roundId !== file.data.rounds[0]!.id)).toBe(true);
  });

  it('takes a person, an action and a lesson reusing A’s ids into B under new ids', async () => {
    const before = await programmeA();
    const file = hostileBackup((b, a) => {
      const oldPerson = b.participants[0]!.id;
      b.participants[0] = { ...b.participants[0]!, id: a.participants[0]!.id, updatedAt: LATER };
      for (const r of b.responses) if (r.participantId === oldPerson) r.participantId = a.participants[0]!.id;
      for (const j of b.judgements) if (j.participantId === oldPerson) j.participantId = a.participants[0]!.id;
      b.actions[0] = { ...b.actions[0]!, id: a.actions[0]!.id, updatedAt: LATER, text: 'Moved action' };
      b.lessons.push({ ...a.lessons[0]!, programmeId: 'other', updatedAt: LATER, text: 'Moved lesson' });
      b.events[0] = { ...b.events[0]!, id: a.events[0]!.id, updatedAt: LATER };
    });
    const view = await planFor(file);
    expect(view.refusal).toBeUndefined();
    expect(view.notes.join('\n')).toMatch(/The person “Ana” is taken in as a new record: its id is already used on this device by a record of “Diabetes foot care”/);
    expect(view.notes.join('\n')).toMatch(/The action “Moved action”/);
    expect(view.notes.join('\n')).toMatch(/The lesson “Moved lesson”/);

    const countsBefore = await tableCounts();
    const summary = await importBackup(file);
    expect(summary.newIds.map((n) => n.table).sort()).toEqual(['actions', 'events', 'lessons', 'participants']);
    expect(await programmeA()).toEqual(before);
    // B gained the lesson (a new record); nothing else changed count, every B record is still B's.
    const after = await tableCounts();
    expect(after.lessons).toBe(countsBefore.lessons! + 1);
    expect((await db.lessons.where('programmeId').equals('other').toArray()).map((l) => l.text)).toContain('Moved lesson');
    const movedPerson = (await db.participants.where('programmeId').equals('other').toArray()).filter((p) => p.label === 'Ana');
    expect(movedPerson.every((p) => p.id !== file.data.participants[0]!.id)).toBe(true);
  });

  it('gives the same new ids when the same file comes twice, so the second time changes nothing', async () => {
    const file = hostileBackup((b, a) => {
      b.lessons.push({ ...a.lessons[0]!, programmeId: 'other', updatedAt: LATER, text: 'Moved lesson' });
    });
    const first = await importBackup(file);
    expect(first.added).toBe(1);
    const counts = await tableCounts();
    const second = await importBackup(file);
    expect(second.added + second.updated).toBe(0);
    expect(await tableCounts()).toEqual(counts);
  });

  it('still updates a record of the same programme, newer wins (an ordinary restore)', async () => {
    const a = smallProgramme();
    a.rounds[0] = { ...a.rounds[0]!, title: 'Baseline, renamed later', updatedAt: LATER };
    const summary = await importBackup(parsed(backupOf(a, LATER)));
    expect(summary.newIds).toEqual([]);
    expect(summary.updated).toBe(1);
    expect((await db.rounds.get(a.rounds[0]!.id))!.title).toBe('Baseline, renamed later');
  });
});

describe('a hand-over answers file only adds or updates that person’s answers in that round', () => {
  it('refuses a file that would move a person of one round into another, and changes nothing', async () => {
    const a = smallProgramme();
    const someoneElse = a.participants.find((p) => p.roundId === 'small-round-1')!;
    const packet = parsed<AnswersPacket>({
      format: ANSWERS_FORMAT,
      formatVersion: 1,
      appVersion: 'test',
      exportedAt: LATER,
      programmeId: 'small',
      roundId: 'small-round-2',
      roundTitle: 'Spring review',
      participant: { ...someoneElse, roundId: 'small-round-2', updatedAt: LATER },
      answers: [{ promptId: a.rounds[1]!.prompts[0]!.id, value: 1, note: '', updatedAt: LATER }],
      judgements: [],
    });
    const before = await programmeA();
    const answersBefore = await allAnswers();
    expect((await planFor(packet)).refusal).toMatch(/already has a different person with the same id in another round/);
    await expect(importAnswersPacket(packet)).rejects.toThrow(ImportError);
    expect(await programmeA()).toEqual(before);
    expect(await allAnswers()).toEqual(answersBefore);
  });
});

describe('an invitation never changes a programme, round or statement already here', () => {
  async function hostileInvitation(): Promise<InvitationPacket> {
    const real = await buildInvitation('small-round-2');
    return parsed<InvitationPacket>({
      ...real,
      format: INVITATION_FORMAT,
      exportedAt: LATER,
      programme: { ...real.programme, name: 'Renamed by a file', trackedPairs: [], updatedAt: LATER },
      round: { ...real.round, title: 'Replaced round', prompts: real.round.prompts.slice(0, 1), updatedAt: LATER },
    });
  }

  it('keeps A’s name, pairs, rounds and statements when an invitation reuses its ids', async () => {
    const before = await programmeA();
    const invitation = await hostileInvitation();
    const view = await planFor(invitation);
    expect(view.notes.join(' ')).toMatch(/kept exactly as it is here/);
    const result = await importInvitation(invitation);
    expect(result.added).toBe(0);
    expect(await programmeA()).toEqual(before);
  });

  it('adds a new round to a programme already here, and nothing else', async () => {
    const real = await buildInvitation('small-round-2');
    const invitation = parsed<InvitationPacket>({
      ...real,
      programme: { ...real.programme, name: 'Renamed by a file', updatedAt: LATER },
      round: { ...real.round, id: 'small-round-3', title: 'Autumn review', updatedAt: LATER },
    });
    const view = await planFor(invitation);
    expect(view.notes.join(' ')).toMatch(/The round “Autumn review” is added to it/);
    await importInvitation(invitation);
    expect((await db.programmes.get('small'))!.name).toBe('Diabetes foot care');
    expect((await db.rounds.get('small-round-3'))!.programmeId).toBe('small');
  });

  it('refuses an invitation whose round id belongs to another programme', async () => {
    const real = await buildInvitation('small-round-2');
    const invitation = parsed<InvitationPacket>({
      ...real,
      programme: { ...real.programme, id: 'brand-new', name: 'New programme' },
      round: { ...real.round, programmeId: 'brand-new', updatedAt: LATER },
    });
    const counts = await tableCounts();
    expect((await planFor(invitation)).refusal).toMatch(/same id as the round “Spring review” of another programme/);
    await expect(importInvitation(invitation)).rejects.toThrow(/Ask for a new invitation/);
    expect(await tableCounts()).toEqual(counts);
    expect(await db.programmes.get('brand-new')).toBeUndefined();
  });
});
