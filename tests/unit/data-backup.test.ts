import { beforeEach, describe, expect, it, vi } from 'vitest';
import { allAnswers, responsesOf } from '../../src/db/answers';
import { responseById, updateStoredResponse } from '../fixtures/answers';
import { db } from '../../src/db/database';
import { getSetting } from '../../src/db/settings';
import { buildBackup, backupFileName } from '../../src/exchange/export';
import { BACKUP_FORMAT, MAX_IMPORT_BYTES, type Backup } from '../../src/exchange/format';
import { describeCounts, importBackup } from '../../src/exchange/import';
import { ImportError, parseDataFile } from '../../src/exchange/parse';
import { readDataFile } from '../../src/exchange/parseOffThread';
import { backupOf, mergeRecords, smallProgramme } from '../fixtures/data-backup';
import { seedDb } from '../fixtures/seed-db';

async function snapshot() {
  const [programmes, rounds, participants, { responses, judgements }, actions, events, lessons] = await Promise.all([
    db.programmes.toArray(),
    db.rounds.toArray(),
    db.participants.toArray(),
    allAnswers(),
    db.actions.toArray(),
    db.events.toArray(),
    db.lessons.toArray(),
  ]);
  return { programmes, rounds, participants, responses, judgements, actions, events, lessons };
}

function parseOk(text: string): Backup {
  const result = parseDataFile(text);
  if (!result.ok) throw new Error(result.problem.message);
  return result.file as Backup;
}

function problemOf(value: unknown): string {
  const result = parseDataFile(typeof value === 'string' ? value : JSON.stringify(value));
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problem.message;
}

beforeEach(async () => {
  await db.delete();
  await db.open();
});

describe('backup export', () => {
  it('writes everything with format name, format version, app version and export time', async () => {
    await seedDb(mergeRecords(smallProgramme('a'), smallProgramme('b')));
    const backup = await buildBackup();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.formatVersion).toBe(1);
    expect(backup.appVersion).toBe('test');
    expect(Date.parse(backup.exportedAt)).not.toBeNaN();
    expect(backup.scope).toEqual({ kind: 'all' });
    expect(backup.data.programmes.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(backup.data.responses).toHaveLength(((await allAnswers()).responses.length));
    expect(backupFileName(backup)).toMatch(/^change-model-backup-everything-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  });

  it('writes one programme with only what belongs to it', async () => {
    await seedDb(mergeRecords(smallProgramme('a'), smallProgramme('b')));
    const backup = await buildBackup('b');
    expect(backup.scope).toEqual({ kind: 'programme', programmeId: 'b', programmeName: 'Diabetes foot care' });
    for (const table of ['rounds', 'participants', 'actions', 'events', 'lessons'] as const) {
      expect(backup.data[table].length).toBeGreaterThan(0);
      expect(backup.data[table].every((r) => ('programmeId' in r ? r.programmeId === 'b' : true))).toBe(true);
    }
    const roundIds = new Set(backup.data.rounds.map((r) => r.id));
    expect(backup.data.responses.every((r) => roundIds.has(r.roundId))).toBe(true);
    expect(backup.data.responses).toHaveLength(smallProgramme('b').responses.length);
  });

  it('round-trips: export, clear, restore gives the same records', async () => {
    await seedDb(smallProgramme());
    const before = await snapshot();
    const text = JSON.stringify(await buildBackup());
    await db.delete();
    await db.open();
    const summary = await importBackup(parseOk(text));
    expect(summary.added).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));
    expect(await snapshot()).toEqual(before);
  });
});

