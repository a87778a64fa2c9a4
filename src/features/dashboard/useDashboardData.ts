import { useEffect, useMemo, useState } from 'react';
import { computeTrends } from '../../domain/trends';
import { roundInputsFromRecords, trackedPairsOf } from '../../domain/records';
import type { PairRef, RoundTrend } from '../../domain/types';
import { mark, watchDashboardRecords, type DashboardRecords } from './dashboardRecords';

export type { DashboardRecords } from './dashboardRecords';

/**
 * Everything the dashboard shows, live from IndexedDB (changes in other tabs and imports show up
 * at once). undefined while loading, null when the programme is not on this device. A failed read
 * is thrown during render, for the app's error boundary.
 */
export function useDashboardRecords(programmeId: string | undefined): DashboardRecords | null | undefined {
  const [state, setState] = useState<{ key: string; records?: DashboardRecords | null; error?: unknown }>();
  useEffect(() => {
    if (!programmeId) return;
    return watchDashboardRecords(programmeId, {
      onRecords: (records) => setState({ key: programmeId, records }),
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
