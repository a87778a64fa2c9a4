/**
 * Deletions travel and nothing deleted comes back (issue 12): a restore and a sync both respect
 * tombstones, unless the copy coming in was changed after the deletion (newer wins).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { responsesOfRound } from '../../src/db/answers';
import { db } from '../../src/db/database';
import { removeParticipant } from '../../src/db/rounds';
import { deleteLesson } from '../../src/db/workshop';
import { importBackup } from '../../src/exchange/import';
import { mergeSynced, planRestore } from '../../src/exchange/mergeIncoming';
import { backupOf, smallProgramme } from '../fixtures/data-backup';
import { seedDb } from '../fixtures/seed-db';

beforeEach(async () => {
  await db.delete();
  await db.open();
  await seedDb(smallProgramme());
});

describe('tombstones', () => {
  it('a restore does not bring back a lesson or a person deleted after the backup was made, and says so', async () => {
    const file = backupOf(smallProgramme());
    const lesson = file.data.lessons[0]!;
    const person = file.data.participants.find((p) => p.roundId === 'small-round-2')!;
    await deleteLesson(lesson.id);
    await db.rounds.update('small-round-2', { status: 'open' });
    await removeParticipant(person.id);
    const plan = await planRestore(file.data);
    expect(plan.deletedHere).toBeGreaterThanOrEqual(2);
    await importBackup(file);
    expect(await db.lessons.get(lesson.id)).toBeUndefined();
    expect(await db.participants.get(person.id)).toBeUndefined();
    expect((await responsesOfRound('small-round-2')).some((r) => r.participantId === person.id)).toBe(false);
  });

  it('a copy changed after the deletion still wins', async () => {
    const lesson = smallProgramme().lessons[0]!;
    await deleteLesson(lesson.id);
    const later = { ...lesson, text: 'Written again later', updatedAt: new Date(Date.now() + 1000).toISOString() };
    const file = backupOf({ ...smallProgramme(), lessons: [later] });
    await importBackup(file);
    expect((await db.lessons.get(lesson.id))!.text).toBe('Written again later');
  });

  it('a deletion arriving by sync removes the record here (and its answers), and a later copy of the old record does not bring it back', async () => {
    const person = smallProgramme().participants.find((p) => p.roundId === 'small-round-2')!;
    const at = new Date().toISOString();
    await mergeSynced('small', { kind: 'sheets', roundId: 'small-round-2' }, [
      { table: 'participants', record: { id: person.id, programmeId: 'small', roundId: 'small-round-2', updatedAt: at }, deleted: true },
    ]);
    expect(await db.participants.get(person.id)).toBeUndefined();
    expect((await responsesOfRound('small-round-2')).some((r) => r.participantId === person.id)).toBe(false);
    const { skipped } = await mergeSynced('small', { kind: 'sheets', roundId: 'small-round-2' }, [{ table: 'participants', record: person as unknown as Record<string, unknown> }]);
    expect(skipped).toBe(1);
    expect(await db.participants.get(person.id)).toBeUndefined();
  });

  it('sync takes in only what belongs to the document: another programme, another round or a bad record is left out', async () => {
    const a = smallProgramme();
    const person = a.participants.find((p) => p.roundId === 'small-round-1')!;
    const before = await db.participants.get(person.id);
    const { skipped } = await mergeSynced('small', { kind: 'sheets', roundId: 'small-round-2' }, [
      { table: 'participants', record: { ...person, roundId: 'small-round-2', updatedAt: new Date().toISOString() } },
      { table: 'rounds', record: a.rounds[0] as unknown as Record<string, unknown> },
      { table: 'participants', record: { ...person, id: 'fresh-person', roundId: 'small-round-2', role: 'wizard' } },
    ]);
    expect(skipped).toBe(3);
    expect(await db.participants.get(person.id)).toEqual(before);
    expect(await db.participants.get('fresh-person')).toBeUndefined();
  });
});
