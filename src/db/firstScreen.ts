/**
 * The home page's reads, without Dexie (issue 17). The first screen has to be drawn and usable on a
 * slow phone before the database library (31 KB) arrives, so these few read-only queries go
 * straight to IndexedDB through `idb` (1 KB). Everything that writes, and every other screen, uses
 * Dexie (db/database.ts); the two never disagree about the schema because this module reads only
 * a database already at the version Dexie would open (SCHEMA_VERSION), and otherwise reports
 * `needsUpgrade`, so the caller opens Dexie first.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { newestOpenRound, personalProgrammeOf } from './personal';
import { DB_NAME, IDB_VERSION } from './schemaVersion';
import type { AnswerSheet, Participant, Programme, Round } from './types';

export interface ProgrammeRow {
  programme: Programme;
  rounds: number;
  lastRoundDate: string | undefined;
}

export interface UnfinishedQuickCheck {
  programme: Programme;
  round: Round;
  participant?: Participant;
  /** Statements this person has answered (not counting ones left empty). */
  answered: number;
}

export interface LastPlace {
  programmeId: string;
  roundId: string;
  componentId?: string;
}

export interface HomeData {
  programmes: ProgrammeRow[];
  quickCheck: UnfinishedQuickCheck | null;
  place: { programme: Programme; round: Round; componentId?: string } | null;
}

/** The database is older than this version of the app: Dexie must upgrade it before anything reads it. */
export class NeedsUpgrade extends Error {
  override name = 'NeedsUpgrade';
}

/** Most recent activity first: the later of the last round's date and the last edit of the programme. */
function activity(row: ProgrammeRow): string {
  const edited = row.programme.updatedAt.slice(0, 10);
  return row.lastRoundDate && row.lastRoundDate > edited ? row.lastRoundDate : edited;
}

export function sortProgrammeRows(rows: ProgrammeRow[]): ProgrammeRow[] {
  return rows.sort((a, b) => activity(b).localeCompare(activity(a)) || a.programme.name.localeCompare(b.programme.name));
}

const EMPTY: HomeData = { programmes: [], quickCheck: null, place: null };

async function open(): Promise<IDBPDatabase | null> {
  let created = false;
  try {
    const idb = await openDB(DB_NAME, undefined, {
      upgrade(_db, oldVersion, _newVersion, tx) {
        // No database yet: do not create an empty one (Dexie creates it, with its tables, on the first save).
        if (oldVersion === 0) {
          created = true;
          tx.done.catch(() => undefined); // the abort below is the point, not a failure
          tx.abort();
        }
      },
    });
    if (idb.version !== IDB_VERSION) {
      idb.close();
      throw new NeedsUpgrade(`The database is at version ${idb.version}; this app reads ${IDB_VERSION}.`);
    }
    // Never stand in the way of an upgrade by another tab.
    idb.addEventListener('versionchange', () => idb.close());
    return idb;
  } catch (error) {
    if (created) return null;
    throw error;
  }
}

/** Everything the home page shows, read in one read-only transaction. */
export async function readHome(): Promise<HomeData> {
  const idb = await open();
  if (!idb) return EMPTY;
  try {
    const tx = idb.transaction(['programmes', 'rounds', 'participants', 'sheets', 'settings'], 'readonly');
    const [programmes, rounds, settings] = await Promise.all([
      tx.objectStore('programmes').getAll() as Promise<Programme[]>,
      tx.objectStore('rounds').getAll() as Promise<Round[]>,
      tx.objectStore('settings').getAll() as Promise<{ key: string; value: unknown }[]>,
    ]);
    const setting = (key: string) => settings.find((s) => s.key === key)?.value;

    const byProgramme = new Map<string, Round[]>();
    for (const round of rounds) {
      const list = byProgramme.get(round.programmeId) ?? [];
      list.push(round);
      byProgramme.set(round.programmeId, list);
    }
    const rows = programmes.map((programme) => {
      const own = byProgramme.get(programme.id) ?? [];
      const last = own.reduce<string | undefined>((max, r) => (max === undefined || r.date > max ? r.date : max), undefined);
      return { programme, rounds: own.length, lastRoundDate: last };
    });

    // The personal programme and its unfinished round, by the quick check's own rule (db/personal.ts).
    const personal = personalProgrammeOf(programmes, setting('personalProgrammeId'));
    let quickCheck: UnfinishedQuickCheck | null = null;
    const open = personal ? newestOpenRound(byProgramme.get(personal.id) ?? []) : undefined;
    if (personal && open) {
      const participants = (await tx.objectStore('participants').index('roundId').getAll(open.id)) as Participant[];
      const participant = participants[0];
      const sheet = participant ? ((await tx.objectStore('sheets').get([open.id, participant.id])) as AnswerSheet | undefined) : undefined;
      const answered = (sheet?.responses ?? []).filter((r) => r.value !== null).length;
      quickCheck = { programme: personal, round: open, ...(participant ? { participant } : {}), answered };
    }

    // Where the person was last working (db/place.ts), if that round still exists.
    const last = setting('lastLocation') as Partial<LastPlace> | undefined;
    let place: HomeData['place'] = null;
    if (last && typeof last.programmeId === 'string' && typeof last.roundId === 'string') {
      const round = rounds.find((r) => r.id === last.roundId && r.programmeId === last.programmeId);
      const programme = programmes.find((p) => p.id === last.programmeId);
      if (round && programme) place = { programme, round, ...(last.componentId ? { componentId: last.componentId } : {}) };
    }
    await tx.done;
    return { programmes: sortProgrammeRows(rows), quickCheck, place };
  } finally {
    idb.close();
  }
}
