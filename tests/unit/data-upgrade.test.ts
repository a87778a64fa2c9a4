/**
 * A database written at schema version 1 (the first release) still opens, with every record
 * intact, after the current version's upgrades (version 2 moved answers and judgements into one
 * sheet per person per round; version 3 dropped their old tables; version 4 added shares; version 5 the per-round summary). When a version is added to
 * src/db/database.ts, this test keeps proving that people's existing data survives it.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ChangeModelDB } from '../../src/db/database';
import { dashboardFixture } from '../fixtures/programme';
import { smallProgramme } from '../fixtures/data-backup';

const NAME = 'change-model-upgrade-test';

/** Schema version 1 exactly as it shipped: a frozen copy, never edited. */
const V1_STORES = {
  programmes: 'id, updatedAt, kind',
  rounds: 'id, programmeId, [programmeId+date], updatedAt',
  participants: 'id, roundId, programmeId, [roundId+personKey], updatedAt',
  responses: 'id, roundId, [roundId+participantId], &[roundId+participantId+promptId], updatedAt',
  judgements: 'id, roundId, [roundId+participantId], &[roundId+participantId+pairKey], updatedAt',
  actions: 'id, programmeId, roundId, [programmeId+status], updatedAt',
  events: 'id, programmeId, [programmeId+date], updatedAt',
  lessons: 'id, programmeId, [programmeId+date], updatedAt',
  settings: 'key',
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema upgrades', () => {
  it('opens a version 1 database with data and keeps every record and index', async () => {
    const records = smallProgramme();
    const dash = dashboardFixture();
    const v1 = new Dexie(NAME);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.transaction('rw', v1.tables, async () => {
      for (const source of [records, dash]) {
        for (const [table, rows] of Object.entries(source)) await v1.table(table).bulkAdd(rows as unknown[]);
      }
      await v1.table('settings').bulkAdd([
        { key: 'lastChangeAt', value: '2025-05-12T10:00:00.000Z' },
        { key: 'lastBackupAt', value: '2025-04-01T10:00:00.000Z' },
      ]);
    });
    v1.close();

    const current = new ChangeModelDB(NAME);
    await current.open();
    try {
      expect(current.verno).toBe(5);
      // Version 4 added the shares and tombstones tables (shared programmes, deletions), empty after an upgrade;
      // version 5 the per-round summary (tests/unit/db-round-stats.test.ts).
      expect(current.tables.map((t) => t.name).sort()).toEqual(['actions', 'events', 'lessons', 'participants', 'programmes', 'roundStats', 'rounds', 'settings', 'shares', 'sheets', 'tombstones']);
      expect(await current.shares.count()).toBe(0);
      expect(await current.programmes.count()).toBe(2);
      expect(await current.settings.get('lastBackupAt')).toEqual({ key: 'lastBackupAt', value: '2025-04-01T10:00:00.000Z' });
      // Every answer and judgement came across unchanged, one sheet per person per round.
      const sheets = await current.sheets.toArray();
      const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
      expect(byId(sheets.flatMap((s) => s.responses))).toEqual(byId([...records.responses, ...dash.responses]));
      expect(byId(sheets.flatMap((s) => s.judgements))).toEqual(byId([...records.judgements, ...dash.judgements]));
      const people = new Set([...records.responses, ...dash.responses, ...records.judgements, ...dash.judgements].map((r) => `${r.roundId}/${r.participantId}`));
      expect(sheets).toHaveLength(people.size);
      for (const sheet of sheets) {
        expect([...sheet.responses, ...sheet.judgements].every((r) => r.roundId === sheet.roundId && r.participantId === sheet.participantId)).toBe(true);
        expect(new Set(sheet.responses.map((r) => r.promptId)).size).toBe(sheet.responses.length);
      }
      // The indexes the app queries answer.
      const round = dash.rounds[2]!;
      const person = dash.participants.find((p) => p.roundId === round.id)!;
      expect(await current.rounds.where('[programmeId+date]').between(['dash', ''], ['dash', '\uffff']).count()).toBe(3);
      expect(await current.sheets.where('roundId').equals(round.id).count()).toBe(dash.participants.filter((p) => p.roundId === round.id).length);
      expect((await current.sheets.get([round.id, person.id]))!.responses).toHaveLength(dash.responses.filter((r) => r.participantId === person.id).length);
      expect(await current.actions.where('[programmeId+status]').equals(['small', 'open']).count()).toBe(1);
      // Records come back exactly as written.
      expect(await current.rounds.get(round.id)).toEqual(round);
    } finally {
      current.close();
    }
  });
});
