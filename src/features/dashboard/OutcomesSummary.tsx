import { Link } from 'react-router';
import type { RoundTrend } from '../../domain/types';
import { formatOutcome, outcomeLabel, type OutcomeSeries } from './charts/CoverageOverRounds';

/**
 * One sentence per outcome measure of the programme's own: its first and latest values, so a
 * group reads what it put in place against what changed (evaluation-2013 §4.4, §7). Without a
 * measure, a team programme is offered the screen to add one.
 */
export function OutcomesSummary({
  trends,
  outcomes,
  programmeId,
  personal,
}: {
  trends: readonly RoundTrend[];
  outcomes: OutcomeSeries;
  programmeId: string;
  personal: boolean;
}) {
  if (outcomes.measures.length === 0) {
    if (personal) return null;
    return (
      <p>
        <Link to={`/programmes/${programmeId}/outcomes`}>Add a measure of your own</Link>, such as patients home before noon, to see
        it here beside “in place”.
      </p>
    );
  }
  return (
    <p data-testid="outcomes-summary">
      {outcomes.measures.map((m) => {
        const points = trends.map((t) => outcomes.byRound.get(t.roundId)?.[m.id]).filter((v): v is number => v !== undefined);
        const fmt = formatOutcome;
        const text =
          points.length === 0
            ? `${outcomeLabel(m)}: no values yet.`
            : points.length === 1
              ? `${outcomeLabel(m)}: ${fmt(points[0]!)} in one round so far.`
              : `${outcomeLabel(m)}: from ${fmt(points[0]!)} to ${fmt(points[points.length - 1]!)} over ${points.length} rounds with a value.`;
        return (
          <span key={m.id} className="app-outcomes-summary__item">
            {text}{' '}
          </span>
        );
      })}
      <Link to={`/programmes/${programmeId}/outcomes`}>Change your measures or their values</Link>.
    </p>
  );
}
