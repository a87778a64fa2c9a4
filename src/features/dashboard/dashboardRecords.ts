/**
 * Reading a programme's records for the dashboard and the board paper, kept live.
 *
 * The read starts before the screen needs it: when the programme page is idle (the dashboard is
 * one click away) and when the router matches the address (see App.tsx), in parallel with the
 * chart code. The screen takes over that read when it mounts, and uses its result as long as no
 * table it shows has changed since the read began. After that it reads again whenever the app
 * (in this tab or another) changes one of those tables. This module is
 * small and free of chart code, so the main bundle can hold it.
 */
import { Dexie } from 'dexie';
import { answersOfRounds } from '../../db/answers';
import { db } from '../../db/database';
import type { Action, Judgement, Participant, Programme, ProgrammeEvent, Response, Round } from '../../db/types';
import { roundsInOrder } from '../../domain/records';

export interface DashboardRecords {
  programme: Programme;
  /** Date order, oldest first (the first is the baseline). */
  rounds: Round[];
  participants: Participant[];
  events: ProgrammeEvent[];
  /** The programme's actions as they are now (for the warnings across rounds). */
  actions: Action[];
  responses: Response[];
  judgements: Judgement[];
}

/** Performance marks for the benchmark (bench/parts/dashboard.mjs); harmless elsewhere. */
export function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** One consistent snapshot of everything the dashboard shows; null when the programme is not here. */
export async function readDashboardRecords(programmeId: string): Promise<DashboardRecords | null> {
  mark('dashboard:query-start');
  const result = await db.transaction('r', [db.programmes, db.rounds, db.participants, db.sheets, db.events, db.actions], async () => {
    const programme = await db.programmes.get(programmeId);
    if (!programme) return null;
    const rounds = roundsInOrder(await db.rounds.where('programmeId').equals(programmeId).toArray());
    const [participants, { responses, judgements }, events, actions] = await Promise.all([
      db.participants.where('programmeId').equals(programmeId).toArray(),
      answersOfRounds(rounds.map((r) => r.id)),
      db.events.where('programmeId').equals(programmeId).toArray(),
      db.actions.where('programmeId').equals(programmeId).toArray(),
    ]);
    events.sort((x, y) => x.date.localeCompare(y.date) || x.createdAt.localeCompare(y.createdAt));
    return { programme, rounds, participants, responses, judgements, events, actions };
  });
  mark('dashboard:records-read');
  return result;
}

// Every change to a table the dashboard shows bumps the generation, so a read that overlapped a
// change is known to be stale. Dexie reports changes from this tab and from other tabs.
const WATCHED = /\/(programmes|rounds|participants|sheets|events|actions)(\/|$)/;
let generation = 0;
const listeners = new Set<() => void>();
Dexie.on('storagemutated', (parts) => {
  if (!Object.keys(parts).some((part) => part === 'all' || WATCHED.test(part))) return;
  generation += 1;
  for (const listener of listeners) listener();
});

interface Read {
  programmeId: string;
  generation: number;
  promise: Promise<DashboardRecords | null>;
}

function startRead(programmeId: string): Read {
  const read: Read = { programmeId, generation, promise: readDashboardRecords(programmeId) };
  read.promise.catch(() => undefined); // the screen reports it; an unused prefetch must not be an unhandled rejection
  return read;
}

/** The latest read started ahead of the screen, with its result once it has one. */
let prefetched: (Read & { result?: DashboardRecords | null }) | undefined;

/** A read of this programme that nothing has changed since it began. */
function freshRead(programmeId: string) {
  return prefetched && prefetched.programmeId === programmeId && prefetched.generation === generation ? prefetched : undefined;
}

/** Start reading a programme's records before its screen needs them, unless a fresh read is there already. */
export function prefetchDashboardRecords(programmeId: string | undefined): void {
  if (!programmeId || freshRead(programmeId)) return;
  const read = startRead(programmeId);
  prefetched = read;
  read.promise.then((result) => {
    if (prefetched === read) prefetched.result = result;
  }, () => undefined);
}

/** The records of a fresh read that has finished, to draw at once; undefined when there is none. */
export function peekDashboardRecords(programmeId: string | undefined): DashboardRecords | null | undefined {
  return programmeId ? freshRead(programmeId)?.result : undefined;
}

export interface DashboardSubscription {
  /** Called with each fresh snapshot, or with the error of a failed read. */
  onRecords(records: DashboardRecords | null): void;
  onError(error: unknown): void;
}

/**
 * Keep a programme's records coming: the prefetched read if there is one, then a new read after
 * each change. Reads never overlap; a read that overlapped a change is followed by another.
 * Returns the unsubscribe function.
 */
export function watchDashboardRecords(programmeId: string, subscriber: DashboardSubscription): () => void {
  let stopped = false;
  let reading = false;
  let stale = false;
  const run = (read: Read) => {
    reading = true;
    stale = false;
    read.promise.then(
      (records) => {
        if (stopped) return;
        reading = false;
        subscriber.onRecords(records);
        if (stale || read.generation !== generation) run(startRead(programmeId));
      },
      (error: unknown) => {
        if (stopped) return;
        reading = false;
        subscriber.onError(error);
      },
    );
  };
  const onChange = () => {
    if (reading) stale = true;
    else run(startRead(programmeId));
  };
  listeners.add(onChange);
  run(freshRead(programmeId) ?? startRead(programmeId));
  return () => {
    stopped = true;
    listeners.delete(onChange);
  };
}
