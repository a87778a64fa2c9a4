import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  Action,
  AnswerSheet,
  Judgement,
  Lesson,
  Participant,
  Programme,
  ProgrammeEvent,
  Response,
  Round,
  RoundStats,
  Setting,
  Share,
  Tombstone,
} from './types';

export { DB_NAME } from './schemaVersion';
import { DB_NAME } from './schemaVersion';
import { roundStatsMiddleware, statsOf } from './roundStats';

/**
 * The app's one source of truth. Every schema change adds a new `version(n)` with an
 * upgrade function and a test that opens a database written by version n - 1.
 */
export class ChangeModelDB extends Dexie {
  programmes!: EntityTable<Programme, 'id'>;
  rounds!: EntityTable<Round, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  /** Answers and pair judgements, one record per person per round (see AnswerSheet). */
  sheets!: Table<AnswerSheet, [string, string]>;
  actions!: EntityTable<Action, 'id'>;
  events!: EntityTable<ProgrammeEvent, 'id'>;
  lessons!: EntityTable<Lesson, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  /** Programmes this device shares through a sync server (see src/sync). */
  shares!: EntityTable<Share, 'programmeId'>;
  /** Deleted records, so that deletions travel and nothing deleted comes back (see Tombstone). */
  tombstones!: EntityTable<Tombstone, 'key'>;
  roundStats!: EntityTable<RoundStats, 'roundId'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      programmes: 'id, updatedAt, kind',
      rounds: 'id, programmeId, [programmeId+date], updatedAt',
      participants: 'id, roundId, programmeId, [roundId+personKey], updatedAt',
      responses: 'id, roundId, [roundId+participantId], &[roundId+participantId+promptId], updatedAt',
      judgements: 'id, roundId, [roundId+participantId], &[roundId+participantId+pairKey], updatedAt',
      actions: 'id, programmeId, roundId, [programmeId+status], updatedAt',
      events: 'id, programmeId, [programmeId+date], updatedAt',
      lessons: 'id, programmeId, [programmeId+date], updatedAt',
      settings: 'key',
    });
    // Version 2: answers and judgements move into one sheet per person per round. Every record
    // is carried over unchanged (see sheetsFromRecords); the old tables go in version 3, after
    // this upgrade has read them (Dexie deletes a table only once no later upgrade needs it).
    this.version(2)
      .stores({ sheets: '[roundId+participantId], roundId' })
      .upgrade(async (tx) => {
        const [responses, judgements] = await Promise.all([
          tx.table<Response, string>('responses').toArray(),
          tx.table<Judgement, string>('judgements').toArray(),
        ]);
        await tx.table<AnswerSheet>('sheets').bulkPut(sheetsFromRecords(responses, judgements));
      });
    this.version(3).stores({ responses: null, judgements: null });
    // Version 4: programmes shared through a sync server, and tombstones of deleted records (new tables; nothing to move).
    this.version(4).stores({ shares: 'programmeId', tombstones: 'key, programmeId' });
    // Version 5: a summary per round (answers and carried-forward counts), counted here from the
    // sheets and then kept up to date by the middleware in roundStats.ts (issue 17).
    this.version(5)
      .stores({ roundStats: 'roundId' })
      .upgrade(async (tx) => {
        const byRound = new Map<string, AnswerSheet[]>();
        await tx.table<AnswerSheet>('sheets').each((sheet) => {
          const list = byRound.get(sheet.roundId) ?? [];
          list.push(sheet);
          byRound.set(sheet.roundId, list);
        });
        await tx.table<RoundStats>('roundStats').bulkPut([...byRound].map(([roundId, sheets]) => statsOf(roundId, sheets)));
      });
    this.use(roundStatsMiddleware);
  }
}

/**
 * Group answers and judgements into sheets, one per (round, person). Where two records answer the
 * same question for the same person (which the version 1 unique index prevented), the later wins.
 */
export function sheetsFromRecords(responses: readonly Response[], judgements: readonly Judgement[]): AnswerSheet[] {
  const sheets = new Map<string, AnswerSheet>();
  const sheetFor = (roundId: string, participantId: string) => {
    const key = `${roundId}\u0000${participantId}`;
    let sheet = sheets.get(key);
    if (!sheet) {
      sheet = { roundId, participantId, responses: [], judgements: [] };
      sheets.set(key, sheet);
    }
    return sheet;
  };
  for (const r of responses) upsertItem(sheetFor(r.roundId, r.participantId).responses, r, 'promptId');
  for (const j of judgements) upsertItem(sheetFor(j.roundId, j.participantId).judgements, j, 'pairKey');
  return [...sheets.values()];
}

/** Put `item` in `items`, replacing the one with the same `key` unless that one is newer. */
function upsertItem<T extends { updatedAt: string }, K extends keyof T>(items: T[], item: T, key: K): void {
  const at = items.findIndex((i) => i[key] === item[key]);
  if (at === -1) items.push(item);
  else if (items[at]!.updatedAt <= item.updatedAt) items[at] = item;
}

export const db = new ChangeModelDB();

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}
