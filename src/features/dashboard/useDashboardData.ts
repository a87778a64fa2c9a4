import { useEffect, useMemo, useState } from 'react';
import { computeTrends } from '../../domain/trends';
import { roundInputsFromRecords, trackedPairsOf } from '../../domain/records';
import type { PairRef, RoundTrend } from '../../domain/types';
import { mark, peekDashboardRecords, watchDashboardRecords, type DashboardRecords } from './dashboardRecords';

export type { DashboardRecords } from './dashboardRecords';

/**
 * Everything the dashboard shows, live from IndexedDB (changes in other tabs and imports show up
 * at once). undefined while loading, null when the programme is not on this device. A failed read
 * is thrown during render, for the app's error boundary.
 */
export function useDashboardRecords(programmeId: string | undefined): DashboardRecords | null | undefined {
  // A read made ahead of time (while the programme page was open) is drawn on the first render.
  const [state, setState] = useState<{ key: string; records?: DashboardRecords | null; error?: unknown } | undefined>(() => {
    const ready = peekDashboardRecords(programmeId);
    return programmeId && ready !== undefined ? { key: programmeId, records: ready } : undefined;
  });
  useEffect(() => {
    if (!programmeId) return;
    return watchDashboardRecords(programmeId, {
      // The same snapshot again (the read this screen started with) changes nothing.
      onRecords: (records) => setState((current) => (current?.key === programmeId && current.records === records ? current : { key: programmeId, records })),
      onError: (error) => setState({ key: programmeId, error }),
    });
  }, [programmeId]);
  if (!programmeId) return null;
  if (!state || state.key !== programmeId) return undefined;
  if ('error' in state) throw state.error;
  return state.records;
}

export interface DashboardModel {
  trends: RoundTrend[];
  tracked: PairRef[];
}

/** Measures already computed for a snapshot of records (a snapshot never changes: a change brings a new one). */
const models = new WeakMap<DashboardRecords, DashboardModel>();

/** Measures for every round of the programme (pure; computed once per snapshot of the records). */
export function useDashboardModel(records: DashboardRecords | null | undefined): DashboardModel | undefined {
  return useMemo(() => {
    if (!records) return undefined;
    let model = models.get(records);
    if (!model) {
      const tracked = trackedPairsOf(records.programme);
      const trends = computeTrends(roundInputsFromRecords(records), tracked);
      model = { trends, tracked };
      models.set(records, model);
    }
    mark('dashboard:measures-computed');
    return model;
  }, [records]);
}
