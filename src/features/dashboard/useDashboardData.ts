import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { answersOfRounds } from '../../db/answers';
import { db } from '../../db/database';
import type { Judgement, Participant, Programme, ProgrammeEvent, Response, Round } from '../../db/types';
import { computeTrends } from '../../domain/trends';
import { roundInputsFromRecords, roundsInOrder, trackedPairsOf } from '../../domain/records';
import type { PairRef, RoundTrend } from '../../domain/types';

/** Performance marks for the benchmark (bench/parts/dashboard.mjs); harmless elsewhere. */
function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

export interface DashboardRecords {
  programme: Programme;
  /** Date order, oldest first (the first is the baseline). */
  rounds: Round[];
  participants: Participant[];
  events: ProgrammeEvent[];
  responses: Response[];
  judgements: Judgement[];
}

/**
 * Everything the dashboard shows, live from IndexedDB (other tabs and devices' imports show up
 * at once). undefined while loading, null when the programme is not on this device.
 * Answers are read round by round through the roundId index (one getAll each), which is much
 * faster than one cursor over anyOf() for large programmes.
 */
export function useDashboardRecords(programmeId: string | undefined): DashboardRecords | null | undefined {
  return useLiveQuery(async () => {
    if (!programmeId) return null;
    const programme = await db.programmes.get(programmeId);
    if (!programme) return null;
    const rounds = roundsInOrder(await db.rounds.where('programmeId').equals(programmeId).toArray());
    const ids = rounds.map((r) => r.id);
    const [participants, { responses, judgements }, events] = await Promise.all([
      db.participants.where('programmeId').equals(programmeId).toArray(),
      answersOfRounds(ids),
      db.events.where('programmeId').equals(programmeId).toArray(),
    ]);
    events.sort((x, y) => x.date.localeCompare(y.date) || x.createdAt.localeCompare(y.createdAt));
    mark('dashboard:records-read');
    return { programme, rounds, participants, responses, judgements, events };
  }, [programmeId]);
}

export interface DashboardModel {
  trends: RoundTrend[];
  tracked: PairRef[];
}

/** Measures for every round of the programme (pure; recomputed only when the records change). */
export function useDashboardModel(records: DashboardRecords | null | undefined): DashboardModel | undefined {
  return useMemo(() => {
    if (!records) return undefined;
    const tracked = trackedPairsOf(records.programme);
    const inputs = roundInputsFromRecords(records);
    const trends = computeTrends(inputs, tracked);
    mark('dashboard:measures-computed');
    return { trends, tracked };
  }, [records]);
}