describe('backup import', () => {
  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const backup = backupOf(smallProgramme());
    const first = await importBackup(backup);
    expect(first.added).toBeGreaterThan(0);
    const after = await snapshot();
    const changedAt = await getSetting('lastChangeAt');
    const second = await importBackup(backupOf(smallProgramme()));
    expect(second).toMatchObject({ added: 0, updated: 0, unchanged: first.added });
    expect(await snapshot()).toEqual(after);
    expect(await getSetting('lastChangeAt')).toBe(changedAt);
    expect(describeCounts(second)).toMatch(/^Nothing new/);
  });

  it('replaces a record only by a newer one', async () => {
    await seedDb(smallProgramme());
    const records = smallProgramme();
    const [older, newer] = [records.responses[0]!, records.responses[1]!];
    await updateStoredResponse(older.id, { note: 'edited here later', updatedAt: '2026-01-01T00:00:00.000Z' });
    newer.note = 'edited on the other device';
    newer.updatedAt = '2026-02-01T00:00:00.000Z';
    older.note = 'stale copy';
    const summary = await importBackup(backupOf(records));
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    expect((await responseById(older.id))!.note).toBe('edited here later');
    expect((await responseById(newer.id))!.note).toBe('edited on the other device');
    expect(describeCounts(summary)).toContain('1 record replaced by a newer version');
  });

  it('keeps one answer per person and question when the same answer has different ids on two devices', async () => {
    await seedDb(smallProgramme());
    const local = ((await allAnswers()).responses)[0]!;
    const records = smallProgramme();
    const incoming = records.responses.find((r) => r.id === local.id)!;
    incoming.id = 'other-device-id';
    incoming.value = 5;
    incoming.updatedAt = '2026-03-01T00:00:00.000Z';
    await importBackup(backupOf(records));
    const rows = (await responsesOf(local.roundId, local.participantId)).filter((r) => r.promptId === local.promptId);
    expect(rows).toEqual([expect.objectContaining({ id: 'other-device-id', value: 5 })]);

    // An older copy under yet another id does not displace it.
    incoming.id = 'stale-id';
    incoming.value = 1;
    incoming.updatedAt = '2025-01-01T00:00:00.000Z';
    await importBackup(backupOf(records));
    const again = (await responsesOf(local.roundId, local.participantId)).filter((r) => r.promptId === local.promptId);
    expect(again).toEqual([expect.objectContaining({ id: 'other-device-id', value: 5 })]);
  });

  it('keeps fields a later version added to a record', async () => {
    const records = smallProgramme();
    (records.programmes[0] as unknown as Record<string, unknown>).scaleMapping = { kind: 'future' };
    await importBackup(parseOk(JSON.stringify(backupOf(records))));
    expect(((await db.programmes.get('small')) as unknown as Record<string, unknown>).scaleMapping).toEqual({ kind: 'future' });
  });

  it('writes nothing when the disk fills half way, and says so plainly', async () => {
    await seedDb(smallProgramme('kept'));
    const before = await snapshot();
    vi.spyOn(db.lessons, 'bulkPut').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const error = await importBackup(backupOf(smallProgramme('new'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).kind).toBe('storage');
    expect((error as ImportError).message).toMatch(/not enough storage space.*none of it was taken in/);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});

describe('bad files', () => {
  const valid = () => JSON.parse(JSON.stringify(backupOf(smallProgramme())));

  it('refuses a file that is not JSON', () => {
    expect(problemOf('Programme,Round\nA,B')).toBe(
      'This file is not a backup from this app: it is not a JSON data file (perhaps a spreadsheet, a document or a damaged download).',
    );
    expect(problemOf('{"format": ')).toMatch(/not a JSON data file/);
    expect(problemOf('')).toMatch(/not a JSON data file/);
  });

  it('refuses JSON that is not ours', () => {
    expect(problemOf({ name: 'something else' })).toBe('This file is not a backup from this app. It is a JSON data file, but not one this app saved.');
    expect(problemOf([1, 2, 3])).toMatch(/^This file is not a backup from this app\./);
    expect(problemOf('null')).toMatch(/^This file is not a backup from this app\./);
  });

  it('refuses a newer format version', () => {
    const file = valid();
    file.formatVersion = 3;
    expect(problemOf(file)).toBe('This backup was made by a newer version (format 3). Update the app, then try again.');
  });

  it('names the record and field of invalid content', () => {
    const file = valid();
    file.data.rounds[1].date = '2025-02-30';
    expect(problemOf(file)).toBe('This file is damaged or was edited by hand, so none of it was taken in. The round “Spring review”: date is not a real date.');

    const missing = valid();
    delete missing.data.responses[3].participantId;
    expect(problemOf(missing)).toMatch(/Answer 4 in the file: its person is missing\.$/);

    const answer = valid();
    answer.data.responses[0].value = 7;
    expect(problemOf(answer)).toMatch(/Answer 1 in the file: value is not one of the answers/);

    const nested = valid();
    nested.data.rounds[0].prompts[2].componentId = 'finance';
    expect(problemOf(nested)).toMatch(/The round “Baseline”: prompts item 3 its component is not one of the eight components\.$/);

    const table = valid();
    table.data.lessons = 'none';
    expect(problemOf(table)).toMatch(/The lessons table should be a list\.$/);

    const header = valid();
    header.exportedAt = 'yesterday';
    expect(problemOf(header)).toMatch(/The file's exportedAt is not a real date and time\.$/);
  });

  it('checks links between records', () => {
    const orphan = valid();
    orphan.data.responses[2].participantId = 'nobody';
    expect(problemOf(orphan)).toMatch(/Answer 3 in the file is from a person who is not in the file\.$/);

    const twice = valid();
    twice.data.participants.push({ ...twice.data.participants[0] });
    expect(problemOf(twice)).toMatch(/The person “Ana” has the same id as the person “Ana”\.$/);

    const double = valid();
    double.data.responses.push({ ...double.data.responses[0], id: 'another' });
    expect(problemOf(double)).toMatch(/answers the same question for the same person as answer 1 in the file\.$/);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const huge = { size: MAX_IMPORT_BYTES + 1, text: vi.fn() } as unknown as Blob;
    const result = await readDataFile(huge);
    expect(result).toEqual({ ok: false, problem: { kind: 'too-big', message: expect.stringMatching(/^This file is 50 MB\. Files from this app are never larger than 50 MB/) } });
    expect((huge as unknown as { text: ReturnType<typeof vi.fn> }).text).not.toHaveBeenCalled();
  });

  it('reads a valid file from a Blob', async () => {
    const result = await readDataFile(new Blob([`\uFEFF${JSON.stringify(valid())}`]));
    expect(result.ok).toBe(true);
  });
});
