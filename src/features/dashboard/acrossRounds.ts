import type { RoundTrend } from '../../domain/types';
import { warningsAcrossRounds, type Warning } from '../../domain/warnings';
import type { OutcomeSeries } from './charts/CoverageOverRounds';
import type { DashboardRecords } from './dashboardRecords';

/** The warnings across rounds for the round at `index` (none for a personal programme), as the dashboard and the board paper show them. */
export function roundWarnings(records: DashboardRecords, trends: readonly RoundTrend[], index: number): Warning[] {
  if (records.programme.kind === 'personal') return [];
  return warningsAcrossRounds(trends, index, { stages: new Map(records.rounds.map((r) => [r.id, r.stage])), actions: records.actions });
}

/** The programme's own outcome measures with their values by round. */
export function outcomeSeries(records: DashboardRecords): OutcomeSeries {
  return { measures: records.programme.outcomeMeasures ?? [], byRound: new Map(records.rounds.map((r) => [r.id, r.outcomes ?? {}])) };
}
