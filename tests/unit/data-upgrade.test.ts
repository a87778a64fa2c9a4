/**
 * A database written at schema version 1 (the first release) still opens, with every record and
 * index intact, after the current version's upgrades. When a version is added to
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
      expect(current.verno).toBeGreaterThanOrEqual(1);
      expect(await current.programmes.count()).toBe(2);
      expect(await current.responses.count()).toBe(records.responses.length + dash.responses.length);
      expect(await current.judgements.count()).toBe(records.judgements.length + dash.judgements.length);
      expect(await current.settings.get('lastBackupAt')).toEqual({ key: 'lastBackupAt', value: '2025-04-01T10:00:00.000Z' });
      // The indexes the app queries still answer.
      const round = dash.rounds[2]!;
      const person = dash.participants.find((p) => p.roundId === round.id)!;
      expect(await current.rounds.where('[programmeId+date]').between(['dash', ''], ['dash', '\uffff']).count()).toBe(3);
      expect(await current.responses.where('[roundId+participantId]').equals([round.id, person.id]).count()).toBe(
        dash.responses.filter((r) => r.participantId === person.id).length,
      );
      expect(await current.actions.where('[programmeId+status]').equals(['small', 'open']).count()).toBe(1);
      // Records come back exactly as written.
      expect(await current.rounds.get(round.id)).toEqual(round);
      expect(await current.responses.get(records.responses[0]!.id)).toEqual(records.responses[0]);
      // The unique answer index still holds.
      const clash = { ...records.responses[0]!, id: 'clash' };
      await expect(current.responses.add(clash)).rejects.toThrow();
    } finally {
      current.close();
    }
  });
});
